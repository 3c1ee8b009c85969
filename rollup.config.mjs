// One factory for every package: an ESM build of the package (dependencies external; the
// .d.ts files come from `tsc -b`), plus minified self-contained browser bundles where asked.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { registryLeanModules } from './packages/registry/lean-modules.mjs';
import { bilingualJson } from './scripts/rollup-bilingual-json.mjs';
import { trimTemplates } from './scripts/rollup-trim-templates.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const at = (pkg, path) => `${root}packages/${pkg}/${path}`;

// Harmless warnings from dependencies (zod's comment annotations and its internal cycles).
const onwarn = (warning, warn) => {
  const id = warning.id ?? warning.ids?.[0] ?? '';
  const inDeps = id.includes('node_modules') || (warning.cycle ?? []).some((m) => m.includes('node_modules'));
  if (inDeps && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY')) return;
  if (warning.code === 'THIS_IS_UNDEFINED' && id.includes('node_modules')) return;
  warn(warning);
};

const tsPlugin = (pkg, outDir) =>
  typescript({
    tsconfig: at(pkg, 'tsconfig.json'),
    outputToFilesystem: true,
    compilerOptions: {
      outDir,
      rootDir: at(pkg, 'src'),
      declaration: false,
      declarationMap: false,
      composite: false,
      emitDeclarationOnly: false,
      noEmit: false,
      incremental: false,
      tsBuildInfoFile: null,
    },
  });

/**
 * @param {string} pkg folder name under packages/
 * @param {{ inputs?: Record<string,string>, bundles?: Record<string,string>, banner?: string, preserveModules?: boolean }} options
 *   inputs: ESM entry points (name → src path); bundles: minified browser bundles (file → src path);
 *   preserveModules: one dist file per source module (so a bundler can split the package by module);
 *   jsonPlugin: how the package's JSON imports become modules (default @rollup/plugin-json);
 *   plugins: run before the others in the ESM build (e.g. to substitute modules)
 */
export function packageBuild(pkg, { inputs = { index: 'src/index.ts' }, bundles = {}, banner, preserveModules = false, jsonPlugin = json({ preferConst: true }), plugins = [] } = {}) {
  const manifest = JSON.parse(readFileSync(at(pkg, 'package.json'), 'utf8'));
  const deps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  const external = (id) => id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(`${d}/`));
  const input = Object.fromEntries(Object.entries(inputs).map(([name, path]) => [name, at(pkg, path)]));
  const configs = [
    {
      input,
      onwarn,
      external,
      output: { dir: at(pkg, 'dist'), format: 'es', sourcemap: true, banner, preserveModules, preserveModulesRoot: at(pkg, 'src') },
      plugins: [...plugins, jsonPlugin, tsPlugin(pkg, at(pkg, 'dist'))],
    },
  ];
  for (const [file, entry] of Object.entries(bundles)) {
    configs.push({
      input: at(pkg, entry),
      onwarn,
      // Lazy chunks import what they share with the bundle from the bundle itself, rather than
      // both importing a third chunk: the bundle stays one file on the common path.
      preserveEntrySignatures: 'allow-extension',
      // A directory output, so lazily imported code (the Ed25519 fallback for browsers whose
      // WebCrypto lacks it) becomes a chunk loaded only when needed, next to the bundle.
      output: { dir: at(pkg, 'dist/browser'), entryFileNames: file, chunkFileNames: 'chunks/[name]-[hash].js', format: 'es', sourcemap: true },
      plugins: [
        // 'production' selects Lit's production build (no dev-mode warnings).
        nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
        json({ preferConst: true }),
        tsPlugin(pkg, at(pkg, 'dist/browser')),
        trimTemplates(),
        terser({ ecma: 2022, module: true, keep_classnames: /Error$/u, format: { comments: false } }),
      ],
    });
  }
  return configs;
}

// One module per tag registers it; each also gets a standalone minified browser bundle.
// A tag whose module does not exist yet is skipped, and its size budget then fails.
const TAGS = ['dbi-assessment', 'dbi-platform-picker', 'dbi-subsidy-calculator', 'dbi-badge'].filter((tag) => existsSync(at('elements', `src/${tag}.ts`)));
// The React wrappers (`@dbi-kit/elements/react`) are an ESM entry only: react and @lit/react stay external.
const elementInputs = { index: 'src/index.ts', define: 'src/define.ts', 'react/index': 'src/react/index.ts', ...Object.fromEntries(TAGS.map((tag) => [tag, `src/${tag}.ts`])) };
const elementBundles = { 'dbi-kit.min.js': 'src/define.ts', ...Object.fromEntries(TAGS.map((tag) => [`${tag}.js`, `src/${tag}.ts`])) };

const only = process.env.PKG;
const all = {
  // One file per module, and `parse` (the zod half) as an entry of its own: a bundle that imports
  // `@dbi-kit/engine/parse` dynamically gets zod in a lazy chunk (the parsers share the engine's
  // error classes, which a single-file build would drag into the static part with them).
  // The data files are encoded with their texts grouped by language (see rollup-bilingual-json.mjs).
  engine: () => packageBuild('engine', { inputs: { index: 'src/index.ts', parse: 'src/parse.ts' }, preserveModules: true, jsonPlugin: bilingualJson() }),
  // The registry twice: dist/index.js (zod + ky), and dist/browser.js, its lean variant for
  // browser bundles (the `browser` export condition; see packages/registry/lean-modules.mjs).
  registry: () => [...packageBuild('registry'), ...packageBuild('registry', { inputs: { browser: 'src/index.ts' }, plugins: [registryLeanModules()] })],
  elements: () => packageBuild('elements', { inputs: elementInputs, bundles: elementBundles }),
  cli: () => packageBuild('cli', { inputs: { index: 'src/index.ts', bin: 'src/bin.ts' }, banner: (chunk) => (chunk.fileName === 'bin.js' ? '#!/usr/bin/env node' : '') }),
};

export default Object.entries(all)
  .filter(([name]) => !only || only.split(',').includes(name))
  .flatMap(([, make]) => make());
