// dbi-kit's errors take their `name` from their class (`new.target.name` in DbiError), so a
// minifier that renamed the classes would give browser users errors named "r" or "s". The
// browser bundles are built with terser's keep_classnames for /Error$/: this checks the result.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const bundle = (file) => readFileSync(new URL(`../../packages/elements/dist/browser/${file}`, import.meta.url), 'utf8');

test('the minified bundles keep the names of the error classes they carry', () => {
  const expected = {
    'dbi-kit.min.js': ['DbiError', 'RegistryError', 'RegistryHttpError', 'RegistryTimeoutError', 'RegistryNetworkError', 'RegistryResponseError', 'MethodologyError'],
    'dbi-badge.js': ['DbiError', 'RegistryError', 'RegistryHttpError', 'RegistryTimeoutError', 'RegistryNetworkError', 'RegistryResponseError'],
  };
  for (const [file, names] of Object.entries(expected)) {
    const code = bundle(file);
    for (const name of names) assert.match(code, new RegExp(`class ${name} extends `), `${file}: class ${name}`);
    // No public error class renamed: every class extending DbiError or RegistryError keeps an …Error name.
    const renamed = [...code.matchAll(/class (\w+) extends (?:DbiError|RegistryError)\b/g)].filter(([, own]) => !own.endsWith('Error'));
    assert.deepEqual(renamed.map(([match]) => match), [], file);
  }
});
