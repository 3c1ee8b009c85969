// verifyCertificate against a real 127.0.0.1 server: every tampering case with the status it
// must give, key rotation, the revocation list's own signature, and the transport failures.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryCache, createRegistryClient, type CertificateStatus, type TrustedKey } from '@dbi-kit/registry';
import {
  NOW,
  NOW_S,
  certificate,
  claims,
  jws,
  keyA,
  keyB,
  partsOf,
  payloadOf,
  revocationList,
  signRaw,
  stranger,
  trustedA,
  trustedB,
} from './helpers/certificates.js';
import { hangUp, json, startFaultServer, status, type FaultServer, type Handler } from './helpers/fault-server.js';
import { manifest } from './helpers/documents.js';

const ID = 'so-cai-may';
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

const swapPayload = async (changes: object) => {
  const { raw } = partsOf(await certificate(ID));
  return `${raw.header}.${payloadOf(claims(ID, changes))}.${raw.signature}`;
};

const cases: [string, () => Promise<string>, CertificateStatus][] = [
  ['a genuine certificate', () => certificate(ID), 'valid'],
  ['exp in the past', () => certificate(ID, { nbf: NOW_S - 400 * 86_400, exp: NOW_S - 1 }), 'expired'],
  ['exp exactly now (exp is exclusive)', () => certificate(ID, { exp: NOW_S }), 'expired'],
  ['nbf in the future', () => certificate(ID, { nbf: NOW_S + 1 }), 'not-yet-valid'],
  ['payload modified (another vendor), signature kept', () => swapPayload({ vendor: { name: 'Mallory' } }), 'invalid-signature'],
  ['payload modified (exp extended), signature kept', () => swapPayload({ exp: NOW_S + 3650 * 86_400 }), 'invalid-signature'],
  ['header modified (extra field), signature kept', async () => {
    const { header, raw } = partsOf(await certificate(ID));
    return `${payloadOf({ ...header, x5u: 'https://evil.example/' })}.${raw.payload}.${raw.signature}`;
  }, 'invalid-signature'],
  ['one signature bit flipped', async () => {
    const token = await certificate(ID);
    const last = token.at(-2) === 'A' ? 'B' : 'A';
    return `${token.slice(0, -2)}${last}${token.at(-1)}`;
  }, 'invalid-signature'],
  ['alg none, no signature', async () => `${payloadOf({ alg: 'none', typ: 'dbi-certificate+jwt', kid: keyA.kid })}.${payloadOf(claims(ID))}.`, 'invalid-signature'],
  ['alg HS256 keyed with the public key (algorithm confusion)', async () => {
    const input = `${payloadOf({ alg: 'HS256', typ: 'dbi-certificate+jwt', kid: keyA.kid })}.${payloadOf(claims(ID))}`;
    return `${input}.${createHmac('sha256', keyA.x).update(input).digest('base64url')}`;
  }, 'invalid-signature'],
  ['the pinned kid, signed by another key', () => signRaw({ alg: 'EdDSA', typ: 'dbi-certificate+jwt', kid: keyA.kid }, payloadOf(claims(ID)), stranger), 'invalid-signature'],
  ['signed by an unpinned key', () => certificate(ID, {}, stranger), 'unknown-key'],
  ['no kid', () => signRaw({ alg: 'EdDSA', typ: 'dbi-certificate+jwt' }, payloadOf(claims(ID)), keyA), 'unknown-key'],
  ['an embedded jwk of the attacker (ignored)', () => signRaw({ alg: 'EdDSA', typ: 'dbi-certificate+jwt', kid: stranger.kid, jwk: { kty: 'OKP', crv: 'Ed25519', x: stranger.x } }, payloadOf(claims(ID)), stranger), 'unknown-key'],
  ['a genuine certificate of another platform', () => certificate('ke-toan-chuon-chuon'), 'wrong-platform'],
  ['base64 with + and / instead of base64url', async () => (await certificate(ID)).replace(/-/g, '+').replace(/_/g, '/').replace(/\.([A-Za-z0-9_-]*)$/, '.+$1'), 'malformed'],
  ['padding =', async () => `${await certificate(ID)}==`, 'malformed'],
  ['two parts', async () => (await certificate(ID)).split('.').slice(0, 2).join('.'), 'malformed'],
  ['a header that is not JSON', async () => `${payloadOf('x').slice(0, -2)}e3.${payloadOf(claims(ID))}.AAAA`, 'malformed'],
  ['a signed payload that is not JSON', () => signRaw({ alg: 'EdDSA', typ: 'dbi-certificate+jwt', kid: keyA.kid }, 'bm90IGpzb24', keyA), 'malformed'],
  ['signed claims without exp', () => signRaw({ alg: 'EdDSA', typ: 'dbi-certificate+jwt', kid: keyA.kid }, payloadOf({ ...claims(ID), exp: undefined }), keyA), 'malformed'],
  ['another typ (a revocation list served as a certificate)', () => revocationList(), 'malformed'],
  ['crit header', () => signRaw({ alg: 'EdDSA', typ: 'dbi-certificate+jwt', kid: keyA.kid, crit: ['exp'] }, payloadOf(claims(ID)), keyA), 'malformed'],
  ['over the size limit (9 000 characters)', () => certificate(ID, { vendor: { name: 'x'.repeat(6700) } }), 'malformed'],
  ['an HTML page', async () => '<!doctype html><title>Login</title>', 'malformed'],
];

describe('verifyCertificate: tampering table', () => {
  it.each(cases)('%s → %s', async (_name, make, expected) => {
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
