// @custom-elements-manifest/analyzer: `custom-elements.json` documents every tag's attributes,
// properties, events, parts, CSS custom properties and slots from the element classes' JSDoc
// (@event, @csspart, @cssprop, @slot). Storybook's docs pages and editors read it.

/**
 * The analyzer also records each `dispatchEvent(new SomeEvent(…))` as an event with a type but
 * no name. Those whose type a documented `@event` already names are duplicates and are dropped;
 * any other stays nameless, so test/custom-elements-manifest.test.mjs catches an event that is
 * dispatched but not documented.
 */
const documentedEventsOnly = {
  name: 'dbi-documented-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (!declaration.events) continue;
        const documented = new Set(declaration.events.filter((event) => event.name).map((event) => event.type?.text));
        declaration.events = declaration.events.filter((event) => event.name || !documented.has(event.type?.text));
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  // The React wrappers define no element; they only wrap the classes.
  exclude: ['src/react/**'],
  outdir: '.',
  litelement: true,
  // The `customElements` field in package.json is written by hand, not by the analyzer.
  packagejson: false,
  plugins: [documentedEventsOnly],
};
