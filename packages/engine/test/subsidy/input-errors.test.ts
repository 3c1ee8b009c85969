import { describe, expect, it } from 'vitest';
import { DbiError, isDbiError } from '../../src/dbi-error.js';
import {
  calculateSubsidy,
  classifyEnterprise,
  priorityGroups,
  SubsidyInputError,
  type SubsidyInputErrorCode,
} from '../../src/subsidy/index.js';
import { thrownBy } from './thrown-by.js';

function expectInputError(run: () => unknown, field: string, code: SubsidyInputErrorCode) {
  const caught = thrownBy(run);
  expect(caught).toBeInstanceOf(SubsidyInputError);
  expect(caught).toBeInstanceOf(DbiError);
  expect(isDbiError(caught)).toBe(true);
  const error = caught as SubsidyInputError;
  expect(error.field).toBe(field);
  expect(error.code).toBe(code);
  expect(error.name).toBe('SubsidyInputError');
  expect(error.message.startsWith(`${field}: `)).toBe(true);
}

// Any value typed as the input, so the tests can pass what JavaScript callers and JSON can send.
const raw = <T>(value: unknown) => value as T;
type Figures = Parameters<typeof classifyEnterprise>[0];
type Subsidy = Parameters<typeof calculateSubsidy>[0];
type Priority = Parameters<typeof priorityGroups>[0];

describe('classifyEnterprise: input errors', () => {
  const ok = { sector: 'trade-services', employees: 5, revenue: 1_000_000, capital: 1_000_000 };
  const bad = (patch: object) => () => classifyEnterprise(raw<Figures>({ ...ok, ...patch }));

  it('not an object', () => expectInputError(() => classifyEnterprise(raw<Figures>(null)), 'input', 'subsidy/invalid-input'));
  for (const sector of ['retail', 'Trade-Services', undefined, 3]) {
    it(`unknown sector ${String(sector)}`, () => expectInputError(bad({ sector }), 'sector', 'subsidy/unknown-sector'));
  }
  for (const employees of [-1, Number.NaN, Number.POSITIVE_INFINITY, '12', undefined]) {
    it(`employees ${String(employees)}`, () => expectInputError(bad({ employees }), 'employees', 'subsidy/invalid-count'));
  }
  for (const revenue of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3000000000', 2 ** 53]) {
    it(`revenue ${String(revenue)}`, () => expectInputError(bad({ revenue }), 'revenue', 'subsidy/invalid-amount'));
  }
  for (const capital of [-5, 0.5, Number.NaN]) {
    it(`capital ${String(capital)}`, () => expectInputError(bad({ capital }), 'capital', 'subsidy/invalid-amount'));
  }
  it('neither revenue nor capital', () => {
    expectInputError(bad({ revenue: undefined, capital: undefined }), 'revenue', 'subsidy/missing-figure');
    expectInputError(bad({ revenue: null, capital: null }), 'revenue', 'subsidy/missing-figure');
  });
});

