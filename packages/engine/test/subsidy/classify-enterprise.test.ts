import { describe, expect, it } from 'vitest';
import { classifyEnterprise, type EnterpriseSector, type EnterpriseSize } from '../../src/subsidy/index.js';

// Decree 80/2021/NĐ-CP Article 5, typed here by hand from domain.md §B.1 (not read from the data
// file, so these tests check the data): [employees, revenue, capital], all "not exceeding".
const BN = 1_000_000_000;
type Limits = readonly [employees: number, revenue: number, capital: number];
const AGRI_INDUSTRY: Record<'micro' | 'small' | 'medium', Limits> = {
  micro: [10, 3 * BN, 3 * BN],
  small: [100, 50 * BN, 20 * BN],
  medium: [200, 200 * BN, 100 * BN],
};
const ARTICLE_5: Record<EnterpriseSector, Record<'micro' | 'small' | 'medium', Limits>> = {
  'agriculture-forestry-fishery': AGRI_INDUSTRY,
  'industry-construction': AGRI_INDUSTRY,
  'trade-services': {
    micro: [10, 10 * BN, 3 * BN],
    small: [50, 100 * BN, 50 * BN],
    medium: [100, 300 * BN, 100 * BN],
  },
};
// Limits grow with the class, so failing one class by a single unit lands in the next one.
const NEXT: Record<'micro' | 'small' | 'medium', EnterpriseSize> = { micro: 'small', small: 'medium', medium: 'large' };

describe('classifyEnterprise: every Article 5 row at, just below and just above each limit', () => {
  for (const [sector, rows] of Object.entries(ARTICLE_5) as [EnterpriseSector, typeof AGRI_INDUSTRY][]) {
    for (const [size, [employees, revenue, capital]] of Object.entries(rows) as ['micro' | 'small' | 'medium', Limits][]) {
      const next = NEXT[size];
      const cases: [string, { employees: number; revenue?: number; capital?: number }, EnterpriseSize][] = [
        ['every figure at its limit', { employees, revenue, capital }, size],
        ['every figure just below', { employees: employees - 1, revenue: revenue - 1, capital: capital - 1 }, size],
        ['employees just above', { employees: employees + 1, revenue, capital }, next],
        ['employees a fraction above (yearly average)', { employees: employees + 0.5, revenue, capital }, next],
        ['revenue above, capital at: capital qualifies', { employees, revenue: revenue + 1, capital }, size],
        ['revenue at, capital above: revenue qualifies', { employees, revenue, capital: capital + 1 }, size],
        ['revenue and capital both just above', { employees, revenue: revenue + 1, capital: capital + 1 }, next],
        ['only revenue, at its limit', { employees, revenue }, size],
        ['only revenue, just above', { employees, revenue: revenue + 1 }, next],
        ['only capital, at its limit', { employees, capital }, size],
        ['only capital, just above', { employees, capital: capital + 1 }, next],
      ];
      for (const [name, figures, expected] of cases) {
        it(`${sector} ${size}: ${name} → ${expected}`, () => {
          expect(classifyEnterprise({ sector, ...figures }).size).toBe(expected);
        });
      }
    }
  }
});

describe('classifyEnterprise: revenue OR capital', () => {
  it('takes the smallest class either figure reaches', () => {
    // trade-services, 5 employees: revenue 50 bn is beyond micro (10 bn), capital 2 bn is within micro (3 bn).
    expect(classifyEnterprise({ sector: 'trade-services', employees: 5, revenue: 50 * BN, capital: 2 * BN }).size).toBe('micro');
    // Swap them: revenue 2 bn within micro.
    expect(classifyEnterprise({ sector: 'trade-services', employees: 5, revenue: 2 * BN, capital: 50 * BN }).size).toBe('micro');
  });

  it('headcount still rules a class out whatever the money says', () => {
    // industry, 150 employees (> 100 small limit), tiny revenue and capital: medium.
    expect(classifyEnterprise({ sector: 'industry-construction', employees: 150, revenue: 1, capital: 1 }).size).toBe('medium');
  });

  it('the same figures differ by sector group', () => {
    // 60 employees: small in agriculture (≤ 100), but above the trade-services small limit (50): medium.
    const figures = { employees: 60, revenue: 40 * BN, capital: 10 * BN };
    expect(classifyEnterprise({ sector: 'agriculture-forestry-fishery', ...figures }).size).toBe('small');
    expect(classifyEnterprise({ sector: 'trade-services', ...figures }).size).toBe('medium');
  });

  it('zero figures are a valid micro enterprise, not an error', () => {
    expect(classifyEnterprise({ sector: 'trade-services', employees: 0, revenue: 0, capital: 0 }).size).toBe('micro');
  });

  it('null counts as not given', () => {
    const result = classifyEnterprise({ sector: 'trade-services', employees: 5, revenue: null, capital: 2 * BN });
    expect(result).toMatchObject({ size: 'micro', basis: 'capital-only' });
  });
});

