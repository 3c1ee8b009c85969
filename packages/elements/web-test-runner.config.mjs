import { createRequire } from 'node:module';
import { posix } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { leanModuleOf } from '../registry/lean-modules.mjs';
import { tamperingRegistryPlugin } from './test/badge/tampering-registry.plugin.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

const here = (path) => new URL(path, import.meta.url).pathname;

// Like the unit tests, browser tests run against source: the workspace packages resolve to
// their src/index.ts (served as TypeScript, their JSON data as modules), never to a stale dist/.
const workspaceSource = {
  name: 'workspace-source',
  resolveImport({ source }) {
    const match = /^@dbi-kit\/(engine|registry)(?:\/(parse))?$/.exec(source);
    return match ? `/packages/${match[1]}/src/${match[2] ?? 'index'}.ts` : undefined;
  },
};

// The registry's source is served as its lean (browser) variant, which is what browser bundles
// get (dist/browser.js, the `browser` export condition): see packages/registry/lean-modules.mjs.
const registryLeanSource = {
  name: 'registry-lean-source',
  resolveImport({ source, context }) {
    return source.startsWith('.') ? leanModuleOf(posix.join(posix.dirname(context.path), source)) : undefined;
  },
};

// The packages' JSON data (e.g. the methodology) is imported as a module by their source; only
// those files become modules, so test fixtures and registries stay plain JSON over HTTP.
const sourceJson = /^\/packages\/[^/]+\/src\/.*\.json$/u;
const workspaceJsonModules = {
  name: 'workspace-json-modules',
  resolveMimeType(context) {
    return sourceJson.test(context.path) ? 'js' : undefined;
  },
  transform(context) {
    return sourceJson.test(context.path) ? { body: `export default ${context.body};` } : undefined;
  },
};

// React (for the @lit/react wrappers' test) ships CommonJS only. esbuild bundles it once into
// an ES module, as an app's bundler would; `react` and `react-dom/client` resolve to modules
// re-exporting its named exports (read from the CommonJS modules themselves), so both the test
// and react-dom share one React.
const require = createRequire(import.meta.url);
const REACT_MODULES = { react: 'React', 'react-dom/client': 'ReactDOMClient' };
const reactBundle = (async () => {
  const entry = Object.entries(REACT_MODULES).map(([name, as]) => `export * as ${as} from '${name}';`).join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: here('.'), loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
})();
// Read at start-up: React's development build touches the console, which the runner replaces later.
const reactNames = Object.fromEntries(Object.keys(REACT_MODULES).map((name) => [name, Object.keys(require(name)).filter((key) => /^[A-Za-z_$][\w$]*$/u.test(key) && key !== 'default')]));
const reactShim = (name, as) => {
  const names = reactNames[name];
  return `import { ${as} as m } from '/__react__/bundle.js';\nconst all = m.default ?? m;\nexport default all;\nexport const { ${names.join(', ')} } = all;\n`;
};
const reactAsModules = {
  name: 'react-as-modules',
  resolveImport({ source }) {
    return source in REACT_MODULES ? `/__react__/${source.replace('/', '-')}.js` : undefined;
  },
  async serve(context) {
    if (context.path === '/__react__/bundle.js') return { body: await reactBundle, type: 'js' };
    for (const [name, as] of Object.entries(REACT_MODULES)) if (context.path === `/__react__/${name.replace('/', '-')}.js`) return { body: reactShim(name, as), type: 'js' };
    return undefined;
  },
};

export default {
  // Served from the repository root so node_modules and the sibling packages resolve.
  rootDir: here('../..'),
  files: [here('./test/**/*.test.ts')],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  plugins: [
    workspaceSource,
    registryLeanSource,
    workspaceJsonModules,
    reactAsModules,
    // The registries of the badge tests: the registry package's tampering table over real HTTP.
    tamperingRegistryPlugin(),
    // The tsconfig path is required: without it esbuild compiles standard decorators and Lit
    // rejects them ("Unsupported decorator location: field").
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox', '--disable-setuid-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage',
          '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
          '--disable-default-apps', '--disable-extensions', '--metrics-recording-only', '--no-default-browser-check',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
