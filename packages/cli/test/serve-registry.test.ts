// serveRegistry on a temporary folder: content types, ETag/304, gzip, CORS, and a registry
// client reading through it.
import { request } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryCache, createRegistryClient } from '@dbi-kit/registry';
import { serveRegistry, type RegistryServer } from '../src/registry/serve-registry.js';

const registryJson = {
  protocol: 'dbi-registry/1',
  version: 'v1',
  name: { vi: 'Sổ đăng ký thử (SAMPLE)', en: 'Test registry (SAMPLE)' },
  operator: { name: 'Test operator (SAMPLE)' },
  generatedAt: '2025-01-01T00:00:00Z',
  keys: [],
  categories: [{ id: 'e-invoice', name: { vi: 'Hóa đơn điện tử', en: 'E-invoice' }, official: false }],
};
const platformsJson = {
  protocol: 'dbi-registry/1',
  version: 'v1',
  generatedAt: '2025-01-01T00:00:00Z',
  platforms: [
    {
      id: 'hoa-don-thu',
      name: 'Hóa Đơn Thử',
      vendor: { name: 'Vendor (SAMPLE)' },
      categories: ['e-invoice'],
      pillars: ['operations'],
      summary: { vi: '[MẪU] Hóa đơn', en: '[SAMPLE] Invoices' },
      monthlyPriceFrom: 99_000,
      trialDays: 30,
      website: 'https://hoa-don-thu.example/',
      updatedAt: '2025-01-01T00:00:00Z',
      sample: true,
    },
  ],
};

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw HTTP request (fetch would hide Content-Encoding by decompressing). */
const raw = (url: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}) =>
  new Promise<RawResponse>((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });

let dir: string;
let server: RegistryServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dbi-registry-serve-'));
  const registryText = JSON.stringify(registryJson);
  await writeFile(join(dir, 'registry.json'), registryText);
  await writeFile(join(dir, 'registry.json.gz'), gzipSync(registryText));
  await writeFile(join(dir, 'platforms.json'), JSON.stringify(platformsJson));
  await mkdir(join(dir, 'certificates'));
  await writeFile(join(dir, 'certificates', 'hoa-don-thu.jws'), 'eyJhbGciOiJFZERTQSJ9.e30.c2ln');
  await writeFile(join(dir, '.env'), 'SECRET=1');
  server = await serveRegistry({ dir, port: 0 });
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('serveRegistry', () => {
  it('listens on 127.0.0.1 by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves JSON and JWS with their content types and CORS', async () => {
    const json = await raw(`${server.url}platforms.json`);
    expect(json.status).toBe(200);
    expect(json.headers['content-type']).toBe('application/json');
    expect(json.headers['access-control-allow-origin']).toBe('*');
    expect(json.headers['access-control-expose-headers']).toBe('ETag');
    expect(JSON.parse(json.body.toString())).toEqual(platformsJson);
    const jws = await raw(`${server.url}certificates/hoa-don-thu.jws`);
    expect(jws.headers['content-type']).toBe('application/jose');
    expect(jws.body.toString()).toBe('eyJhbGciOiJFZERTQSJ9.e30.c2ln');
  });

  it('answers a matching If-None-Match with 304 (and CORS), and asks clients to revalidate', async () => {
    const first = await raw(`${server.url}platforms.json`);
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = String(first.headers.etag);
    const second = await raw(`${server.url}platforms.json`, { headers: { 'if-none-match': etag } });
    expect(second.status).toBe(304);
    expect(second.body.length).toBe(0);
    expect(second.headers['access-control-allow-origin']).toBe('*');
  });

  it('serves the gzip sibling to clients that accept gzip, and identity to others', async () => {
    const zipped = await raw(`${server.url}registry.json`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['content-type']).toBe('application/json');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(JSON.parse(gunzipSync(zipped.body).toString())).toEqual(registryJson);
    const identity = await raw(`${server.url}registry.json`);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(identity.body.toString())).toEqual(registryJson);
  });

  it('answers a CORS preflight for If-None-Match', async () => {
    const preflight = await raw(`${server.url}platforms.json`, {
      method: 'OPTIONS',
      headers: { origin: 'https://portal.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(String(preflight.headers['access-control-allow-headers'])).toMatch(/If-None-Match/);
    expect(String(preflight.headers['access-control-allow-methods'])).toMatch(/GET/);
  });

  it('refuses writes, missing files, dotfiles and paths out of the folder', async () => {
    const post = await raw(`${server.url}platforms.json`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD, OPTIONS');
    const missing = await raw(`${server.url}platforms/nope.json`);
    expect(missing.status).toBe(404);
    expect(missing.headers['access-control-allow-origin']).toBe('*');
    expect((await raw(`${server.url}.env`)).status).toBe(404);
    expect((await raw(`${server.url}%2e%2e/%2e%2e/package.json`)).status).toBe(404);
  });

  it('fails clearly when the port is taken', async () => {
    const port = Number(new URL(server.url).port);
    await expect(serveRegistry({ dir, port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('is read by the registry client, with 304 revalidation', async () => {
    const client = createRegistryClient({ baseUrl: server.url, trustedKeys: [], cache: { memory: createMemoryCache(), maxAge: 0 } });
    const first = await client.listPlatforms({ q: 'hoa don' });
    expect(first.data.items.map((item) => item.id)).toEqual(['hoa-don-thu']);
    const second = await client.listPlatforms({ q: 'hoa don' });
    expect(second).toMatchObject({ stale: false, source: 'network' });
    expect(second.data.items[0]).toBe(first.data.items[0]); // the same parsed document: it was a 304
    await expect(client.getRegistry()).resolves.toMatchObject({ data: { version: 'v1' } });
  });
});
