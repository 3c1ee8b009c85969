// The client against a real HTTP server on 127.0.0.1, one injected fault per test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  RegistryHttpError,
  RegistryNetworkError,
  RegistryResponseError,
  RegistryTimeoutError,
  createMemoryCache,
  createRegistryClient,
  isRegistryHttpError,
  type RegistryClientOptions,
} from '@dbi-kit/registry';
import { manifest, platform, platformIndex, summary } from './helpers/documents.js';
import { after, cutMidBody, hangUp, json, stall, startFaultServer, status, truncatedJson, type FaultServer } from './helpers/fault-server.js';

let server: FaultServer;
beforeEach(async () => (server = await startFaultServer()));
afterEach(() => server.close());

/**
 * A client with its own cache, always revalidating, with 1 ms backoffs. Its timeout is far above
 * what a local answer takes even on a loaded machine; the timeout tests set their own.
 */
const clientOf = (options: Partial<RegistryClientOptions> = {}) =>
  createRegistryClient({
    baseUrl: server.url,
    trustedKeys: [],
    timeout: 2_000,
    retry: { delay: () => 1 },
    ...options,
    cache: { memory: createMemoryCache(), maxAge: 0, ...options.cache },
  });

describe('retries', () => {
  it('retries a 500 and returns the next good answer, fresh', async () => {
    server.on('registry.json', status(500), json(manifest()));
    const result = await clientOf().getRegistry();
    expect(result).toMatchObject({ stale: false, source: 'network', data: { version: 'v1' } });
    expect(result.error).toBeUndefined();
    expect(server.requests('registry.json')).toHaveLength(2);
  });

  it('gives up after the retry limit with RegistryHttpError (status and url)', async () => {
    server.on('registry.json', status(503));
    const error = await clientOf({ retry: { limit: 2, delay: () => 1 } }).getRegistry().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryHttpError);
    expect(error).toMatchObject({ status: 503, url: `${server.url}registry.json`, code: 'registry/http' });
    expect(server.requests('registry.json')).toHaveLength(3); // 1 attempt + 2 retries
  });

  it('does not retry a 4xx other than 408 and 429', async () => {
    server.on('registry.json', status(403), json(manifest()));
    await expect(clientOf().getRegistry()).rejects.toMatchObject({ status: 403 });
    expect(server.requests('registry.json')).toHaveLength(1);
  });

  it('retries 408', async () => {
    server.on('registry.json', status(408), json(manifest()));
    await expect(clientOf().getRegistry()).resolves.toMatchObject({ stale: false });
    expect(server.requests('registry.json')).toHaveLength(2);
  });

  it('waits as Retry-After says on 429 instead of its own backoff', async () => {
    // The backoff would be a minute: the test only finishes in time because Retry-After: 0 wins.
    server.on('registry.json', status(429, { 'retry-after': '0' }), json(manifest()));
    const result = await clientOf({ retry: { delay: () => 60_000 } }).getRegistry();
    expect(result.stale).toBe(false);
    expect(server.requests('registry.json')).toHaveLength(2);
  });

  it('does not retry early when Retry-After is longer than maxRetryAfter, and reports the wait', async () => {
    server.on('registry.json', status(429, { 'retry-after': '3600' }), json(manifest()));
    const error = await clientOf({ retry: { delay: () => 1, maxRetryAfter: 5_000 } }).getRegistry().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429, retryAfter: 3_600_000 });
    expect(server.requests('registry.json')).toHaveLength(1);
  });

  it('retries a dropped connection (network error)', async () => {
    server.on('registry.json', hangUp, json(manifest()));
    await expect(clientOf().getRegistry()).resolves.toMatchObject({ stale: false });
    expect(server.requests('registry.json')).toHaveLength(2);
  });

  it('retries a connection cut in the middle of the body', async () => {
    server.on('registry.json', cutMidBody(manifest()), json(manifest()));
    await expect(clientOf().getRegistry()).resolves.toMatchObject({ stale: false, data: { version: 'v1' } });
    expect(server.requests('registry.json')).toHaveLength(2);
  });

  it('reports RegistryNetworkError when the connection keeps dropping', async () => {
    server.on('registry.json', hangUp);
    const error = await clientOf().getRegistry().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryNetworkError);
    expect(error).toMatchObject({ url: `${server.url}registry.json` });
  });
});

describe('timeouts', () => {
  it('times out a response slower than the timeout, without retrying it by default', async () => {
    server.on('registry.json', after(10_000, json(manifest())));
    const error = await clientOf({ timeout: 300 }).getRegistry().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryTimeoutError);
    expect(error).toMatchObject({ timeout: 300, url: `${server.url}registry.json` });
    expect(server.requests('registry.json')).toHaveLength(1);
  });

  it('retries a timed-out attempt when retryOnTimeout is set', async () => {
    // The second attempt is answered at once, and 300 ms is ample for that even under load.
    server.on('registry.json', after(10_000, json(manifest())), json(manifest()));
    const result = await clientOf({ timeout: 300, retry: { delay: () => 1, retryOnTimeout: true } }).getRegistry();
    expect(result.stale).toBe(false);
    expect(server.requests('registry.json')).toHaveLength(2);
  });

  it('times out a body that stalls after the headers', async () => {
    server.on('registry.json', stall(manifest()));
    await expect(clientOf({ timeout: 300 }).getRegistry()).rejects.toBeInstanceOf(RegistryTimeoutError);
  });
});

