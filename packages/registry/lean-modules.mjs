// The lean (browser) variant of @dbi-kit/registry differs from the Node one in these modules
// only: each is replaced by its `.lean.ts` twin (same exports; no zod or ky at run time, and for
// check-retry and check-now fewer checks, as the README says). One
// list for every tool that builds or tests the variant: rollup (dist/browser.js), vitest (the
// `registry-lean` project) and web-test-runner (the elements' browser tests).
import { dirname, resolve } from 'node:path';

const LEAN = /\/registry\/src\/(?:http\/create-document-fetcher|protocol\/validate-documents|search\/check-platform-filter|client\/check-retry|client\/check-now)(?:\.js|\.ts)?$/;

/**
 * The lean twin of the module at `path` (a file path or a URL path, with or without its
 * extension), or `undefined` when that module has none.
 *
 * @param {string} path
 * @returns {string | undefined}
 */
export function leanModuleOf(path) {
  return LEAN.test(path) ? path.replace(/(?:\.js|\.ts)?$/, '.lean.ts') : undefined;
}

/**
 * A rollup (and vite) plugin that resolves the registry's relative imports of those modules to
 * their lean twins.
 */
export function registryLeanModules() {
  return {
    name: 'registry-lean-modules',
    enforce: 'pre',
    /** @param {string} source @param {string | undefined} importer */
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      return leanModuleOf(resolve(dirname(importer), source)) ?? null;
    },
  };
}
