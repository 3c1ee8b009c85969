import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RegistryResponseError, SAMPLE_REGISTRY_SNAPSHOT, createMemoryCache, createRegistryClient } from '@dbi-kit/registry';
import { manifest, platform, platformIndex, summary } from './helpers/documents.js';
import { json, startFaultServer, type FaultServer } from './helpers/fault-server.js';

// The suite also runs on the browser variant (the `registry-lean` vitest project).
const LEAN = process.env.DBI_REGISTRY_VARIANT === 'lean';

const key = { kty: 'OKP', crv: 'Ed25519', kid: 'sample-2025', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' } as const;

describe('createRegistryClient options', () => {
  it('normalises the base URL and keeps the pinned keys, frozen', () => {
    const client = createRegistryClient({ baseUrl: 'https://registry.example/v1?x=1#top', trustedKeys: [key] });
    expect(client.baseUrl).toBe('https://registry.example/v1/');
    expect(client.trustedKeys).toEqual([key]);
    expect(Object.isFrozen(client.trustedKeys)).toBe(true);
  });

  it.each([
    [{ baseUrl: 'registry/', trustedKeys: [] }, 'baseUrl'], // relative, and Node has no page to resolve it against
    [{ baseUrl: 'ftp://registry.example/', trustedKeys: [] }, 'baseUrl'],
    [{ baseUrl: 'https://registry.example/', trustedKeys: [{ ...key, d: 'x'.repeat(43) }] }, 'trustedKeys[0].d'],
    [{ baseUrl: 'https://registry.example/', trustedKeys: [{ ...key, crv: 'P-256' }] }, 'trustedKeys[0].crv'],
    [{ baseUrl: 'https://registry.example/', trustedKeys: [], timeout: -1 }, 'timeout'],
    [{ baseUrl: 'https://registry.example/', trustedKeys: [], cache: { maxAge: Number.NaN } }, 'cache.maxAge'],
    [{ baseUrl: 'https://registry.example/', trustedKeys: [], timeout: 0 }, 'timeout'], // every request would fail
    [{ baseUrl: 'https://registry.example/', trustedKeys: [], fetch: 'nope' }, 'fetch'], // else every request fails as if offline
    [{ baseUrl: 'https://registry.example/', trustedKeys: [], retry: 'x' }, 'retry'],
    [{ baseUrl: 'https://registry.example/', trustedKeys: [], retry: -1 }, 'retry'],
    [{ baseUrl: 'https://registry.example/', trustedKeys: [], retry: null }, 'retry'],
    // The browser variant checks the retry option's shape only (check-retry.lean.ts): these field
    // by field cases hold for the Node client.
    ...(LEAN
      ? []
      : [
          [{ baseUrl: 'https://registry.example/', trustedKeys: [], retry: { limit: 1.5 } }, 'retry.limit'],
          [{ baseUrl: 'https://registry.example/', trustedKeys: [], retry: { lmit: 3 } }, 'retry.lmit'],
          [{ baseUrl: 'https://registry.example/', trustedKeys: [], retry: { delay: 300 } }, 'retry.delay'],
          [{ baseUrl: 'https://registry.example/', trustedKeys: [], retry: { backoffLimit: -5 } }, 'retry.backoffLimit'],
          [{ baseUrl: 'https://registry.example/', trustedKeys: [], retry: { maxRetryAfter: 'soon' } }, 'retry.maxRetryAfter'],
          [{ baseUrl: 'https://registry.example/', trustedKeys: [], retry: { retryOnTimeout: 'yes' } }, 'retry.retryOnTimeout'],
        ]),
    // Only the first of two keys with one kid would ever be used.
    [{ baseUrl: 'https://registry.example/', trustedKeys: [key, { ...key, x: 'A'.repeat(43) }] }, 'trustedKeys[1].kid'],
  ])('refuses %j, naming %s', (options, name) => {
    expect(() => createRegistryClient(options as never)).toThrow(expect.objectContaining({ code: 'registry/invalid-argument', message: expect.stringContaining(name) }));
  });

  it.each([0, 3, { limit: 0 }, { limit: 1, delay: () => 0, backoffLimit: 0, maxRetryAfter: 1000, retryOnTimeout: true }, {}])('accepts retry %j', (retry) => {
    expect(() => createRegistryClient({ baseUrl: 'https://registry.example/', trustedKeys: [], retry })).not.toThrow();
  });

  it('validates the snapshot at creation', () => {
    const broken = { platforms: { ...platformIndex([]), protocol: 'nope' } };
    expect(() => createRegistryClient({ baseUrl: 'https://registry.example/', trustedKeys: [], snapshot: broken })).toThrow(RegistryResponseError);
  });

  it('accepts the bundled SAMPLE snapshot', () => {
    expect(() => createRegistryClient({ baseUrl: 'https://registry.example/', trustedKeys: [], snapshot: SAMPLE_REGISTRY_SNAPSHOT })).not.toThrow();
  });

  it('refuses a bad filter before any request', async () => {
    const client = createRegistryClient({ baseUrl: 'https://registry.example/', trustedKeys: [] });
    await expect(client.listPlatforms({ limit: -1 })).rejects.toMatchObject({ code: 'registry/invalid-argument' });
  });
});

describe('relative logos', () => {
  let server: FaultServer;
  beforeEach(async () => (server = await startFaultServer()));
  afterEach(() => server.close());

  it('resolves them against the base URL, in lists and in full records', async () => {
    server.on('reg/platforms.json', json(platformIndex([summary('alpha', { logo: 'logos/alpha.svg' }), summary('beta', { logo: 'https://cdn.example/b.png' })])));
    server.on('reg/platforms/alpha.json', json(platform('alpha', { logo: 'logos/alpha.svg' })));
    server.on('reg/registry.json', json(manifest()));
    const client = createRegistryClient({ baseUrl: `${server.url}reg`, trustedKeys: [], cache: { memory: createMemoryCache() } });
    const list = await client.listPlatforms();
    expect(list.data.items.map((item) => item.logo)).toEqual([`${server.url}reg/logos/alpha.svg`, 'https://cdn.example/b.png']);
    const detail = await client.getPlatform('alpha');
    expect(detail.data.logo).toBe(`${server.url}reg/logos/alpha.svg`);
  });
});