describe('classifyEnterprise: reasons', () => {
  it('names Article 5, the sector and the thresholds that decided, in vi and en', () => {
    // trade-services, 30 employees: not micro (30 > 10; revenue 20 bn > 10 bn and capital 60 bn > 3 bn);
    // small (30 ≤ 50; revenue 20 bn ≤ 100 bn, while capital 60 bn > 50 bn).
    const { size, reasons, basis } = classifyEnterprise({ sector: 'trade-services', employees: 30, revenue: 20 * BN, capital: 60 * BN });
    expect(size).toBe('small');
    expect(basis).toBe('revenue-or-capital');
    expect(reasons).toHaveLength(3);
    expect(reasons[0].en).toContain('Decree 80/2021/NĐ-CP, Article 5 (trade and services)');
    expect(reasons[0].vi).toContain('Điều 5 Nghị định 80/2021/NĐ-CP (lĩnh vực thương mại và dịch vụ)');
    expect(reasons[1].en).toBe(
      'Not micro: employees 30 above the limit of 10; revenue 20,000,000,000 ₫ above the limit of 10,000,000,000 ₫ and capital 60,000,000,000 ₫ above the limit of 3,000,000,000 ₫.',
    );
    expect(reasons[2].en).toBe('Small: employees 30 within the limit of 50; revenue 20,000,000,000 ₫ within the limit of 100,000,000,000 ₫.');
    expect(reasons[2].vi).toBe('Doanh nghiệp nhỏ: số lao động 30 không vượt mức 50; tổng doanh thu 20.000.000.000 ₫ không vượt mức 100.000.000.000 ₫.');
  });

  it('says when only one of revenue and capital was given and the other could have made the enterprise smaller', () => {
    // industry, 8 employees (micro allows 10) but revenue 5 bn (micro allows 3 bn): small, and capital within
    // micro's 3 bn could have made it micro.
    const revenueOnly = classifyEnterprise({ sector: 'industry-construction', employees: 8, revenue: 5 * BN });
    expect([revenueOnly.size, revenueOnly.basis]).toEqual(['small', 'revenue-only']);
    expect(revenueOnly.reasons[1].en).toMatch(/^Only revenue was given, so the size is judged on revenue alone/);
    expect(revenueOnly.reasons[1].vi).toMatch(/^Chỉ có tổng doanh thu/);

    const capitalOnly = classifyEnterprise({ sector: 'industry-construction', employees: 8, capital: 5 * BN });
    expect(capitalOnly.basis).toBe('capital-only');
    expect(capitalOnly.reasons[1].en).toMatch(/^Only capital was given/);
  });

  it('does not say the other figure could matter when no smaller class failed on the given one', () => {
    const only = (r: { reasons: readonly { en: string }[] }) => r.reasons.filter((reason) => reason.en.startsWith('Only '));
    // micro already: nothing is smaller.
    const micro = classifyEnterprise({ sector: 'trade-services', employees: 5, revenue: 1 * BN });
    expect([micro.size, only(micro)]).toEqual(['micro', []]);
    // large on headcount alone (250 > 200 for every class): no money figure could change it.
    const large = classifyEnterprise({ sector: 'industry-construction', employees: 250, capital: 1 * BN });
    expect([large.size, only(large)]).toEqual(['large', []]);
  });

  it('explains large: every class ruled out, then above the medium limits', () => {
    // agriculture, 250 employees > 200: not micro, small or medium.
    const { size, reasons } = classifyEnterprise({ sector: 'agriculture-forestry-fishery', employees: 250, revenue: 1 * BN });
    expect(size).toBe('large');
    expect(reasons.map((r) => r.en.split(':')[0])).toEqual(['Decree 80/2021/NĐ-CP, Article 5 (agriculture, forestry and fishery)', 'Not micro', 'Not small', 'Not medium', 'Large']);
    expect(reasons[3].en).toBe('Not medium: employees 250 above the limit of 200.');
    expect(reasons[4].vi).toContain('Doanh nghiệp lớn');
  });

  it('reports the programme whose limits it applied', () => {
    expect(classifyEnterprise({ sector: 'trade-services', employees: 1, revenue: 1 }).programme).toEqual({ id: 'decree-80-2021', version: '1.0.0' });
  });
});
