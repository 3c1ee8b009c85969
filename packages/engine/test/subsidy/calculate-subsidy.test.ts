import { describe, expect, it } from 'vitest';
import { calculateSubsidy, getProgramme, parseProgramme, type EnterpriseSize, type SubsidyItemKind } from '../../src/subsidy/index.js';

const M = 1_000_000;
const support = (size: EnterpriseSize, kind: SubsidyItemKind, cost: number) => calculateSubsidy({ size, items: [{ kind, cost }] }).items[0];

// Decree 80/2021/NĐ-CP Article 11, by hand from domain.md §B.3: every clause is up to 50%.
// [kind, size, cost, expected support, cap]; `null` support = not eligible.
//   cl. 1 dx-consulting: small 50 M, medium 100 M per contract; micro not listed.
//   cl. 2 dx-solution: micro 20 M, small 50 M, medium 100 M per year.
//   cl. 3 ip-consulting, cl. 4 technology-transfer-consulting: 100 M per contract, all SMEs.
const ARTICLE_11: [SubsidyItemKind, EnterpriseSize, number, number | null, number][] = [
  ['dx-consulting', 'micro', 60 * M, null, 0],
  ['dx-consulting', 'small', 60 * M, 30 * M, 50 * M], // 60 M / 2 = 30 M < 50 M
  ['dx-consulting', 'small', 150 * M, 50 * M, 50 * M], // 75 M, capped at 50 M
  ['dx-consulting', 'medium', 150 * M, 75 * M, 100 * M], // 75 M < 100 M
  ['dx-consulting', 'medium', 300 * M, 100 * M, 100 * M], // 150 M, capped at 100 M
  ['dx-consulting', 'large', 60 * M, null, 0],
  ['dx-solution', 'micro', 30 * M, 15 * M, 20 * M],
  ['dx-solution', 'micro', 50 * M, 20 * M, 20 * M], // 25 M, capped at 20 M
  ['dx-solution', 'small', 80 * M, 40 * M, 50 * M],
  ['dx-solution', 'small', 120 * M, 50 * M, 50 * M], // 60 M, capped at 50 M
  ['dx-solution', 'medium', 150 * M, 75 * M, 100 * M],
  ['dx-solution', 'medium', 300 * M, 100 * M, 100 * M], // 150 M, capped at 100 M
  ['dx-solution', 'large', 30 * M, null, 0],
  ...(['ip-consulting', 'technology-transfer-consulting'] as const).flatMap((kind) => [
    ...(['micro', 'small', 'medium'] as const).flatMap((size): [SubsidyItemKind, EnterpriseSize, number, number | null, number][] => [
      [kind, size, 150 * M, 75 * M, 100 * M],
      [kind, size, 250 * M, 100 * M, 100 * M], // 125 M, capped at 100 M
    ]),
    [kind, 'large', 150 * M, null, 0] as [SubsidyItemKind, EnterpriseSize, number, number | null, number],
  ]),
];

describe('calculateSubsidy: every Article 11 item for each size', () => {
  for (const [kind, size, cost, expected, cap] of ARTICLE_11) {
    it(`${kind}, ${size}, cost ${cost / M} M → ${expected === null ? 'not eligible' : `${expected / M} M`}`, () => {
      const item = support(size, kind, cost);
      expect(item.kind).toBe(kind);
      expect(item.cost).toBe(cost);
      expect(item.eligible).toBe(expected !== null);
      expect(item.support).toBe(expected ?? 0);
      expect(item.net).toBe(cost - (expected ?? 0));
      expect(item.cap).toBe(cap);
      expect(item.rate).toBe(expected === null ? 0 : 0.5);
      expect(item.capBasis).toBe(kind === 'dx-solution' ? 'per-year' : 'per-contract');
    });
  }
});

