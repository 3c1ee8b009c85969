// `import * as engine from '@dbi-kit/engine'`: every export, the parsers and zod included.
export * from '@dbi-kit/engine';
