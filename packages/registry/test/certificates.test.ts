// verifyCertificate against a real 127.0.0.1 server: every tampering case with the status it
// must give, key rotation, the revocation list's own signature, and the transport failures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryCache, createRegistryClient, type CertificateStatus, type TrustedKey } from '@dbi-kit/registry';
import {
  NOW,
  NOW_S,
  certificate,
  jws,
  keyA,
  keyB,
  partsOf,
  payloadOf,
  revocationList,
  stranger,
  trustedA,
  trustedB,
} from './helpers/certificates.js';
import { hangUp, json, startFaultServer, status, type FaultServer, type Handler } from './helpers/fault-server.js';
import { manifest } from './helpers/documents.js';
import { ID, TAMPERING_CASES, swapPayload } from './helpers/tampering-cases.js';

let server: FaultServer;
beforeAll(async () => (server = await startFaultServer()));
afterAll(() => server.close());

/** A fresh client (own memory cache, no retries) verifying ID at NOW. */
async function verify(cert: Handler, { revocations = undefined as Handler | undefined, trustedKeys = [trustedA] as TrustedKey[], now = NOW } = {}) {
  server.on(`certificates/${ID}.jws`, cert);
  server.on('revocations.jws', revocations ?? jws(await revocationList()));
  const client = createRegistryClient({ baseUrl: server.url, trustedKeys, retry: 0, cache: { memory: createMemoryCache() } });
  return client.verifyCertificate(ID, { now });
}

describe('verifyCertificate: tampering table', () => {
  it.each(TAMPERING_CASES.map(([name, make, expected]) => [name, expected, make] as const))('%s → %s', async (_name, expected, make) => {
    const verdict = await verify(jws(await make()));
    expect(verdict.status).toBe(expected);
    expect(verdict.document).toBe('certificate');
    expect(verdict.platformId).toBe(ID);
    // Claims are only ever reported for a certificate whose signature verified.
    expect(verdict.claims !== undefined).toBe(['valid', 'expired', 'not-yet-valid', 'wrong-platform', 'revoked'].includes(expected));
  });

  it('reports the claims and key of a valid certificate', async () => {
    const verdict = await verify(jws(await certificate(ID)));
    expect(verdict).toMatchObject({ status: 'valid', kid: keyA.kid, stale: false, claims: { sub: ID, jti: `${ID}-2025`, programme: { id: 'smedx-test' } } });
  });

  it('a key published in registry.json but not pinned is not trusted', async () => {
    server.on('registry.json', json(manifest({ keys: [{ kty: 'OKP', crv: 'Ed25519', x: stranger.x, kid: stranger.kid }] })));
    expect((await verify(jws(await certificate(ID, {}, stranger)))).status).toBe('unknown-key');
  });
});

describe('verifyCertificate: revocation', () => {
  const revoked = { jti: `${ID}-2025`, reason: 'Vendor no longer meets the criteria', revokedAt: '2025-12-15T00:00:00Z' };

  it('a listed jti is revoked, with the entry', async () => {
    const verdict = await verify(jws(await certificate(ID)), { revocations: jws(await revocationList([revoked])) });
    expect(verdict).toMatchObject({ status: 'revoked', revocation: revoked });
  });

  it('revocation wins over expiry, and another jti is not affected', async () => {
    const list = jws(await revocationList([revoked]));
    expect((await verify(jws(await certificate(ID, { exp: NOW_S - 1, nbf: NOW_S - 9 })), { revocations: list })).status).toBe('revoked');
    expect((await verify(jws(await certificate(ID, { jti: 'renewed-2026' })), { revocations: list })).status).toBe('valid');
  });

  const listCases: [string, () => Promise<Handler>, CertificateStatus][] = [
    ['signed by an unpinned key', async () => jws(await revocationList([], stranger)), 'unknown-key'],
    ['with an entry removed after signing', async () => {
      const { raw } = partsOf(await revocationList([revoked]));
      return jws(`${raw.header}.${payloadOf({ protocol: 'dbi-registry/1', iss: 'https://registry.test.example/', iat: NOW_S, revocations: [] })}.${raw.signature}`);
    }, 'invalid-signature'],
    ['missing (404)', async () => status(404), 'unreachable'],
    ['unreachable (connection dropped)', async () => hangUp, 'unreachable'],
    ['a certificate served as the list', async () => jws(await certificate(ID)), 'malformed'],
  ];
  it.each(listCases)('a revocation list %s makes a genuine certificate %s, never valid', async (_name, make, expected) => {
    const verdict = await verify(jws(await certificate(ID)), { revocations: await make() });
    expect(verdict).toMatchObject({ status: expected, document: 'revocations' });
    expect(verdict.reason).toMatch(/^revocations\.jws: /);
  });

  it('a forged certificate stays invalid-signature whatever the list is', async () => {
    const verdict = await verify(jws(await swapPayload({ sub: ID, vendor: { name: 'Mallory' } })), { revocations: status(404) });
    expect(verdict).toMatchObject({ status: 'invalid-signature', document: 'certificate' });
  });
});

describe('verifyCertificate: key rotation', () => {
  const both = [trustedB, trustedA];

  it('a certificate signed by the old key stays valid while both are pinned, then expires', async () => {
    const old = jws(await certificate(ID, {}, keyA));
    const list = jws(await revocationList([], keyB));
    expect(await verify(old, { trustedKeys: both, revocations: list })).toMatchObject({ status: 'valid', kid: keyA.kid });
    const afterExpiry = new Date((NOW_S + 335 * 86_400) * 1000);
    expect((await verify(old, { trustedKeys: both, revocations: list, now: afterExpiry })).status).toBe('expired');
    expect(await verify(jws(await certificate(ID, {}, keyB)), { trustedKeys: both, revocations: list })).toMatchObject({ status: 'valid', kid: keyB.kid });
  });

  it('once the old key is unpinned its certificates are unknown-key', async () => {
    expect((await verify(jws(await certificate(ID, {}, keyA)), { trustedKeys: [trustedB], revocations: jws(await revocationList([], keyB)) })).status).toBe('unknown-key');
  });
});

describe('verifyCertificate: transport', () => {
  it('a 404 certificate is not-found', async () => {
    expect(await verify(status(404))).toMatchObject({ status: 'not-found', document: 'certificate' });
  });

  it('a server that drops the connection is unreachable', async () => {
    expect((await verify(hangUp)).status).toBe('unreachable');
  });

  it('refuses an id that is not a platform id, and rejects with the abort reason when aborted', async () => {
    const client = createRegistryClient({ baseUrl: server.url, trustedKeys: [trustedA], retry: 0, cache: { memory: createMemoryCache() } });
    await expect(client.verifyCertificate('../secrets')).rejects.toMatchObject({ code: 'registry/invalid-argument' });
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(client.verifyCertificate(ID, { signal: controller.signal })).rejects.toThrow('stop');
  });
});
