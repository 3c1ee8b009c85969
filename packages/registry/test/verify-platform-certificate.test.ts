// verifyPlatformCertificate (the lean path on plain fetch, for <dbi-badge>) against a real
// 127.0.0.1 server: the same tampering table as the client, the same verdict as the client for
// every case, the transport failures, and one shared cache with the client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryCache, createRegistryClient, verifyPlatformCertificate, type TrustedKey } from '@dbi-kit/registry';
import { NOW, certificate, jws, keyA, revocationList, stranger, trustedA } from './helpers/certificates.js';
import { after, hangUp, startFaultServer, status, type FaultServer, type Handler } from './helpers/fault-server.js';
import { ID, TAMPERING_CASES } from './helpers/tampering-cases.js';

let server: FaultServer;
beforeAll(async () => (server = await startFaultServer()));
afterAll(() => server.close());

async function serve(cert: Handler, revocations?: Handler) {
  server.on(`certificates/${ID}.jws`, cert);
  server.on('revocations.jws', revocations ?? jws(await revocationList()));
}

/** The lean check of ID at NOW with its own memory cache. */
const verify = (options: { trustedKeys?: TrustedKey[]; timeout?: number } = {}) =>
  verifyPlatformCertificate({ baseUrl: server.url, platformId: ID, trustedKeys: options.trustedKeys ?? [trustedA], now: NOW, timeout: options.timeout, cache: { memory: createMemoryCache() } });

describe('verifyPlatformCertificate: tampering table', () => {
  it.each(TAMPERING_CASES.map(([name, make, expected]) => [name, expected, make] as const))('%s → %s, as the client says', async (_name, expected, make) => {
    await serve(jws(await make()));
    const lean = await verify();
    const client = createRegistryClient({ baseUrl: server.url, trustedKeys: [trustedA], retry: 0, cache: { memory: createMemoryCache() } });
    expect(lean.status).toBe(expected);
    expect(lean).toEqual(await client.verifyCertificate(ID, { now: NOW }));
  });

  it('a revoked certificate is revoked; a list signed by an unpinned key makes it unverifiable', async () => {
    const revoked = { jti: `${ID}-2025`, reason: 'SAMPLE revocation', revokedAt: '2025-12-15T00:00:00Z' };
    await serve(jws(await certificate(ID)), jws(await revocationList([revoked])));
    expect(await verify()).toMatchObject({ status: 'revoked', revocation: revoked });
    await serve(jws(await certificate(ID)), jws(await revocationList([], stranger)));
    expect(await verify()).toMatchObject({ status: 'unknown-key', document: 'revocations' });
  });
});

describe('verifyPlatformCertificate: transport', () => {
  it('a 404 is not-found; a dropped connection, a 500 and a server slower than the timeout are unreachable', async () => {
    await serve(status(404));
    expect((await verify()).status).toBe('not-found');
    await serve(hangUp);
    expect(await verify()).toMatchObject({ status: 'unreachable', document: 'certificate' });
    await serve(status(500));
    expect((await verify()).status).toBe('unreachable');
    await serve(after(500, jws(await certificate(ID))));
    expect(await verify({ timeout: 100 })).toMatchObject({ status: 'unreachable', reason: expect.stringContaining('within 100 ms') });
  });

  it('a missing revocation list never lets a genuine certificate pass', async () => {
    await serve(jws(await certificate(ID)), status(404));
    expect(await verify()).toMatchObject({ status: 'unreachable', document: 'revocations' });
  });

  it('shares the cache with the client: a badge after a picker on one page asks the server nothing', async () => {
    await serve(jws(await certificate(ID)));
    const memory = createMemoryCache();
    const before = server.requests(`certificates/${ID}.jws`).length;
    const client = createRegistryClient({ baseUrl: server.url, trustedKeys: [trustedA], retry: 0, cache: { memory } });
    expect((await client.verifyCertificate(ID, { now: NOW })).status).toBe('valid');
    expect((await verifyPlatformCertificate({ baseUrl: server.url, platformId: ID, trustedKeys: [trustedA], now: NOW, cache: { memory } })).status).toBe('valid');
    expect(server.requests(`certificates/${ID}.jws`).length - before).toBe(1);
  });

  it('falls back to the cached copy, marked stale, when the server goes away', async () => {
    await serve(jws(await certificate(ID)));
    const memory = createMemoryCache();
    const options = { baseUrl: server.url, platformId: ID, trustedKeys: [trustedA], now: NOW, cache: { memory, maxAge: 0 } };
    expect(await verifyPlatformCertificate(options)).toMatchObject({ status: 'valid', stale: false });
    await serve(hangUp, hangUp);
    expect(await verifyPlatformCertificate(options)).toMatchObject({ status: 'valid', stale: true });
  });

  it('revalidates with If-None-Match', async () => {
    await serve(jws(await certificate(ID)));
    const memory = createMemoryCache();
    const options = { baseUrl: server.url, platformId: ID, trustedKeys: [trustedA], now: NOW, cache: { memory, maxAge: 0 } };
    const token = await certificate(ID);
    server.on(`certificates/${ID}.jws`, (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
      res.writeHead(200, { 'content-type': 'application/jose', etag: '"v1"' }).end(token);
    });
    expect((await verifyPlatformCertificate(options)).status).toBe('valid');
    expect((await verifyPlatformCertificate(options)).status).toBe('valid');
    expect(server.requests(`certificates/${ID}.jws`).at(-1)!.headers['if-none-match']).toBe('"v1"');
  });

  it('refuses a bad id, base URL, key or timeout with a typed error, and rejects with the abort reason', async () => {
    const base = { baseUrl: server.url, platformId: ID, trustedKeys: [trustedA] };
    expect(() => verifyPlatformCertificate({ ...base, platformId: '../secrets' })).toThrow(expect.objectContaining({ code: 'registry/invalid-argument' }));
    expect(() => verifyPlatformCertificate({ ...base, baseUrl: 'ftp://registry.example/' })).toThrow(/http\(s\)/);
    expect(() => verifyPlatformCertificate({ ...base, trustedKeys: [{ ...trustedA, d: keyA.d } as TrustedKey] })).toThrow(/trustedKeys\[0\]\.d/);
    expect(() => verifyPlatformCertificate({ ...base, timeout: -1 })).toThrow(/timeout/);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(verifyPlatformCertificate({ ...base, signal: controller.signal })).rejects.toThrow('stop');
  });
});
