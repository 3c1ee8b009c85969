#!/usr/bin/env node
// The `dbi-kit` executable that npm links. It is a committed file, not the build's
// dist/bin.js, because npm links bins before the repository's `prepare` script builds dist/
// (and skips a bin whose file does not exist). It runs the built CLI, or says how to build it.
import { existsSync } from 'node:fs';

const built = new URL('../dist/bin.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  console.error('dbi-kit: not built yet; run npm run build in the repository');
  process.exitCode = 1;
}
