// The search index is built once per registry version: a 304 keeps it, a new document replaces it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryCache, createRegistryClient } from '@dbi-kit/registry';
import type * as searchIndexModule from '../src/search/platform-search-index.js';
import { buildPlatformSearchIndex } from '../src/search/platform-search-index.js';
import { platformIndex, summary } from './helpers/documents.js';
import { json, startFaultServer, type FaultServer } from './helpers/fault-server.js';

vi.mock('../src/search/platform-search-index.js', async (importOriginal) => {
  const original = await importOriginal<typeof searchIndexModule>();
  return { ...original, buildPlatformSearchIndex: vi.fn(original.buildPlatformSearchIndex) };
});

let server: FaultServer;
beforeEach(async () => (server = await startFaultServer()));
afterEach(() => server.close());

describe('listPlatforms', () => {
  it('builds the index once per registry version', async () => {
    const v1 = platformIndex([summary('alpha'), summary('beta')], 'v1');
    const v2 = platformIndex([summary('alpha'), summary('beta'), summary('gamma')], 'v2');
    server.on('platforms.json', json(v1, { etag: '"v1"' }), json(v1, { etag: '"v1"' }), json(v1, { etag: '"v1"' }), json(v2, { etag: '"v2"' }));
    const client = createRegistryClient({ baseUrl: server.url, trustedKeys: [], cache: { memory: createMemoryCache(), maxAge: 0 } });
    const build = vi.mocked(buildPlatformSearchIndex);
    build.mockClear();

    await client.listPlatforms({ q: 'alpha' });
    await client.listPlatforms({ q: 'beta' }); // 304
    await client.listPlatforms({ sort: 'price' }); // 304
    expect(build).toHaveBeenCalledTimes(1);

    const latest = await client.listPlatforms(); // new ETag, new version
    expect(latest.data).toMatchObject({ total: 3, version: 'v2' });
    expect(build).toHaveBeenCalledTimes(2);
    expect(server.requests('platforms.json').map((request) => request.headers['if-none-match'])).toEqual([undefined, '"v1"', '"v1"', '"v1"']);
  });
});
