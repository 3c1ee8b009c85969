// verifyCertificate in Chromium, cross-origin like a real badge on a vendor's page: the same
// tampering table as in Node, each case giving the same status, with the browser's own crypto.
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as RegistryModule from '../../src/index.js';
import { NOW, certificate, jws, keyB, revocationList, trustedA } from '../helpers/certificates.js';
import { startFaultServer, status, type FaultServer } from '../helpers/fault-server.js';
import { ID, TAMPERING_CASES } from '../helpers/tampering-cases.js';
import { chromePath, startBrowserSite, type BrowserSite } from './browser-page.js';

describe.skipIf(!existsSync(chromePath))('verifyCertificate in Chromium', () => {
  let site: BrowserSite;
  let page: Page;
  let registry: FaultServer;

  beforeAll(async () => {
    site = await startBrowserSite();
    registry = await startFaultServer({ cors: true });
    page = await site.openPage();
  }, 30_000);
  afterAll(async () => {
    await site?.close();
    await registry?.close();
  });

  /** Verifies ID in the page with a fresh client pinning `trustedKeys`, at NOW. */
  const verifyInPage = (trustedKeys = [trustedA]) =>
    page.evaluate(
      async ({ baseUrl, trustedKeys, now, id }) => {
        const r = (window as unknown as { dbiRegistry: typeof RegistryModule }).dbiRegistry;
        const client = r.createRegistryClient({ baseUrl, trustedKeys, retry: 0, cache: { memory: r.createMemoryCache(), maxAge: 0 } });
        const verdict = await client.verifyCertificate(id, { now: new Date(now) });
        return { status: verdict.status, document: verdict.document, kid: verdict.kid };
      },
      { baseUrl: registry.url, trustedKeys, now: NOW.getTime(), id: ID },
    );

  it('this Chromium verifies Ed25519 with WebCrypto (so the WebCrypto path is the one under test)', async () => {
    const supported = await page.evaluate(async () => {
      try {
        await crypto.subtle.importKey('raw', new Uint8Array(32), { name: 'Ed25519' }, false, ['verify']);
        return true;
      } catch {
        return false;
      }
    });
    // Chromium ≥ 137 has Ed25519 in WebCrypto; the @noble/ed25519 fallback is covered in Node
    // (certificate-interop.test.ts), with WebCrypto's Ed25519 switched off.
    expect(supported).toBe(true);
  });

  it.each(TAMPERING_CASES.map(([name, make, expected]) => [name, expected, make] as const))('%s → %s', async (_name, expected, make) => {
    registry.on(`certificates/${ID}.jws`, jws(await make()));
    registry.on('revocations.jws', jws(await revocationList()));
    expect((await verifyInPage()).status).toBe(expected);
  });

  it('a revoked certificate, and a revocation list signed by an unpinned key', async () => {
    registry.on(`certificates/${ID}.jws`, jws(await certificate(ID)));
    registry.on('revocations.jws', jws(await revocationList([{ jti: `${ID}-2025`, reason: 'test', revokedAt: '2025-12-01T00:00:00Z' }])));
    expect(await verifyInPage()).toMatchObject({ status: 'revoked', document: 'certificate' });
    registry.on('revocations.jws', jws(await revocationList([], keyB)));
    expect(await verifyInPage()).toMatchObject({ status: 'unknown-key', document: 'revocations' });
  });

  it('a missing certificate is not-found', async () => {
    registry.on(`certificates/${ID}.jws`, status(404));
    expect((await verifyInPage()).status).toBe('not-found');
  });
});
