import { describe, expect, it } from 'vitest';
import { calculateSubsidy, priorityGroups, type PriorityGroupsInput } from '../../src/subsidy/index.js';

// domain.md §B.2: woman-owned = women hold ≥ 51% of charter capital AND a woman manages;
// many female workers = < 100 workers and ≥ 50% women, or ≥ 100 workers and ≥ 30% women.
const base: PriorityGroupsInput = { womenCapitalShare: 0, womanManager: false, employees: 10, femaleEmployees: 0, socialEnterprise: false };

describe('priorityGroups: woman-owned', () => {
  const cases: [number, boolean, boolean][] = [
    [0.51, true, true], // exactly 51%
    [1, true, true],
    [0.5099, true, false], // just below 51%
    [0.5, true, false],
    [0.51, false, false], // enough capital, no woman manager
    [0.9, false, false],
  ];
  for (const [share, manager, expected] of cases) {
    it(`${share * 100}% of capital, woman manager ${manager} → ${expected}`, () => {
      expect(priorityGroups({ ...base, womenCapitalShare: share, womanManager: manager }).womanOwned).toBe(expected);
    });
  }

  it('gives the reason in vi and en', () => {
    const yes = priorityGroups({ ...base, womenCapitalShare: 0.6, womanManager: true }).reasons.womanOwned;
    expect(yes.en).toBe(
      'Woman-owned SME (Law on Support for SMEs 04/2017/QH14, Article 3, clause 1): yes. Women hold 60% of the charter capital (at least 51% is needed) and a woman manages the business.',
    );
    expect(yes.vi).toMatch(/^Doanh nghiệp nhỏ và vừa do phụ nữ làm chủ \(Khoản 1 Điều 3 Luật Hỗ trợ doanh nghiệp nhỏ và vừa 04\/2017\/QH14\): có\./);
    expect(priorityGroups({ ...base, womenCapitalShare: 0.4, womanManager: true }).reasons.womanOwned.en).toMatch(
      /: no\. Women hold 40% of the charter capital; at least 51% is needed\.$/,
    );
    expect(priorityGroups({ ...base, womenCapitalShare: 0.6, womanManager: false }).reasons.womanOwned.en).toMatch(
      /: no\. Women hold 60% of the charter capital, but no woman manages the business\.$/,
    );
  });
});

describe('priorityGroups: many female workers', () => {
  const cases: [number, number, boolean][] = [
    [98, 49, true], // < 100 workers: 49/98 = 50%
    [98, 48, false], // 48/98 ≈ 48.98%
    [99, 50, true], // 50/99 ≈ 50.5%
    [99, 49, false], // 49/99 ≈ 49.49%
    [100, 30, true], // ≥ 100 workers: 30/100 = 30%
    [100, 29, false],
    [200, 60, true], // 30%
    [200, 59, false],
    [10, 10, true],
    [0, 0, false], // no workers is not "many female workers"
  ];
  for (const [employees, women, expected] of cases) {
    it(`${women} women of ${employees} workers → ${expected}`, () => {
      expect(priorityGroups({ ...base, employees, femaleEmployees: women }).manyFemaleWorkers).toBe(expected);
    });
  }

  it('names the threshold that applied', () => {
    expect(priorityGroups({ ...base, employees: 40, femaleEmployees: 12 }).reasons.manyFemaleWorkers.en).toBe(
      'SME employing many female workers (Decree 80/2021/NĐ-CP, Article 3, clause 8): no. 12 of 40 workers are women (30%); with fewer than 100 workers at least 50% is needed.',
    );
    expect(priorityGroups({ ...base, employees: 120, femaleEmployees: 36 }).reasons.manyFemaleWorkers.en).toMatch(
      /: yes\. 36 of 120 workers are women \(30%\); with 100 or more workers at least 30% is needed\.$/,
    );
    expect(priorityGroups({ ...base, employees: 0, femaleEmployees: 0 }).reasons.manyFemaleWorkers.en).toMatch(/: no\. The business has no workers\.$/);
  });
});

describe('priorityGroups: social enterprise', () => {
  it('follows the flag', () => {
    expect(priorityGroups({ ...base, socialEnterprise: true }).socialEnterprise).toBe(true);
    expect(priorityGroups({ ...base, socialEnterprise: false }).socialEnterprise).toBe(false);
    expect(priorityGroups({ ...base, socialEnterprise: true }).reasons.socialEnterprise.en).toMatch(/^Social-enterprise SME \(.*\): yes\. It is a social enterprise\.$/);
  });
});

describe('priorityGroups → calculateSubsidy', () => {
  it('its result is the priority input of the calculator', () => {
    const flags = priorityGroups({ womenCapitalShare: 0.3, womanManager: true, employees: 20, femaleEmployees: 12, socialEnterprise: false });
    // 12/20 = 60% ≥ 50% with < 100 workers; women hold 30% < 51%.
    expect(flags).toMatchObject({ womanOwned: false, manyFemaleWorkers: true, socialEnterprise: false });
    const result = calculateSubsidy({ size: 'micro', items: [{ kind: 'dx-solution', cost: 10_000_000 }], priority: flags });
    expect(result.priority?.groups).toEqual(['manyFemaleWorkers']);
    // 10,000,000 / 2 = 5,000,000: the same as without priority.
    expect(result.items[0].support).toBe(5_000_000);
  });
});
