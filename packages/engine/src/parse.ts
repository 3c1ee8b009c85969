// A second entry point, `@dbi-kit/engine/parse`: only what validates data from outside (the zod
// schemas and the parsers). Every name here is also exported by the package root; this entry
// exists so that a bundle can load zod lazily, with `import('@dbi-kit/engine/parse')`, when it
// meets a methodology or programme file (as <dbi-assessment methodology="/url.json"> does).
export { parseMethodology } from './methodology/parse-methodology.js';
export { MethodologySchema } from './methodology/methodology-schema.js';
export { parseProgramme } from './subsidy/parse-programme.js';