describe('bad responses', () => {
  it('rejects truncated JSON with RegistryResponseError (problem json)', async () => {
    server.on('registry.json', truncatedJson(manifest()));
    const error = await clientOf().getRegistry().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryResponseError);
    expect(error).toMatchObject({ problem: 'json', url: `${server.url}registry.json` });
  });

  it('rejects a wrong content type (an HTML error page served with 200)', async () => {
    server.on('registry.json', json(manifest(), { type: 'text/html; charset=utf-8' }));
    await expect(clientOf().getRegistry()).rejects.toMatchObject({ problem: 'content-type', code: 'registry/response' });
  });

  it('rejects a body that is not UTF-8 (problem encoding)', async () => {
    server.on('registry.json', (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])));
    await expect(clientOf().getRegistry()).rejects.toMatchObject({ problem: 'encoding' });
  });

  it('accepts application/*+json', async () => {
    server.on('registry.json', json(manifest(), { type: 'application/vnd.dbi-registry+json' }));
    await expect(clientOf().getRegistry()).resolves.toMatchObject({ stale: false });
  });

  it('rejects a registry.json of another protocol, naming the field', async () => {
    server.on('registry.json', json({ ...manifest(), protocol: 'dbi-registry/2' }));
    await expect(clientOf().getRegistry()).rejects.toMatchObject({ problem: 'schema', field: 'protocol' });
  });

  it('leaves out a schema-violating platform, lists the rest, and reports the record and field', async () => {
    const bad = { ...summary('bad-price'), monthlyPriceFrom: -5 };
    server.on('platforms.json', json(platformIndex([summary('alpha'), bad, summary('gamma'), summary('alpha')])));
    const result = await clientOf().listPlatforms();
    expect(result.data.items.map((item) => item.id)).toEqual(['alpha', 'gamma']);
    expect(result.data.total).toBe(2);
    expect(result.stale).toBe(false);
    expect(result.skipped.map((error) => [error.recordId, error.field])).toEqual([
      ['bad-price', 'monthlyPriceFrom'],
      ['alpha', 'id'], // the repeated id
    ]);
    expect(result.skipped[0].url).toBe(`${server.url}platforms.json`);
  });

  it('rejects a platform file describing another platform (field id)', async () => {
    server.on('platforms/alpha.json', json(platform('beta')));
    await expect(clientOf().getPlatform('alpha')).rejects.toMatchObject({ recordId: 'alpha', field: 'id' });
  });

  it('names the record and the field of a schema-violating platform file', async () => {
    const bad = { ...platform('alpha'), plans: [{ id: 'basic', name: { vi: 'Cơ bản', en: 'Basic' }, price: 1.5, billingPeriod: 'year' }] };
    server.on('platforms/alpha.json', json(bad));
    await expect(clientOf().getPlatform('alpha')).rejects.toMatchObject({ recordId: 'alpha', field: 'plans[0].price' });
  });
});

describe('not found', () => {
  it('answers 404 for a platform with RegistryHttpError, without falling back', async () => {
    server.on('platforms/gone.json', json(platform('gone')), status(404));
    const client = clientOf({ snapshot: { platformDetails: { gone: platform('gone') } } });
    await expect(client.getPlatform('gone')).resolves.toMatchObject({ stale: false });
    const error = await client.getPlatform('gone').catch((e: unknown) => e);
    expect(isRegistryHttpError(error) && error.status).toBe(404);
  });

  it('refuses an id that is not a platform id before any request', async () => {
    await expect(clientOf().getPlatform('../registry')).rejects.toMatchObject({ code: 'registry/invalid-argument' });
    expect(server.requests('registry.json')).toHaveLength(0);
  });
});

