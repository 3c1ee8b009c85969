// The client in Chromium, cross-origin like a real portal: the page on one origin, the registry
// (a CORS-enabled static host with injected faults) on another, localStorage as the store.
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type * as RegistryModule from '../../src/index.js';
import { manifest, platformIndex, summary } from '../helpers/documents.js';
import { after, json, startFaultServer, status, type FaultServer } from '../helpers/fault-server.js';
import { chromePath, startBrowserSite, type BrowserSite } from './browser-page.js';

describe.skipIf(!existsSync(chromePath))('@dbi-kit/registry in Chromium', () => {
  let site: BrowserSite;
  let page: Page;
  let registry: FaultServer;

  beforeAll(async () => void (site = await startBrowserSite()), 30_000);
  afterAll(() => site?.close());
  beforeEach(async () => {
    registry = await startFaultServer({ cors: true });
    page = await site.openPage();
  });
  afterEach(async () => {
    await page.close();
    await registry.close();
  });

  /** Runs in the page: a client of the registry with a localStorage store. */
  const inPage = <T>(script: string) =>
    page.evaluate(
      async ({ script, baseUrl }) => {
        const r = (window as unknown as { dbiRegistry: typeof RegistryModule }).dbiRegistry;
        const client = r.createRegistryClient({ baseUrl, trustedKeys: [], timeout: 2_000, retry: { delay: () => 1 }, cache: { maxAge: 0, store: r.localStorageStore() } });
        const run = new Function('client', 'r', `return (async () => { ${script} })();`);
        return run(client, r);
      },
      { script, baseUrl: registry.url },
    ) as Promise<T>;

  it('searches cross-origin, revalidates with a preflighted If-None-Match, and stores the copy in localStorage', async () => {
    registry.on('platforms.json', json(platformIndex([summary('so-cai', { name: 'Sổ Kế Toán' }), summary('other', { name: 'Bán Hàng' })]), { etag: '"p1"' }));
    const result = await inPage<{ first: string[]; second: unknown; stored: boolean }>(`
      const first = await client.listPlatforms({ q: 'ke toan' });
      const second = await client.listPlatforms({ q: 'ke toan' });
      return {
        first: first.data.items.map((item) => item.id),
        second: { stale: second.stale, source: second.source, ids: second.data.items.map((item) => item.id) },
        stored: localStorage.getItem('dbi-registry:' + client.baseUrl + 'platforms.json') !== null,
      };
    `);
    expect(result).toEqual({ first: ['so-cai'], second: { stale: false, source: 'network', ids: ['so-cai'] }, stored: true });
    expect(registry.requests('platforms.json').map((request) => request.headers['if-none-match'])).toEqual([undefined, '"p1"']);
    expect(registry.preflights('platforms.json')).toHaveLength(1);
  });

  it('retries a 500', async () => {
    registry.on('registry.json', status(500), json(manifest()));
    await expect(inPage(`const r = await client.getRegistry(); return r.stale;`)).resolves.toBe(false);
    expect(registry.requests('registry.json')).toHaveLength(2);
  });

  it('after a reload, serves the localStorage copy, stale, when the registry fails', async () => {
    registry.on('registry.json', json(manifest({ version: 'saved' })), status(503));
    await inPage(`await client.getRegistry();`);
    await page.reload();
    await page.waitForFunction(() => 'dbiRegistry' in window);
    const later = await inPage(`const r = await client.getRegistry({}); return { stale: r.stale, source: r.source, version: r.data.version, code: r.error.code, status: r.error.status };`);
    expect(later).toEqual({ stale: true, source: 'store', version: 'saved', code: 'registry/http', status: 503 });
  });

  it('rejects an aborted call with AbortError', async () => {
    registry.on('registry.json', after(2_000, json(manifest())));
    const name = await inPage(`
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 30);
      try { await client.getRegistry({ signal: controller.signal }); return 'resolved'; } catch (error) { return error.name; }
    `);
    expect(name).toBe('AbortError');
  });

  it('reports a network failure (registry down, no copy) as RegistryNetworkError', async () => {
    await registry.close();
    const code = await inPage(`try { await client.getRegistry(); return 'resolved'; } catch (error) { return r.isRegistryNetworkError(error) && error.code; }`);
    expect(code).toBe('registry/network');
  });

  it("runs under Content-Security-Policy: default-src 'self' without a violation", async () => {
    registry.on('platforms.json', json(platformIndex([summary('alpha', { name: 'Hóa Đơn Alpha' })])));
    await page.goto(`${site.url}strict`);
    await page.waitForFunction(() => 'dbiRegistry' in window);
    const ids = await inPage<string[]>(`const r = await client.listPlatforms({ q: 'hoa don' }); return r.data.items.map((item) => item.id);`);
    expect(ids).toEqual(['alpha']);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });
});
