// `npm run docs`: the API reference of every package, from its src/index.ts (and
// @dbi-kit/elements/react), into docs/api/. Each package is converted on its own tsconfig.
import { OptionDefaults } from 'typedoc';

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  name: 'dbi-kit',
  entryPointStrategy: 'packages',
  entryPoints: ['packages/engine', 'packages/registry', 'packages/elements', 'packages/cli'],
  packageOptions: {
    entryPoints: ['src/index.ts'],
    excludePrivate: true,
    excludeProtected: true,
    excludeInternal: true,
    // The element classes' JSDoc tags for custom-elements.json (see packages/elements).
    blockTags: [...OptionDefaults.blockTags, '@tag', '@status', '@dependency', '@slot', '@event', '@csspart', '@cssprop', '@summary'],
    // Members the elements inherit from LitElement and HTMLElement are Lit's and the DOM's API.
    excludeExternals: true,
    // No public git remote yet: source links would point nowhere.
    disableSources: true,
  },
  externalSymbolLinkMappings: {
    '@lit/reactive-element': { PropertyDeclaration: 'https://lit.dev/docs/api/ReactiveElement/#PropertyDeclaration' },
  },
  out: 'docs/api',
  readme: 'none',
};
