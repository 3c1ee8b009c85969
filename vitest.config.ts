import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { registryLeanModules } from './packages/registry/lean-modules.mjs';

// Unit tests run against source: workspace packages resolve to their src/index.ts,
// so a test never depends on a stale dist/ build.
const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));
const alias = {
  '@dbi-kit/engine': src('engine'),
  '@dbi-kit/registry': src('registry'),
};

// The CLI's tests run the real `dbi-kit` process, several per test: on a loaded machine (the
// 2-core CI runner doing other work) one run can take seconds, so they get more than 5 s.
const project = (name: string) => ({
  resolve: { alias },
  test: { name, root: `./packages/${name}`, environment: 'node', include: ['test/**/*.test.ts'], ...(name === 'cli' ? { testTimeout: 30_000 } : {}) },
});

// The registry's tests again, on its lean (browser) variant: the modules listed in
// lean-modules.mjs are replaced by their twins, so the client, protocol, search and fault tests
// (a real HTTP server) hold the fetch-based fetcher and the hand-written checks to the same behaviour.
const registryLean = {
  plugins: [registryLeanModules()],
  resolve: { alias },
  test: {
    name: 'registry-lean',
    root: './packages/registry',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // These compare the hand-written checks with zod's (both sides imported by path): with the
    // substitution both sides would be the lean one.
    exclude: ['test/document-checks.test.ts', 'test/filter-check.test.ts'],
    env: { DBI_REGISTRY_VARIANT: 'lean' },
  },
};

export default defineConfig({
  resolve: { alias },
  test: { projects: [...['engine', 'registry', 'cli'].map(project), registryLean] },
});
