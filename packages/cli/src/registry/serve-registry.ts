import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import sirv from 'sirv';

/** Where and what to serve. */
export interface ServeRegistryOptions {
  /** The folder of a built `dbi-registry/1` registry (registry.json, platforms.json, …). */
  readonly dir: string;
  /** TCP port (default 8081; 0 picks a free one). */
  readonly port?: number;
  /** Interface to listen on (default 127.0.0.1: not reachable from other machines). */
  readonly host?: string;
}

/** A running registry server. */
export interface RegistryServer {
  /** The base URL to give `createRegistryClient`, ending in `/`. */
  readonly url: string;
  close(): Promise<void>;
}

/** Types the static-file library does not know: compact JWS (RFC 7515 §9.2.1) and JWK (RFC 7517 §8.5). */
const EXTRA_TYPES: Record<string, string> = {
  '.jws': 'application/jose',
  '.jwk': 'application/jwk+json',
};

/** Dotfiles (.git, .env) and undecodable paths: sirv's dev mode would serve the former. */
function isHidden(path: string): boolean {
  try {
    return /(^|\/)\./.test(decodeURIComponent(path));
  } catch {
    return true;
  }
}

function setCors(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  // Without this a cross-origin client cannot read the ETag, so it could never revalidate.
  res.setHeader('Access-Control-Expose-Headers', 'ETag');
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end(text);
}

/**
 * Serves a static `dbi-registry/1` registry for development and demos, with what the client
 * relies on: correct content types, ETags with 304 revalidation (`Cache-Control: no-cache`),
 * gzip for clients that accept it (from the `.gz` siblings the registry build writes), and CORS
 * for GET and HEAD, including the preflight a cross-origin `If-None-Match` needs. Files come
 * from disk on every request, so a rebuild shows at once. Other methods get 405.
 *
 * @example
 * const server = await serveRegistry({ dir: 'packages/registry/dist/sample-registry', port: 0 });
 * console.log(`registry at ${server.url}`);
 * await server.close();
 */
export async function serveRegistry({ dir, port = 8081, host = '127.0.0.1' }: ServeRegistryOptions): Promise<RegistryServer> {
  const files = sirv(resolve(dir), { dev: true, etag: true, gzip: true, extensions: [], dotfiles: false });
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    setCors(res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
        'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
        'Access-Control-Max-Age': '86400',
      });
      return void res.end();
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD, OPTIONS' });
    const path = new URL(req.url ?? '/', 'http://registry').pathname;
    if (isHidden(path)) return plain(res, 404, 'Not found');
    const extension = /\.[a-z]+$/i.exec(path)?.[0].toLowerCase() ?? '';
    if (EXTRA_TYPES[extension]) res.setHeader('Content-Type', EXTRA_TYPES[extension]);
    files(req, res, () => {
      res.removeHeader('Content-Type');
      plain(res, 404, 'Not found');
    });
  };
  const server = createServer(handle);
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ready());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
