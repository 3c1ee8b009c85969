import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryCache, createRegistryClient, localStorageStore, type PersistentStore, type StorageLike } from '@dbi-kit/registry';
import { manifest } from './helpers/documents.js';
import { json, startFaultServer, status, type FaultServer } from './helpers/fault-server.js';

/** An in-memory Web Storage. */
const memoryStorage = (): StorageLike & { map: Map<string, string> } => {
  const map = new Map<string, string>();
  return { map, getItem: (key) => map.get(key) ?? null, setItem: (key, value) => void map.set(key, value), removeItem: (key) => void map.delete(key) };
};

describe('localStorageStore', () => {
  it('keeps values under its prefix', () => {
    const storage = memoryStorage();
    const store = localStorageStore({ storage, prefix: 'p:' });
    store.set('https://r.example/registry.json', 'v');
    expect(storage.map.get('p:https://r.example/registry.json')).toBe('v');
    expect(store.get('https://r.example/registry.json')).toBe('v');
    store.delete('https://r.example/registry.json');
    expect(store.get('https://r.example/registry.json')).toBeNull();
  });

  it('never throws when storage is full or forbidden', () => {
    const failing: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const store = localStorageStore({ storage: failing });
    expect(() => store.set('k', 'v')).not.toThrow();
    expect(store.get('k')).toBeUndefined();
    expect(() => store.delete('k')).not.toThrow();
  });

  it('keeps nothing where there is no localStorage (Node)', () => {
    expect(localStorageStore().get('k')).toBeUndefined();
  });
});

describe('a client with a persistent store', () => {
  let server: FaultServer;
  beforeEach(async () => (server = await startFaultServer()));
  afterEach(() => server.close());

  // Each "page load" is a client with a fresh memory cache and the same store.
  const pageLoad = (store: PersistentStore) =>
    createRegistryClient({ baseUrl: server.url, trustedKeys: [], retry: 0, cache: { memory: createMemoryCache(), store, maxAge: 0 } });

  it('serves the stored copy, stale, on a later visit when the server fails', async () => {
    const store = localStorageStore({ storage: memoryStorage() });
    server.on('registry.json', json(manifest({ version: 'saved' })), status(503));
    await pageLoad(store).getRegistry();
    const later = await pageLoad(store).getRegistry();
    expect(later).toMatchObject({ stale: true, source: 'store', data: { version: 'saved' }, error: { status: 503 } });
  });

  it('revalidates the stored copy with its ETag on a later visit', async () => {
    const store = localStorageStore({ storage: memoryStorage() });
    server.on('registry.json', json(manifest({ version: 'saved' }), { etag: '"s1"' }));
    await pageLoad(store).getRegistry();
    const later = await pageLoad(store).getRegistry();
    expect(later).toMatchObject({ stale: false, source: 'network', data: { version: 'saved' } });
    expect(server.requests('registry.json')[1].headers['if-none-match']).toBe('"s1"');
  });

  it('uses a stored copy younger than maxAge without a request', async () => {
    const store = localStorageStore({ storage: memoryStorage() });
    server.on('registry.json', json(manifest()));
    await pageLoad(store).getRegistry();
    const client = createRegistryClient({ baseUrl: server.url, trustedKeys: [], cache: { memory: createMemoryCache(), store, maxAge: 60_000 } });
    await expect(client.getRegistry()).resolves.toMatchObject({ stale: false, source: 'store' });
    expect(server.requests('registry.json')).toHaveLength(1);
  });

  it('ignores and forgets a stored copy that no longer validates', async () => {
    const storage = memoryStorage();
    const store = localStorageStore({ storage, prefix: '' });
    storage.map.set(`${server.url}registry.json`, JSON.stringify({ format: 2, fetchedAt: 0, contentType: 'application/json', text: JSON.stringify({ protocol: 'old' }) }));
    server.on('registry.json', status(503));
    await expect(pageLoad(store).getRegistry()).rejects.toMatchObject({ status: 503 });
    expect(storage.map.has(`${server.url}registry.json`)).toBe(false);
  });

  it('forgets the stored copy of a platform the server says is gone (404)', async () => {
    const storage = memoryStorage();
    const store = localStorageStore({ storage, prefix: '' });
    server.on('registry.json', json(manifest()), status(404));
    await pageLoad(store).getRegistry();
    expect(storage.map.has(`${server.url}registry.json`)).toBe(true);
    await expect(pageLoad(store).getRegistry()).rejects.toMatchObject({ status: 404 });
    expect(storage.map.has(`${server.url}registry.json`)).toBe(false);
  });

  it('works with an asynchronous store', async () => {
    const map = new Map<string, string>();
    const store: PersistentStore = { get: async (key) => map.get(key), set: async (key, value) => void map.set(key, value), delete: async (key) => void map.delete(key) };
    server.on('registry.json', json(manifest({ version: 'async' })), status(503));
    await pageLoad(store).getRegistry();
    await new Promise((resolve) => setTimeout(resolve, 0)); // the write is fire-and-forget
    await expect(pageLoad(store).getRegistry()).resolves.toMatchObject({ stale: true, source: 'store', data: { version: 'async' } });
  });
});
