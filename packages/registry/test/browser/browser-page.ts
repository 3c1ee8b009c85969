// The page the browser tests drive: the registry package from source, bundled for Chromium.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
// @ts-expect-error -- a plain .mjs module without types
import { leanModuleOf } from '../../lean-modules.mjs';
import type { Page } from 'playwright-core';

export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** In the `registry-lean` project, the page gets the lean variant, as browser bundles do. */
const leanModules: Plugin = {
  name: 'registry-lean-modules',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\./ }, (args) => {
      const lean = (leanModuleOf as (path: string) => string | undefined)(resolve(args.resolveDir, args.path));
      return lean ? { path: lean } : undefined;
    });
  },
};

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
    plugins: process.env.DBI_REGISTRY_VARIANT === 'lean' ? [leanModules] : [],
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

/** Chromium and the page's site, started once per test file. */
export interface BrowserSite {
  /** The page's URL (its `strict` sub-path serves it under a strict CSP). */
  readonly url: string;
  /** A new tab on the page, with `window.dbiRegistry` loaded. */
  openPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Bundles the client, serves the page and launches Chromium. */
export async function startBrowserSite(): Promise<BrowserSite> {
  const { chromium } = await import('playwright-core');
  const site = await servePage(await bundleClient());
  const browser = await chromium.launch(launchOptions);
  return {
    url: site.url,
    async openPage() {
      const page = await browser.newPage();
      await page.goto(site.url);
      await page.waitForFunction(() => 'dbiRegistry' in window);
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => site.server.close(resolve));
    },
  };
}