describe('calculateSubsidy: arithmetic', () => {
  it('rounds down to the whole đồng', () => {
    // 33,333,333 / 2 = 16,666,666.5 → 16,666,666; net 16,666,667.
    expect(support('small', 'ip-consulting', 33_333_333)).toMatchObject({ support: 16_666_666, net: 16_666_667 });
    // 99,999,999 / 2 = 49,999,999.5 → 49,999,999, just under the 50 M cap.
    expect(support('small', 'dx-consulting', 99_999_999).support).toBe(49_999_999);
  });

  it('meets the cap exactly at twice the cap, and holds it just above', () => {
    expect(support('small', 'dx-consulting', 100 * M).support).toBe(50 * M);
    // 100,000,002 / 2 = 50,000,001 > 50,000,000.
    expect(support('small', 'dx-consulting', 100 * M + 2).support).toBe(50 * M);
  });

  it('a zero cost is eligible for zero, not an error', () => {
    expect(support('medium', 'dx-solution', 0)).toMatchObject({ eligible: true, support: 0, net: 0 });
  });

  it('is exact where floating point is not', () => {
    const decree = JSON.parse(JSON.stringify(getProgramme()));
    const odd = parseProgramme({
      ...decree,
      id: 'sample-odd-rates',
      items: [
        { ...decree.items[2], kind: 'rate-29', sizes: { small: { rate: { numerator: 29, denominator: 100 }, cap: 10 ** 13 } } },
        { ...decree.items[2], kind: 'rate-999', sizes: { small: { rate: { numerator: 999, denominator: 1000 }, cap: 10 ** 13 } } },
      ],
    });
    const run = (kind: string, cost: number) => calculateSubsidy({ size: 'small', items: [{ kind, cost }] }, odd).items[0].support;
    // 100 × 29/100 = 29 exactly (100 × 0.29 is 28.999… in floating point).
    expect(run('rate-29', 100)).toBe(29);
    // 10^13 × 29/100 = 2,900,000,000,000.
    expect(run('rate-29', 10 ** 13)).toBe(2_900_000_000_000);
    // 9,999,997,458,001 × 999 = 9,989,997,460,542,999; / 1000 → 9,989,997,460,542 (floor of …542.999;
    // Math.floor(cost * 999 / 1000) in doubles gives …543).
    expect(run('rate-999', 9_999_997_458_001)).toBe(9_989_997_460_542);
  });

  it('adds up the totals', () => {
    // small: dx-consulting 60 M → 30 M; ip-consulting 250 M → 100 M (capped); dx-solution 20 M → 10 M.
    const { totals } = calculateSubsidy({
      size: 'small',
      items: [
        { kind: 'dx-consulting', cost: 60 * M },
        { kind: 'ip-consulting', cost: 250 * M },
        { kind: 'dx-solution', cost: 20 * M },
      ],
    });
    expect(totals).toEqual({ cost: 330 * M, support: 140 * M, net: 190 * M });
  });

  it('an empty list is zero everywhere', () => {
    expect(calculateSubsidy({ size: 'micro', items: [] })).toMatchObject({ items: [], totals: { cost: 0, support: 0, net: 0 } });
  });

  it('echoes label and id', () => {
    const [item] = calculateSubsidy({ size: 'micro', items: [{ kind: 'dx-solution', cost: 10 * M, label: 'Kế toán', id: 'row-1' }] }).items;
    expect(item).toMatchObject({ label: 'Kế toán', id: 'row-1', title: { en: 'Renting or buying digital-transformation solutions' } });
  });
});

describe('calculateSubsidy: caps', () => {
  it('splits the yearly solution cap across several solutions, in the order given', () => {
    // small: one 50 M yearly pool for every dx-solution item; the consulting contract has its own cap.
    //   solution 40 M → 20 M   (pool 50 → 30)
    //   consulting 150 M → 75 M capped 50 M (pool untouched)
    //   solution 30 M → 15 M   (pool 30 → 15)
    //   solution 60 M → 30 M, only 15 M left → 15 M (pool 15 → 0)
    //   solution 10 M → 5 M, nothing left → 0
    // totals: cost 290 M, support 100 M, net 190 M.
    const result = calculateSubsidy({
      size: 'small',
      items: [
        { kind: 'dx-solution', cost: 40 * M },
        { kind: 'dx-consulting', cost: 150 * M },
        { kind: 'dx-solution', cost: 30 * M },
        { kind: 'dx-solution', cost: 60 * M },
        { kind: 'dx-solution', cost: 10 * M },
      ],
    });
    expect(result.items.map((i) => i.support)).toEqual([20 * M, 50 * M, 15 * M, 15 * M, 0]);
    expect(result.items.map((i) => i.capLeft)).toEqual([50 * M, 50 * M, 30 * M, 15 * M, 0]);
    expect(result.items.every((i) => i.eligible)).toBe(true);
    expect(result.totals).toEqual({ cost: 290 * M, support: 100 * M, net: 190 * M });
  });

  it('order decides who gets the pool, not how much in total', () => {
    // Same solutions reversed: 10 M → 5 M (45 left), 60 M → 30 M (15 left), 30 M → 15 M (0 left), 40 M → 0.
    const result = calculateSubsidy({
      size: 'small',
      items: [10, 60, 30, 40].map((cost) => ({ kind: 'dx-solution', cost: cost * M })),
    });
    expect(result.items.map((i) => i.support)).toEqual([5 * M, 30 * M, 15 * M, 0]);
    expect(result.totals.support).toBe(50 * M);
  });

  it('uses the yearly cap of the size class', () => {
    // micro 20 M: 30 M → 15 M, 30 M → 15 M but 5 M left. medium 100 M: 120 M → 60 M, 120 M → 60 M but 40 M left.
    const pair = (size: EnterpriseSize, cost: number) =>
      calculateSubsidy({ size, items: [{ kind: 'dx-solution', cost }, { kind: 'dx-solution', cost }] }).items.map((i) => i.support);
    expect(pair('micro', 30 * M)).toEqual([15 * M, 5 * M]);
    expect(pair('medium', 120 * M)).toEqual([60 * M, 40 * M]);
  });

  it('caps each consulting contract on its own', () => {
    // Two small dx-consulting contracts of 150 M: each 75 M capped at 50 M; nothing shared.
    const result = calculateSubsidy({ size: 'small', items: [{ kind: 'dx-consulting', cost: 150 * M }, { kind: 'dx-consulting', cost: 150 * M }] });
    expect(result.items.map((i) => [i.support, i.capLeft])).toEqual([
      [50 * M, 50 * M],
      [50 * M, 50 * M],
    ]);
  });
});

