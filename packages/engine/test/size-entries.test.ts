import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as engine from '@dbi-kit/engine';
import * as parse from '../src/parse.js';

// size-budgets.json holds the engine to 25 KB through scripts/size-entries/engine-without-parsers.mjs,
// a list of names: a new export missing from it would escape the budget.
describe('the size check’s engine entry', () => {
  it('lists every run-time export of @dbi-kit/engine except the parsers of the parse entry', () => {
    const source = readFileSync(new URL('../../../scripts/size-entries/engine-without-parsers.mjs', import.meta.url), 'utf8');
    const list = /export \{([^}]*)\} from '@dbi-kit\/engine';/u.exec(source)?.[1] ?? '';
    const listed = list.split(',').map((name) => name.trim()).filter(Boolean).sort();
    const parsers = Object.keys(parse);
    expect(listed).toEqual(Object.keys(engine).filter((name) => !parsers.includes(name)).sort());
  });
});
