import type { BilingualText } from '../bilingual-text.js';
import { assertCount, assertOneOf, assertRecord, assertVnd } from './assert-input.js';
import { assertProgramme } from './assert-programme.js';
import { getProgramme } from './get-programme.js';
import { largeReason, oneFigureReason, ruleReason, tierReason, type JudgedFigures, type TierCheck } from './classification-reasons.js';
import { ENTERPRISE_SECTORS, type EnterpriseSector } from './enterprise-sector.js';
import { SME_SIZES, type EnterpriseSize } from './enterprise-size.js';
import type { Programme } from './programme.js';
import { SubsidyInputError } from './subsidy-input-error.js';

/** The figures Article 5 sizes an enterprise by. Give revenue, capital, or both. */
export interface EnterpriseFigures {
  readonly sector: EnterpriseSector;
  /** Yearly average number of employees enrolled in social insurance (may be fractional). */
  readonly employees: number;
  /** Total revenue of the year, whole VND. `null` counts as not given. */
  readonly revenue?: number | null;
  /** Total capital (tổng nguồn vốn) of the year, whole VND. `null` counts as not given. */
  readonly capital?: number | null;
}

/**
 * Which money figures the size was judged on: both (`revenue-or-capital`, either may qualify),
 * or only the one given.
 */
export type ClassificationBasis = 'revenue-or-capital' | 'revenue-only' | 'capital-only';

/** The size class of an enterprise and why. */
export interface EnterpriseClassification {
  readonly size: EnterpriseSize;
  /**
   * The rule, then one line per size class tried (and for a single figure, a warning). Empty
   * when classified with `{ reasons: false }`.
   */
  readonly reasons: readonly BilingualText[];
  readonly basis: ClassificationBasis;
  /** The programme whose limits were applied. */
  readonly programme: { readonly id: string; readonly version: string };
}

/**
 * Classifies an enterprise as micro, small, medium or large under Decree 80/2021/NĐ-CP Article 5
 * (or another programme's limits). A class applies when headcount is within its limit AND
 * revenue OR capital is within its limit; the smallest class met wins; above medium is `large`.
 * With only one of revenue and capital, it judges on that one and says so.
 *
 * `options.reasons: false` skips writing the reasons (`reasons` is then empty): the size, basis
 * and validation are the same, at a fraction of the cost, for callers that classify in bulk and
 * only keep the size (`dbi-kit score`). Building the bilingual, number-formatted reasons is most
 * of the work otherwise.
 *
 * @throws {DbiError} `programme/invalid` when `programme` is not a programme object.
 * @throws {SubsidyInputError} unknown sector; negative, fractional or non-numeric VND; bad
 *   headcount; neither revenue nor capital (`subsidy/missing-figure`, field `revenue`).
 * @example
 * classifyEnterprise({ sector: 'trade-services', employees: 30, revenue: 20_000_000_000 }).size; // 'small'
 * classifyEnterprise(figures, getProgramme(), { reasons: false }).size; // the same size, no reasons
 */
export function classifyEnterprise(
  figures: EnterpriseFigures,
  programme: Programme = getProgramme(),
  options: { readonly reasons?: boolean } = {},
): EnterpriseClassification {
  assertProgramme(programme);
  const judged = validFigures(figures);
  const { reference, sectors } = programme.sizeClasses;
  const sector = sectors[figures.sector];
  const basis: ClassificationBasis =
    judged.capital === undefined ? 'revenue-only' : judged.revenue === undefined ? 'capital-only' : 'revenue-or-capital';
  const result = (size: EnterpriseSize, reasons: readonly BilingualText[]): EnterpriseClassification => ({
    size,
    reasons,
    basis,
    programme: { id: programme.id, version: programme.version },
  });
  if (options?.reasons === false) {
    // Article 5's rule alone, without the per-figure details only the reasons need.
    for (const size of SME_SIZES) if (meetsTier(sector.limits[size], judged)) return result(size, []);
    return result('large', []);
  }

  const reasons = [ruleReason(reference, sector)];
  // With one money figure, the other could only matter for a smaller class whose headcount
  // limit was met: only then is it worth saying.
  let otherFigureCouldMatter = false;
  const finish = (size: EnterpriseSize) => {
    if (basis !== 'revenue-or-capital' && otherFigureCouldMatter) reasons.splice(1, 0, oneFigureReason(basis === 'revenue-only' ? 'revenue' : 'capital'));
    return result(size, reasons);
  };
  for (const size of SME_SIZES) {
    const check = checkTier(size, sector.limits[size], judged);
    reasons.push(tierReason(check, judged));
    if (check.meets) return finish(size);
    otherFigureCouldMatter ||= check.employeesOk;
  }
  reasons.push(largeReason(reference));
  return finish('large');
}

function validFigures(figures: EnterpriseFigures): JudgedFigures {
  assertRecord(figures, 'input');
  const { sector, employees } = figures;
  assertOneOf(sector, ENTERPRISE_SECTORS, 'sector', 'subsidy/unknown-sector');
  assertCount(employees, 'employees');
  const revenue = figures.revenue ?? undefined;
  const capital = figures.capital ?? undefined;
  if (revenue !== undefined) assertVnd(revenue, 'revenue');
  if (capital !== undefined) assertVnd(capital, 'capital');
  if (revenue === undefined && capital === undefined) {
    throw new SubsidyInputError('subsidy/missing-figure', 'revenue', 'Article 5 needs revenue or capital; neither was given');
  }
  return { employees, revenue, capital };
}

/** Article 5's test for one class: headcount within its limit AND revenue OR capital (as given) within its limit. */
function meetsTier(limits: TierCheck['limits'], figures: JudgedFigures): boolean {
  if (figures.employees > limits.employees) return false;
  return (figures.revenue !== undefined && figures.revenue <= limits.revenue) || (figures.capital !== undefined && figures.capital <= limits.capital);
}

function checkTier(size: TierCheck['size'], limits: TierCheck['limits'], figures: JudgedFigures): TierCheck {
  const money = (['revenue', 'capital'] as const).flatMap((figure) => {
    const value = figures[figure];
    return value === undefined ? [] : [{ figure, value, ok: value <= limits[figure] }];
  });
  const employeesOk = figures.employees <= limits.employees;
  // The rule itself is meetsTier's, so both paths classify alike; the details are for the reasons.
  return { size, limits, employeesOk, money, meets: meetsTier(limits, figures) };
}