describe('calculateSubsidy: reasons', () => {
  const clauses: [SubsidyItemKind, number][] = [
    ['dx-consulting', 1],
    ['dx-solution', 2],
    ['ip-consulting', 3],
    ['technology-transfer-consulting', 4],
  ];
  for (const [kind, clause] of clauses) {
    it(`${kind} cites Article 11 clause ${clause} in both languages, eligible or not`, () => {
      for (const size of ['micro', 'small', 'medium', 'large'] as const) {
        const item = support(size, kind, 10 * M);
        expect(item.reason.en).toContain(`Decree 80/2021/NĐ-CP, Article 11, clause ${clause}`);
        expect(item.reason.vi).toContain(`Khoản ${clause} Điều 11 Nghị định 80/2021/NĐ-CP`);
        expect(item.reference.en).toBe(`Decree 80/2021/NĐ-CP, Article 11, clause ${clause}`);
      }
    });
  }

  it('says who a clause covers when the size is not eligible', () => {
    expect(support('micro', 'dx-consulting', M).reason).toEqual({
      vi: 'Khoản 1 Điều 11 Nghị định 80/2021/NĐ-CP áp dụng cho doanh nghiệp nhỏ và vừa; doanh nghiệp siêu nhỏ không thuộc đối tượng được hỗ trợ.',
      en: 'Decree 80/2021/NĐ-CP, Article 11, clause 1 covers small and medium enterprises; a micro enterprise is not eligible.',
    });
    expect(support('large', 'dx-solution', M).reason.en).toBe(
      'Decree 80/2021/NĐ-CP, Article 11, clause 2 covers micro, small and medium enterprises; a large enterprise is not eligible.',
    );
  });

  it('shows the rate, the arithmetic and the cap that cut the support', () => {
    expect(support('small', 'dx-consulting', 150 * M).reason.en).toBe(
      'Decree 80/2021/NĐ-CP, Article 11, clause 1: up to 50% of the cost, at most 50,000,000 ₫ per contract; 50% of 150,000,000 ₫ is 75,000,000 ₫, capped at 50,000,000 ₫.',
    );
    expect(support('small', 'dx-consulting', 60 * M).reason.vi).toBe(
      'Khoản 1 Điều 11 Nghị định 80/2021/NĐ-CP: hỗ trợ tối đa 50% chi phí, không quá 50.000.000 ₫ mỗi hợp đồng; 50% của 60.000.000 ₫ là 30.000.000 ₫.',
    );
    const [, partly, none] = calculateSubsidy({
      size: 'micro',
      items: [30, 20, 10].map((cost) => ({ kind: 'dx-solution', cost: cost * M })),
    }).items;
    // micro pool 20 M: 15 M, then 10 M wanted but 5 M left, then nothing.
    expect(partly.reason.en).toMatch(/a year for all items of this kind together; 50% of 20,000,000 ₫ is 10,000,000 ₫; only 5,000,000 ₫ of the yearly cap was left after earlier items\.$/);
    expect(none.reason.en).toMatch(/the yearly cap was used up by earlier items, so no support is left\.$/);
    expect(none.reason.vi).toMatch(/hạn mức năm đã dùng hết cho các khoản trước nên không còn hỗ trợ\.$/);
  });
});

describe('calculateSubsidy: priority', () => {
  const items = [
    { kind: 'dx-solution', cost: 80 * M },
    { kind: 'dx-consulting', cost: 150 * M },
  ];

  it('reports the groups and that they change the queue, not the amounts', () => {
    const plain = calculateSubsidy({ size: 'small', items });
    const prioritised = calculateSubsidy({ size: 'small', items, priority: { womanOwned: true, manyFemaleWorkers: false, socialEnterprise: true } });
    expect(plain.priority).toBeUndefined();
    expect(prioritised.items).toEqual(plain.items);
    expect(prioritised.totals).toEqual(plain.totals);
    expect(prioritised.priority?.groups).toEqual(['womanOwned', 'socialEnterprise']);
    expect(prioritised.priority?.note.en).toMatch(/^Priority groups: woman-owned SME; social-enterprise SME\. Under Decree 80\/2021\/NĐ-CP, Article 4/);
    expect(prioritised.priority?.note.en).toContain('Priority changes only the place in that queue: Article 11 sets no higher rate and no higher cap');
    expect(prioritised.priority?.note.vi).toContain('Ưu tiên chỉ thay đổi thứ tự xét duyệt');
  });

  it('says so when no group applies', () => {
    const result = calculateSubsidy({ size: 'micro', items: [], priority: { womanOwned: false, manyFemaleWorkers: false, socialEnterprise: false } });
    expect(result.priority?.groups).toEqual([]);
    expect(result.priority?.note.en).toMatch(/^No priority group applies\. /);
    expect(result.priority?.note.vi).toMatch(/^Không thuộc nhóm ưu tiên nào\. /);
  });
});
