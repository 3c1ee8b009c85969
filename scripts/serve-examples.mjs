// The examples server used by `npm start` and by the end-to-end tests: examples/ at /, the
// built drop-in bundles at /dbi-kit/, the built sample registry at /registry/, and a SAMPLE
// tampered copy of it at /registry-tampered/ (for the vendor example's "not verified" badges).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Paths served with a strict Content-Security-Policy, to prove the elements need no inline code. */
const STRICT_CSP_PREFIX = '/strict-csp/';

function mounts({ dev }) {
  const options = { dev, etag: true, gzip: true, extensions: ['html'] };
  const registryDir = `${root}packages/registry/dist/sample-registry`;
  return [
    ['/dbi-kit/', sirv(`${root}packages/elements/dist/browser`, options)],
    ['/registry/', existsSync(registryDir) ? sirv(registryDir, { ...options, setHeaders: cors }) : null],
    ['/registry-tampered/', existsSync(registryDir) ? tamperedRegistry(registryDir, sirv(registryDir, { ...options, setHeaders: cors })) : null],
    ['/', sirv(`${root}examples`, options)],
  ];
}

/**
 * The SAMPLE registry as an attacker might serve it, to show that editing files cannot fake a
 * badge: `giao-hang-chang-cuoi`'s expired certificate with its `exp` pushed ten years on and the
 * signature kept (→ invalid signature), and `so-cai-may`'s genuine certificate served as
 * `hoa-don-mac-ca`'s (→ another platform's certificate). Everything else is the genuine file.
 */
function tamperedRegistry(registryDir, genuine) {
  const read = (id) => readFileSync(`${registryDir}/certificates/${id}.jws`, 'utf8').trim();
  const forged = {
    '/certificates/giao-hang-chang-cuoi.jws': () => {
      const [header, payload, signature] = read('giao-hang-chang-cuoi').split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      claims.exp += 10 * 365 * 86_400;
      return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    },
    '/certificates/hoa-don-mac-ca.jws': () => read('so-cai-may'),
  };
  return (req, res, next) => {
    const make = forged[new URL(req.url ?? '/', 'http://localhost').pathname];
    if (!make) return genuine(req, res, next);
    cors(res);
    res.setHeader('Content-Type', 'application/jose');
    res.setHeader('Cache-Control', 'no-store');
    res.end(make());
  };
}

function cors(res) {
  res.setHeader('Access-Control-Allow-Origin', '*');
}

/**
 * Starts the examples server.
 * @param {{ port?: number, host?: string, dev?: boolean }} options port 0 picks a free port
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveExamples({ port = 8080, host = '127.0.0.1', dev = false } = {}) {
  const routes = mounts({ dev });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith(STRICT_CSP_PREFIX)) {
      res.setHeader('Content-Security-Policy', "default-src 'self'");
    }
    const notFound = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(`Not found: ${url.pathname}`);
    };
    const route = routes.find(([prefix, handler]) => handler && url.pathname.startsWith(prefix));
    if (!route) return notFound();
    const [prefix, handler] = route;
    // sirv resolves paths from its own root, so strip the mount prefix.
    if (prefix !== '/') req.url = req.url.slice(prefix.length - 1);
    handler(req, res, notFound);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${address.port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
