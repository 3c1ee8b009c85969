import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

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

export default {
  // Served from the repository root so node_modules and the sibling packages resolve.
  rootDir: here('../..'),
  files: [here('./test/**/*.test.ts')],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  plugins: [
    workspaceSource,
    workspaceJsonModules,
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
