// A real node:http server on 127.0.0.1 (port 0) whose answers a test scripts path by path, to
// inject faults: statuses, delays, stalls, cut connections, wrong content types.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface LoggedRequest {
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  /** Resolves true when the client went away before the response was finished. */
  readonly abandoned: Promise<boolean>;
}

export interface FaultServer {
  /** Base URL, ending in `/`. */
  readonly url: string;
  /** Answers `path` with each handler in turn; the last one repeats. */
  on(path: string, ...handlers: Handler[]): void;
  /** Requests received for `path`. */
  requests(path: string): LoggedRequest[];
  /** CORS preflights received for `path` (servers started with `cors`). */
  preflights(path: string): { path: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

/**
 * @param options.cors answer as a CORS-enabled static host: `Access-Control-Allow-Origin: *`,
 *   `ETag` exposed, and preflights (logged with method OPTIONS) answered without using a handler
 */
export async function startFaultServer({ cors = false } = {}): Promise<FaultServer> {
  const routes = new Map<string, Handler[]>();
  const log: LoggedRequest[] = [];
  const preflights: { path: string; headers: IncomingMessage['headers'] }[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(1);
    if (cors) {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-expose-headers', 'ETag');
      if (req.method === 'OPTIONS') {
        preflights.push({ path, headers: req.headers });
        res.writeHead(204, { 'access-control-allow-methods': 'GET, HEAD', 'access-control-allow-headers': 'If-None-Match', 'access-control-max-age': '0' }).end();
        return;
      }
    }
    log.push({
      path,
      headers: req.headers,
      abandoned: new Promise((resolve) => res.once('close', () => resolve(!res.writableFinished))),
    });
    const queue = routes.get(path);
    const handler = queue && (queue.length > 1 ? queue.shift() : queue[0]);
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    on: (path, ...handlers) => void routes.set(path, handlers),
    requests: (path) => log.filter((request) => request.path === path),
    preflights: (path) => preflights.filter((request) => request.path === path),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A JSON answer with an ETag, and a 304 when the request already has that ETag. */
export const json = (body: unknown, { etag, status = 200, type = 'application/json; charset=utf-8' }: { etag?: string; status?: number; type?: string } = {}): Handler => (req, res) => {
  if (etag && req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
  res.writeHead(status, { 'content-type': type, ...(etag ? { etag } : {}) }).end(JSON.stringify(body));
};

/** An empty answer with a status and headers. */
export const status = (code: number, headers: Record<string, string> = {}): Handler => (_req, res) => {
  res.writeHead(code, { 'content-type': 'text/plain', ...headers }).end(`status ${code}`);
};

/** Runs `handler` after `ms`, unless the client has gone. */
export const after = (ms: number, handler: Handler): Handler => (req, res) => {
  const timer = setTimeout(() => handler(req, res), ms);
  res.once('close', () => clearTimeout(timer));
};

/** Drops the connection without answering. */
export const hangUp: Handler = (req) => void req.socket.destroy();

/** Sends the headers and the first bytes of `body`, then nothing more (the connection stays open). */
export const stall = (body: unknown): Handler => (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write(JSON.stringify(body).slice(0, 10));
};

/** Announces the whole body's length, sends half of it and drops the connection. */
export const cutMidBody = (body: unknown): Handler => (req, res) => {
  const text = JSON.stringify(body);
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
  res.write(text.slice(0, text.length >> 1), () => req.socket.destroy());
};

/** A complete, well-formed HTTP answer whose JSON is cut short. */
export const truncatedJson = (body: unknown): Handler => (_req, res) => {
  const text = JSON.stringify(body);
  res.writeHead(200, { 'content-type': 'application/json' }).end(text.slice(0, text.length - 7));
};
