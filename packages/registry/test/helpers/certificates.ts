// Certificates and revocation lists for tests, signed with throw-away keys made here, plus a
// low-level signer that can put anything in the header (for the tampering cases).
import { signAsync } from '@noble/ed25519';
import {
  CERTIFICATE_TYPE,
  REVOCATIONS_TYPE,
  decodeBase64Url,
  encodeBase64Url,
  generateSigningKey,
  publicKeyOf,
  signJws,
  type CertificateClaims,
  type Revocation,
  type SigningKey,
} from '@dbi-kit/registry';
import type { Handler } from './fault-server.js';

/** 2026-01-01T00:00:00Z: 56 years × 365 days + 14 leap days = 20 454 days × 86 400 s. */
export const NOW_S = 20_454 * 86_400;
export const NOW = new Date(NOW_S * 1000);
const DAY = 86_400;

export const keyA: SigningKey = await generateSigningKey('test-a');
export const keyB: SigningKey = await generateSigningKey('test-b');
export const stranger: SigningKey = await generateSigningKey('stranger');
export const trustedA = publicKeyOf(keyA);
export const trustedB = publicKeyOf(keyB);

/** Claims valid at NOW: issued 30 days before, expiring 335 days after. */
export const claims = (sub: string, overrides: Partial<CertificateClaims> = {}): CertificateClaims => ({
  iss: 'https://registry.test.example/',
  sub,
  name: `Test platform ${sub} (SAMPLE)`,
  vendor: { name: 'Test Vendor (SAMPLE)' },
  programme: { id: 'smedx-test', name: { vi: 'Chương trình thử', en: 'Test programme' } },
  categories: ['accounting-finance'],
  iat: NOW_S - 30 * DAY,
  nbf: NOW_S - 30 * DAY,
  exp: NOW_S + 335 * DAY,
  jti: `${sub}-2025`,
  ...overrides,
});

export const certificate = (sub: string, overrides: Partial<CertificateClaims> = {}, key = keyA) => signJws(claims(sub, overrides), CERTIFICATE_TYPE, key);

export const revocationList = (revocations: Revocation[] = [], key = keyA) =>
  signJws({ protocol: 'dbi-registry/1', iss: 'https://registry.test.example/', iat: NOW_S, revocations }, REVOCATIONS_TYPE, key);

const b64json = (value: unknown) => encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)));

/** Signs any header and payload text with Ed25519, as an attacker with a key could. */
export async function signRaw(header: unknown, payloadB64: string, key: SigningKey): Promise<string> {
  const input = `${b64json(header)}.${payloadB64}`;
  return `${input}.${encodeBase64Url(await signAsync(new TextEncoder().encode(input), decodeBase64Url(key.d)!))}`;
}

export const payloadOf = (value: unknown) => b64json(value);

/** The parts of a compact JWS, decoded. */
export function partsOf(token: string) {
  const [header, payload, signature] = token.split('.');
  const json = (part: string) => JSON.parse(new TextDecoder().decode(decodeBase64Url(part)!));
  return { header: json(header), payload: json(payload), raw: { header, payload, signature } };
}

/** Answers with a JWS as a static host would. */
export const jws = (token: string): Handler => (_req, res) => void res.writeHead(200, { 'content-type': 'application/jose' }).end(token);
