// The page the browser tests drive: the registry package from source, bundled for Chromium.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The registry package from source, bundled for the browser, exposed as window.dbiRegistry. */
export async function bundleClient(): Promise<string> {
  const result = await build({
    stdin: { contents: `import * as registry from ${JSON.stringify(here('../../src/index.ts'))}; window.dbiRegistry = registry;`, resolveDir: here('.'), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
    alias: { '@dbi-kit/engine': here('../../../engine/src/index.ts') },
  });
  return result.outputFiles[0].text;
}

export async function servePage(script: string): Promise<{ url: string; server: Server }> {
  // /strict runs the page under the CSP the elements promise to support, recording violations.
  const recorder = "window.violations = []; document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective));";
  const server = createServer((req, res) => {
    if (req.url === '/client.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    if (req.url === '/recorder.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(recorder);
    if (req.url === '/strict') res.setHeader('content-security-policy', "default-src 'self'; connect-src *");
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>registry client</title><script src="/recorder.js"></script><script type="module" src="/client.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

/** How the tests launch Chromium. */
export const launchOptions = { executablePath: chromePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] };
