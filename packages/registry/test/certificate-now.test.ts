// The time a certificate is judged at (`now`): a time that is not a time never makes a
// certificate valid (fail closed), and the full client refuses it with a typed error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryCache, createRegistryClient, verifyCertificateToken, verifyPlatformCertificate } from '@dbi-kit/registry';
import { NOW_S, certificate, jws, revocationList, trustedA } from './helpers/certificates.js';
import { startFaultServer, type FaultServer } from './helpers/fault-server.js';
import { ID } from './helpers/tampering-cases.js';

const DAY = 86_400;
const NOTHING_REVOKED = { protocol: 'dbi-registry/1' as const, iss: '', iat: 0, revocations: [] };
const INVALID_DATE = new Date('garbage');

let server: FaultServer;
beforeAll(async () => (server = await startFaultServer()));
afterAll(() => server.close());

/** Serves an expired certificate for ID (and an empty revocation list). */
async function serveExpired() {
  server.on(`certificates/${ID}.jws`, jws(await certificate(ID, { nbf: NOW_S - 400 * DAY, exp: NOW_S - DAY })));
  server.on('revocations.jws', jws(await revocationList()));
}

describe('now: an invalid time fails closed', () => {
  it('verifyCertificateToken: an expired and a not-yet-valid certificate are not valid at an Invalid Date', async () => {
    for (const overrides of [{ nbf: NOW_S - 400 * DAY, exp: NOW_S - DAY }, { nbf: NOW_S + DAY, exp: NOW_S + 400 * DAY }]) {
      const token = await certificate(ID, overrides);
      const verdict = await verifyCertificateToken({ token, platformId: ID, trustedKeys: [trustedA], revocations: NOTHING_REVOKED, now: INVALID_DATE });
      expect(verdict.status).not.toBe('valid');
    }
  });

  it('verifyPlatformCertificate: an expired certificate is not valid at an Invalid Date, and a string is no raw TypeError', async () => {
    await serveExpired();
    const lean = (now: unknown) =>
      verifyPlatformCertificate({ baseUrl: server.url, platformId: ID, trustedKeys: [trustedA], now: now as Date, cache: { memory: createMemoryCache() } });
    expect((await lean(INVALID_DATE)).status).not.toBe('valid');
    expect((await lean('yesterday')).status).not.toBe('valid');
  });
});

// The browser variant passes `now` on unchecked (check-now.lean.ts): there a bad `now` is only
// never `valid`.
const LEAN = process.env.DBI_REGISTRY_VARIANT === 'lean';

describe('client.verifyCertificate: now must be a Date with a finite time', () => {
  it.each([
    ['an Invalid Date', INVALID_DATE],
    ['a string', 'yesterday'],
    ['a number', 1_767_225_600_000],
    ['null', null],
  ])('refuses %s with registry/invalid-argument naming now', async (_name, now) => {
    await serveExpired();
    const client = createRegistryClient({ baseUrl: server.url, trustedKeys: [trustedA], retry: 0, cache: { memory: createMemoryCache() } });
    const verdict = client.verifyCertificate(ID, { now: now as Date });
    if (LEAN) expect((await verdict).status).not.toBe('valid');
    else await expect(verdict).rejects.toMatchObject({ code: 'registry/invalid-argument', message: expect.stringMatching(/^now\b/) });
  });

  it('still judges at a valid Date, and at the present when now is absent', async () => {
    await serveExpired();
    const client = createRegistryClient({ baseUrl: server.url, trustedKeys: [trustedA], retry: 0, cache: { memory: createMemoryCache() } });
    expect((await client.verifyCertificate(ID, { now: new Date((NOW_S - 2 * DAY) * 1000) })).status).toBe('valid');
    expect((await client.verifyCertificate(ID)).status).toBe('expired');
  });
});
