// Our certificates are standard JWS/JWT: jose, an independent JOSE implementation, verifies them,
// and our verifier accepts what jose signs. Also the two Ed25519 back ends and base64url.
import { SignJWT, importJWK, jwtVerify } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { CERTIFICATE_TYPE, decodeBase64Url, encodeBase64Url, verifyCertificateToken } from '@dbi-kit/registry';
import { NOW, NOW_S, certificate, claims, keyA, trustedA } from './helpers/certificates.js';

const NOTHING_REVOKED = { protocol: 'dbi-registry/1' as const, iss: 'x', iat: 0, revocations: [] };

describe('interoperability with jose', () => {
  it('jose verifies our certificate with the pinned public key, and refuses it for another typ', async () => {
    const token = await certificate('so-cai-may');
    const key = await importJWK(trustedA, 'EdDSA');
    const { payload, protectedHeader } = await jwtVerify(token, key, { algorithms: ['EdDSA'], typ: CERTIFICATE_TYPE, subject: 'so-cai-may', currentDate: NOW });
    expect(protectedHeader).toEqual({ alg: 'EdDSA', typ: CERTIFICATE_TYPE, kid: keyA.kid });
    expect(payload).toEqual(claims('so-cai-may'));
    await expect(jwtVerify(token, key, { typ: 'other+jwt', currentDate: NOW })).rejects.toThrow();
  });

  it('we verify a certificate jose signed', async () => {
    const { iat, ...rest } = claims('so-cai-may');
    const token = await new SignJWT(rest)
      .setProtectedHeader({ alg: 'EdDSA', typ: CERTIFICATE_TYPE, kid: keyA.kid })
      .setIssuedAt(iat)
      .sign(await importJWK(keyA, 'EdDSA'));
    const verdict = await verifyCertificateToken({ token, platformId: 'so-cai-may', trustedKeys: [trustedA], revocations: NOTHING_REVOKED, now: NOW });
    expect(verdict).toMatchObject({ status: 'valid', claims: { iat: NOW_S - 30 * 86_400 } });
  });
});

describe('Ed25519 back ends', () => {
  it('uses WebCrypto Ed25519 where the runtime has it (Node 20 does)', async () => {
    const verify = vi.spyOn(globalThis.crypto.subtle, 'verify');
    try {
      const verdict = await verifyCertificateToken({ token: await certificate('so-cai-may'), platformId: 'so-cai-may', trustedKeys: [trustedA], revocations: NOTHING_REVOKED, now: NOW });
      expect(verdict.status).toBe('valid');
      expect(verify).toHaveBeenCalledWith({ name: 'Ed25519' }, expect.anything(), expect.anything(), expect.anything());
    } finally {
      verify.mockRestore();
    }
  });

  it('the @noble/ed25519 fallback accepts a genuine signature and refuses a flipped one', async () => {
    vi.resetModules();
    const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey').mockRejectedValue(new DOMException('Unrecognized name', 'NotSupportedError'));
    try {
      const { verifyEd25519 } = await import('../src/certificates/verify-ed25519.js');
      const [header, payload, signature] = (await certificate('so-cai-may')).split('.');
      const data = new TextEncoder().encode(`${header}.${payload}`);
      const sig = decodeBase64Url(signature)!;
      expect(await verifyEd25519(decodeBase64Url(trustedA.x)!, sig, data)).toBe(true);
      sig[0] ^= 1;
      expect(await verifyEd25519(decodeBase64Url(trustedA.x)!, sig, data)).toBe(false);
      expect(importKey).toHaveBeenCalled();
    } finally {
      importKey.mockRestore();
      vi.resetModules();
    }
  });

  it('falls back to @noble/ed25519 where there is no crypto.subtle (a page that is not a secure context)', async () => {
    const { verifyEd25519 } = await import('../src/certificates/verify-ed25519.js');
    // Signed while WebCrypto is there (the signing helper needs it).
    const [header, payload, signature] = (await certificate('so-cai-may')).split('.');
    const data = new TextEncoder().encode(`${header}.${payload}`);
    const sig = decodeBase64Url(signature)!;
    const subtle = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis.crypto), 'subtle')!;
    Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined, configurable: true });
    try {
      expect(globalThis.crypto.subtle).toBeUndefined();
      expect(await verifyEd25519(decodeBase64Url(trustedA.x)!, sig, data)).toBe(true);
      sig[0] ^= 1;
      expect(await verifyEd25519(decodeBase64Url(trustedA.x)!, sig, data)).toBe(false);
    } finally {
      delete (globalThis.crypto as { subtle?: unknown }).subtle;
      expect(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis.crypto), 'subtle')).toEqual(subtle);
    }
  });

  it('does not fall back when WebCrypto refuses the key itself: that key is not valid', async () => {
    const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey').mockRejectedValue(new DOMException('Invalid keyData', 'DataError'));
    try {
      const { verifyEd25519 } = await import('../src/certificates/verify-ed25519.js');
      const [header, payload, signature] = (await certificate('so-cai-may')).split('.');
      const data = new TextEncoder().encode(`${header}.${payload}`);
      // A genuine signature: only the fallback could have accepted it.
      expect(await verifyEd25519(decodeBase64Url(trustedA.x)!, decodeBase64Url(signature)!, data)).toBe(false);
      expect(importKey).toHaveBeenCalledOnce();
    } finally {
      importKey.mockRestore();
    }
  });
});

describe('base64url', () => {
  it('round-trips every length 0–7 and matches Node’s encoder', () => {
    for (let n = 0; n < 8; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 200) & 0xff);
      const text = encodeBase64Url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(decodeBase64Url(text)).toEqual(bytes);
    }
  });

  it('refuses padding, +, /, white space, an impossible length and non-canonical trailing bits', () => {
    // "AQ" is the one encoding of [0x01]; "AR" has the low 4 bits 0001 set, which encode nothing.
    for (const bad of ['AQ==', 'A+8', 'A/8', 'AQ ', 'AAAAA', 'AR']) expect(decodeBase64Url(bad), bad).toBeUndefined();
    expect(decodeBase64Url('AQ')).toEqual(Uint8Array.of(1));
  });
});
