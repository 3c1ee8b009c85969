import { bilingual, type BilingualText } from '../bilingual-text.js';
import { assertBoolean, assertCount, assertRecord, assertShare } from './assert-input.js';
import { capitalize, formatNumber, formatPercent } from './format-figures.js';
import { assertProgramme } from './assert-programme.js';
import { getProgramme } from './get-programme.js';
import type { RateFraction, Programme } from './programme.js';
import { SubsidyInputError } from './subsidy-input-error.js';

/** The priority groups of Decree 80/2021/NĐ-CP (Article 4), in the order the Decree names them. */
export const PRIORITY_GROUPS = ['womanOwned', 'manyFemaleWorkers', 'socialEnterprise'] as const;

/** A priority group: woman-owned, employing many female workers, or a social enterprise. */
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];

/** Which priority groups an SME belongs to; `calculateSubsidy` takes this as `priority`. */
export type PriorityFlags = Readonly<Record<PriorityGroup, boolean>>;

/** The facts the priority groups are decided on. */
export interface PriorityGroupsInput {
  /** Share of charter capital held by women, from 0 to 1 (0.51 for 51%). */
  readonly womenCapitalShare: number;
  /** Whether at least one of those women manages the business. */
  readonly womanManager: boolean;
  /** Number of workers (may be a yearly average). */
  readonly employees: number;
  /** Number of those workers who are women; at most `employees`. */
  readonly femaleEmployees: number;
  /** Whether the business is a social enterprise under the Law on Enterprises. */
  readonly socialEnterprise: boolean;
}

/** The flags, plus one reason per group saying why it does or does not apply. */
export interface PriorityGroupsResult extends PriorityFlags {
  readonly reasons: Readonly<Record<PriorityGroup, BilingualText>>;
}

/**
 * Decides the priority groups: woman-owned (women hold ≥ 51% of charter capital and a woman
 * manages), many female workers (≥ 50% women with fewer than 100 workers, ≥ 30% from 100), and
 * social enterprise. The thresholds come from the programme data. Under Decree 80/2021 these
 * groups come first in the queue; they get no higher rate or cap.
 *
 * @throws {DbiError} `programme/invalid` when `programme` is not a programme object.
 * @throws {SubsidyInputError} a share outside 0..1, a bad headcount, more women than workers, or a
 *   yes/no field that is not a boolean.
 * @example
 * const flags = priorityGroups({ womenCapitalShare: 0.6, womanManager: true, employees: 40, femaleEmployees: 12, socialEnterprise: false });
 * flags.womanOwned; // true
 * calculateSubsidy({ size: 'small', items, priority: flags }).priority?.note.en; // "... queue ... unchanged."
 */
export function priorityGroups(input: PriorityGroupsInput, programme: Programme = getProgramme()): PriorityGroupsResult {
  assertProgramme(programme);
  assertRecord(input, 'input');
  const { womenCapitalShare: share, womanManager, employees, femaleEmployees, socialEnterprise } = input;
  assertShare(share, 'womenCapitalShare');
  assertBoolean(womanManager, 'womanManager');
  assertCount(employees, 'employees');
  assertCount(femaleEmployees, 'femaleEmployees');
  if (femaleEmployees > employees) {
    throw new SubsidyInputError('subsidy/invalid-count', 'femaleEmployees', `${femaleEmployees} women out of ${employees} workers`);
  }
  assertBoolean(socialEnterprise, 'socialEnterprise');

  const rules = programme.priority;
  const minCapital = rules.womanOwned.minCapitalShare;
  const enoughCapital = share >= ratio(minCapital);
  const womanOwned = enoughCapital && womanManager;

  const { staffThreshold } = rules.manyFemaleWorkers;
  const minWomen = employees < staffThreshold ? rules.manyFemaleWorkers.minShareBelowThreshold : rules.manyFemaleWorkers.minShareFromThreshold;
  // Cross-multiplied so whole headcounts compare exactly.
  const manyFemaleWorkers = employees > 0 && femaleEmployees * minWomen.denominator >= employees * minWomen.numerator;

  const verdict = (group: PriorityGroup, applies: boolean, detail: BilingualText): BilingualText => {
    const { title, reference } = rules[group];
    return {
      vi: `${capitalize(title.vi)} (${reference.vi}): ${applies ? 'có' : 'không'}. ${detail.vi}`,
      en: `${capitalize(title.en)} (${reference.en}): ${applies ? 'yes' : 'no'}. ${detail.en}`,
    };
  };

  return {
    womanOwned,
    manyFemaleWorkers,
    socialEnterprise,
    reasons: {
      womanOwned: verdict('womanOwned', womanOwned, womanOwnedDetail(share, minCapital, enoughCapital, womanManager)),
      manyFemaleWorkers: verdict(
        'manyFemaleWorkers',
        manyFemaleWorkers,
        femaleWorkersDetail(employees, femaleEmployees, staffThreshold, minWomen),
      ),
      socialEnterprise: verdict('socialEnterprise', socialEnterprise, {
        vi: socialEnterprise ? 'Là doanh nghiệp xã hội.' : 'Không phải doanh nghiệp xã hội.',
        en: socialEnterprise ? 'It is a social enterprise.' : 'It is not a social enterprise.',
      }),
    },
  };
}

const ratio = (fraction: RateFraction): number => fraction.numerator / fraction.denominator;

function womanOwnedDetail(share: number, min: RateFraction, enoughCapital: boolean, womanManager: boolean): BilingualText {
  return bilingual((lang) => {
    const held = lang === 'vi' ? `Phụ nữ sở hữu ${formatPercent(share, lang)} vốn điều lệ` : `Women hold ${formatPercent(share, lang)} of the charter capital`;
    const needed = lang === 'vi' ? `cần ít nhất ${formatPercent(min, lang)}` : `at least ${formatPercent(min, lang)} is needed`;
    if (!enoughCapital) return `${held}; ${needed}.`;
    if (!womanManager) return lang === 'vi' ? `${held} nhưng không có phụ nữ quản lý, điều hành doanh nghiệp.` : `${held}, but no woman manages the business.`;
    return lang === 'vi' ? `${held} (${needed}) và có phụ nữ quản lý, điều hành doanh nghiệp.` : `${held} (${needed}) and a woman manages the business.`;
  });
}

function femaleWorkersDetail(employees: number, women: number, threshold: number, min: RateFraction): BilingualText {
  if (employees === 0) return { vi: 'Doanh nghiệp không có lao động.', en: 'The business has no workers.' };
  return bilingual((lang) => {
    const [e, w, t] = [employees, women, threshold].map((n) => formatNumber(n, lang));
    const share = formatPercent(women / employees, lang);
    return lang === 'vi'
      ? `${w} trên ${e} lao động là nữ (${share}); doanh nghiệp có ${employees < threshold ? `dưới ${t}` : `từ ${t}`} lao động cần ít nhất ${formatPercent(min, lang)} lao động nữ.`
      : `${w} of ${e} workers are women (${share}); with ${employees < threshold ? `fewer than ${t}` : `${t} or more`} workers at least ${formatPercent(min, lang)} is needed.`;
  });
}
