import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests run against source: workspace packages resolve to their src/index.ts,
// so a test never depends on a stale dist/ build.
const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));
const alias = {
  '@dbi-kit/engine': src('engine'),
  '@dbi-kit/registry': src('registry'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: ['engine', 'registry', 'cli'].map((name) => ({
      resolve: { alias },
      test: {
        name,
        root: `./packages/${name}`,
        environment: 'node',
        include: ['test/**/*.test.ts'],
      },
    })),
  },
});
