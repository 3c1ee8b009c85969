import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyEnterprise, ENTERPRISE_SECTORS, getProgramme, type EnterpriseFigures } from '../../src/index.js';

const programme = getProgramme();
const BN = 1_000_000_000;

// Figures that land on every side of every limit: each Article 5 limit, one below and one above
// it, plus anything in between; headcounts whole or fractional (yearly averages).
const limits = Object.values(programme.sizeClasses.sectors).flatMap((sector) => Object.values(sector.limits));
const near = (values: number[]) => fc.oneof(fc.constantFrom(...values.flatMap((v) => [v - 1, v, v + 1])), fc.integer({ min: 0, max: 400 * BN }));
const money = near(limits.flatMap((l) => [l.revenue, l.capital]));
const employees = fc.oneof(
  fc.constantFrom(...limits.flatMap((l) => [l.employees - 1, l.employees, l.employees + 0.5, l.employees + 1])),
  fc.integer({ min: 0, max: 400 }),
  fc.double({ min: 0, max: 400, noNaN: true }),
);
const absent = fc.constantFrom(undefined, null);
const figures: fc.Arbitrary<EnterpriseFigures> = fc.record({
  sector: fc.constantFrom(...ENTERPRISE_SECTORS),
  employees,
  revenue: fc.oneof(money, absent),
  capital: fc.oneof(money, absent),
}).filter((input) => input.revenue != null || input.capital != null);
// Invalid figures too: both paths must refuse them alike.
const anyFigures = fc.oneof(
  figures,
  fc.record({
    sector: fc.constantFrom(...ENTERPRISE_SECTORS, 'farming'),
    employees: fc.oneof(employees, fc.constantFrom(-1, Number.NaN, Infinity)),
    revenue: fc.oneof(money, absent, fc.constantFrom(-1, 0.5, Number.NaN)),
    capital: fc.oneof(money, absent, fc.constantFrom(-1, 0.5)),
  }) as fc.Arbitrary<EnterpriseFigures>,
);

function outcome(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (error) {
    const { code, field, message } = error as { code?: string; field?: string; message: string };
    return { error: { name: (error as Error).name, code, field, message } };
  }
}

describe('classifyEnterprise(figures, programme, { reasons: false })', () => {
  it('gives the same size, basis and programme as with reasons, over random figures', () => {
    fc.assert(
      fc.property(figures, (input) => {
        const full = classifyEnterprise(input, programme);
        const lean = classifyEnterprise(input, programme, { reasons: false });
        expect({ ...lean, reasons: full.reasons }).toEqual(full);
      }),
      { numRuns: 5_000 },
    );
  });

  it('throws the same error as with reasons for invalid figures', () => {
    fc.assert(
      fc.property(anyFigures, (input) => {
        const full = outcome(() => classifyEnterprise(input, programme).size);
        const lean = outcome(() => classifyEnterprise(input, programme, { reasons: false }).size);
        expect(lean).toEqual(full);
      }),
      { numRuns: 3_000 },
    );
  });

  it('leaves the reasons empty; by default and with reasons: true they are written', () => {
    const input: EnterpriseFigures = { sector: 'trade-services', employees: 30, revenue: 20 * BN };
    expect(classifyEnterprise(input, programme, { reasons: false }).reasons).toEqual([]);
    expect(classifyEnterprise(input).reasons.length).toBeGreaterThan(0);
    expect(classifyEnterprise(input, programme, { reasons: true }).reasons).toEqual(classifyEnterprise(input).reasons);
  });

  it('classifies a business above every SME limit as large without reasons', () => {
    expect(classifyEnterprise({ sector: 'industry-construction', employees: 500, revenue: 900 * BN }, programme, { reasons: false }).size).toBe('large');
  });
});
