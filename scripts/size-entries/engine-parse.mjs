// The parsers of methodology and programme files (zod/mini, the two schemas and the invariant
// checks), as `@dbi-kit/engine/parse` gives them; the same functions are exported by the root.
export * from '@dbi-kit/engine/parse';