describe('calculateSubsidy: input errors', () => {
  const item = { kind: 'dx-solution', cost: 10_000_000 };
  const bad = (input: object) => () => calculateSubsidy(raw<Subsidy>({ size: 'small', items: [item], ...input }));
  const badItem = (patch: object) => bad({ items: [item, { ...item, ...patch }] });

  it('not an object', () => expectInputError(() => calculateSubsidy(raw<Subsidy>(undefined)), 'input', 'subsidy/invalid-input'));
  for (const size of ['huge', 'Small', 'sme', undefined]) {
    it(`unknown size ${String(size)}`, () => expectInputError(bad({ size }), 'size', 'subsidy/unknown-size'));
  }
  for (const items of [undefined, {}, 'dx-solution']) {
    it(`items ${JSON.stringify(items)}`, () => expectInputError(bad({ items }), 'items', 'subsidy/invalid-input'));
  }
  it('an item that is not an object', () => expectInputError(bad({ items: [item, null] }), 'items[1]', 'subsidy/invalid-input'));
  for (const kind of ['training', 'DX-SOLUTION', undefined]) {
    it(`unknown kind ${String(kind)}`, () => expectInputError(badItem({ kind }), 'items[1].kind', 'subsidy/unknown-kind'));
  }
  for (const cost of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '10000000', undefined, null, 2 ** 53]) {
    it(`cost ${String(cost)}`, () => expectInputError(badItem({ cost }), 'items[1].cost', 'subsidy/invalid-amount'));
  }
  it('a label or id that is not a string', () => {
    expectInputError(badItem({ label: 5 }), 'items[1].label', 'subsidy/invalid-text');
    expectInputError(badItem({ id: 7 }), 'items[1].id', 'subsidy/invalid-text');
  });
  it('costs that add up beyond exact arithmetic', () => {
    const huge = { kind: 'dx-solution', cost: Number.MAX_SAFE_INTEGER };
    expectInputError(bad({ items: [huge, huge] }), 'items', 'subsidy/invalid-amount');
  });
  it('bad priority flags', () => {
    const flags = { womanOwned: false, manyFemaleWorkers: false, socialEnterprise: false };
    expectInputError(bad({ priority: null }), 'priority', 'subsidy/invalid-input');
    expectInputError(bad({ priority: { ...flags, womanOwned: 'yes' } }), 'priority.womanOwned', 'subsidy/invalid-flag');
    expectInputError(bad({ priority: { womanOwned: true, manyFemaleWorkers: false } }), 'priority.socialEnterprise', 'subsidy/invalid-flag');
  });
});

describe('priorityGroups: input errors', () => {
  const ok = { womenCapitalShare: 0.6, womanManager: true, employees: 40, femaleEmployees: 12, socialEnterprise: false };
  const bad = (patch: object) => () => priorityGroups(raw<Priority>({ ...ok, ...patch }));

  it('not an object', () => expectInputError(() => priorityGroups(raw<Priority>('x')), 'input', 'subsidy/invalid-input'));
  for (const womenCapitalShare of [51, -0.1, Number.NaN, '0.6', undefined]) {
    it(`womenCapitalShare ${String(womenCapitalShare)}`, () => expectInputError(bad({ womenCapitalShare }), 'womenCapitalShare', 'subsidy/invalid-share'));
  }
  for (const womanManager of ['yes', 1, undefined]) {
    it(`womanManager ${String(womanManager)}`, () => expectInputError(bad({ womanManager }), 'womanManager', 'subsidy/invalid-flag'));
  }
  it('bad headcounts', () => {
    expectInputError(bad({ employees: -1 }), 'employees', 'subsidy/invalid-count');
    expectInputError(bad({ femaleEmployees: Number.NaN }), 'femaleEmployees', 'subsidy/invalid-count');
    expectInputError(bad({ femaleEmployees: 41 }), 'femaleEmployees', 'subsidy/invalid-count');
  });
  it('socialEnterprise missing', () => expectInputError(bad({ socialEnterprise: undefined }), 'socialEnterprise', 'subsidy/invalid-flag'));
});

describe('a programme argument that is not a programme', () => {
  const figures = { sector: 'trade-services', employees: 5, revenue: 1_000_000_000 } as const;
  const notAProgramme = [null, { id: 'x' }, { items: [] }] as unknown as Parameters<typeof calculateSubsidy>[1][];

  it('throws a DbiError programme/invalid, never a TypeError', () => {
    for (const programme of notAProgramme) {
      for (const run of [
        () => classifyEnterprise(figures, programme),
        () => calculateSubsidy({ size: 'small', items: [] }, programme),
        () => priorityGroups({ womenCapitalShare: 0, womanManager: false, employees: 5, femaleEmployees: 0, socialEnterprise: false }, programme),
      ]) {
        expect(thrownBy(run)).toMatchObject({ name: 'DbiError', code: 'programme/invalid' });
      }
    }
  });

  it('takes null options to classifyEnterprise as none', () => {
    expect(classifyEnterprise(figures, undefined, raw(null)).size).toBe('micro');
  });
});
