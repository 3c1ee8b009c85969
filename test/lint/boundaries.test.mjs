// Proves that the package boundaries of ARCHITECTURE.md are lint errors: each case lints a
// snippet as if it were a file of the named package and expects the named rule to fire.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function ruleIdsFor(code, filePath) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

const violations = [
  ['the engine imports lit', "import { html } from 'lit';\nexport const x = html``;\n", 'packages/engine/src/fixture.ts', 'no-restricted-imports'],
  ['the engine imports ky', "import ky from 'ky';\nexport const x = ky;\n", 'packages/engine/src/fixture.ts', 'no-restricted-imports'],
  ['the engine touches the DOM', 'export const title = document.title;\n', 'packages/engine/src/fixture.ts', 'no-restricted-globals'],
  ['the engine imports a dependent package', "import { createRegistryClient } from '@dbi-kit/registry';\nexport const x = createRegistryClient;\n", 'packages/engine/src/fixture.ts', 'no-restricted-imports'],
  ['a package imports another package’s src/', "import { scoreAssessment } from '../../engine/src/index.js';\nexport const x = scoreAssessment;\n", 'packages/registry/src/fixture.ts', 'no-restricted-imports'],
  ['a package imports a deep src path', "import { x } from '@dbi-kit/engine/src/methodology/index.js';\nexport const y = x;\n", 'packages/cli/src/fixture.ts', 'no-restricted-imports'],
  ['elements import unsafeHTML', "import { unsafeHTML } from 'lit/directives/unsafe-html.js';\nexport const x = unsafeHTML;\n", 'packages/elements/src/fixture.ts', 'no-restricted-imports'],
  ['elements assign innerHTML', 'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }\n', 'packages/elements/src/fixture.ts', 'no-restricted-syntax'],
  ['elements call insertAdjacentHTML', "export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }\n", 'packages/elements/src/fixture.ts', 'no-restricted-syntax'],
  ['the registry imports lit', "import { html } from 'lit';\nexport const x = html;\n", 'packages/registry/src/fixture.ts', 'no-restricted-imports'],
];

for (const [name, code, filePath, rule] of violations) {
  test(`lint fails when ${name}`, async () => {
    const rules = await ruleIdsFor(code, filePath);
    assert.ok(rules.includes(rule), `expected ${rule}, got: ${JSON.stringify(rules)}`);
  });
}

test('the same imports are fine where the architecture allows them', async () => {
  assert.deepEqual(await ruleIdsFor("import { html } from 'lit';\nexport const x = html``;\n", 'packages/elements/src/fixture.ts'), []);
  assert.deepEqual(await ruleIdsFor("import ky from 'ky';\nexport const x = ky;\n", 'packages/registry/src/fixture.ts'), []);
  assert.deepEqual(await ruleIdsFor("import { DBI_PILLAR_IDS } from '@dbi-kit/engine';\nexport const x = DBI_PILLAR_IDS;\n", 'packages/registry/src/fixture.ts'), []);
});