describe('fallbacks', () => {
  it('serves the snapshot, stale, with the error, when the server is down', async () => {
    const snapshot = { registry: manifest({ version: 'snap' }), platforms: platformIndex([summary('snap-one')], 'snap') };
    const client = clientOf({ snapshot });
    await server.close();
    const registry = await client.getRegistry();
    expect(registry).toMatchObject({ stale: true, source: 'snapshot', data: { version: 'snap' } });
    expect(registry.error).toBeInstanceOf(RegistryNetworkError);
    const list = await client.listPlatforms();
    expect(list).toMatchObject({ stale: true, source: 'snapshot' });
    expect(list.data.items.map((item) => item.id)).toEqual(['snap-one']);
  });

  it('serves a bundled platform record, stale, when the server is down', async () => {
    const client = clientOf({ snapshot: { platformDetails: { alpha: platform('alpha') } } });
    await server.close();
    await expect(client.getPlatform('alpha')).resolves.toMatchObject({ stale: true, source: 'snapshot', data: { id: 'alpha' } });
    await expect(client.getPlatform('beta')).rejects.toBeInstanceOf(RegistryNetworkError);
  });

  it('throws the failure when there is neither a cached copy nor a snapshot', async () => {
    const client = clientOf();
    await server.close();
    await expect(client.getRegistry()).rejects.toBeInstanceOf(RegistryNetworkError);
  });

  it('serves the last good copy, stale, when a later request fails', async () => {
    server.on('registry.json', json(manifest({ version: 'good' })), status(500));
    const client = clientOf({ snapshot: { registry: manifest({ version: 'snap' }) } });
    await client.getRegistry();
    const second = await client.getRegistry();
    expect(second).toMatchObject({ stale: true, source: 'cache', data: { version: 'good' } });
    expect(second.error).toMatchObject({ status: 500 });
  });

  it('prefers the last good copy to an invalid new one', async () => {
    server.on('registry.json', json(manifest({ version: 'good' })), json({ ...manifest(), keys: 'none' }));
    const client = clientOf();
    await client.getRegistry();
    const second = await client.getRegistry();
    expect(second).toMatchObject({ stale: true, data: { version: 'good' }, error: { field: 'keys' } });
  });
});

describe('abort', () => {
  it('rejects at once with the signal reason and stops the download', async () => {
    server.on('registry.json', after(2_000, json(manifest())));
    const controller = new AbortController();
    const pending = clientOf({ timeout: 5_000 }).getRegistry({ signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 30));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await expect(server.requests('registry.json')[0].abandoned).resolves.toBe(true);
  });

  it('never falls back to a stale copy for an aborted call', async () => {
    const controller = new AbortController();
    controller.abort();
    const client = clientOf({ snapshot: { registry: manifest() } });
    await expect(client.getRegistry({ signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests('registry.json')).toHaveLength(0);
  });

  it('detaches only the aborted caller from a shared request', async () => {
    server.on('registry.json', after(60, json(manifest())));
    const memory = createMemoryCache();
    const controller = new AbortController();
    const first = clientOf({ cache: { memory } }).getRegistry({ signal: controller.signal });
    const second = clientOf({ cache: { memory } }).getRegistry();
    controller.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    await expect(second).resolves.toMatchObject({ stale: false, data: { version: 'v1' } });
    expect(server.requests('registry.json')).toHaveLength(1);
  });
});

describe('conditional requests and caching', () => {
  it('revalidates with If-None-Match and keeps the same data on 304', async () => {
    server.on('registry.json', json(manifest(), { etag: '"r1"' }));
    const client = clientOf();
    const first = await client.getRegistry();
    const second = await client.getRegistry();
    expect(second).toMatchObject({ stale: false, source: 'network' });
    expect(second.data).toBe(first.data);
    const [plain, conditional] = server.requests('registry.json');
    expect(plain.headers['if-none-match']).toBeUndefined();
    expect(conditional.headers['if-none-match']).toBe('"r1"');
  });

  it('takes the new document when the ETag changed', async () => {
    server.on('registry.json', json(manifest({ version: 'v1' }), { etag: '"a"' }), json(manifest({ version: 'v2' }), { etag: '"b"' }));
    const client = clientOf();
    await client.getRegistry();
    await expect(client.getRegistry()).resolves.toMatchObject({ data: { version: 'v2' } });
  });

  it('uses a copy younger than maxAge without asking the server', async () => {
    server.on('registry.json', json(manifest()));
    const client = clientOf({ cache: { maxAge: 60_000 } });
    await client.getRegistry();
    await expect(client.getRegistry()).resolves.toMatchObject({ stale: false, source: 'cache' });
    expect(server.requests('registry.json')).toHaveLength(1);
  });

  it('sends one request for concurrent calls to the same URL', async () => {
    server.on('platforms.json', after(30, json(platformIndex([summary('alpha')]))));
    const client = clientOf();
    const results = await Promise.all([client.listPlatforms(), client.listPlatforms({ q: 'alpha' }), client.listPlatforms({ limit: 0 })]);
    expect(results.map((result) => result.data.total)).toEqual([1, 1, 1]);
    expect(server.requests('platforms.json')).toHaveLength(1);
  });

  it('shares the page-wide cache between clients of the same base URL by default', async () => {
    server.on('registry.json', json(manifest()));
    const options = { baseUrl: server.url, trustedKeys: [] };
    await createRegistryClient(options).getRegistry();
    await expect(createRegistryClient(options).getRegistry()).resolves.toMatchObject({ source: 'cache' });
    expect(server.requests('registry.json')).toHaveLength(1);
  });
});
