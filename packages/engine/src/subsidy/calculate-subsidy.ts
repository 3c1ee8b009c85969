import type { BilingualText } from '../bilingual-text.js';
import { assertArray, assertBoolean, assertOneOf, assertOptionalString, assertRecord, assertVnd } from './assert-input.js';
import { applyRate } from './apply-rate.js';
import { ENTERPRISE_SIZES, type EnterpriseSize } from './enterprise-size.js';
import { assertProgramme } from './assert-programme.js';
import { getProgramme } from './get-programme.js';
import { PRIORITY_GROUPS, type PriorityFlags, type PriorityGroup } from './priority-groups.js';
import type { CapBasis, RateFraction, Programme, ProgrammeItem } from './programme.js';
import { ineligibleReason, supportReason } from './subsidy-reasons.js';
import { SubsidyInputError } from './subsidy-input-error.js';

/**
 * An item kind of Decree 80/2021 Article 11 (clauses 1–4), or any kind another programme defines.
 */
export type SubsidyItemKind = 'dx-consulting' | 'dx-solution' | 'ip-consulting' | 'technology-transfer-consulting' | (string & {});

/** One cost to be subsidised. */
export interface SubsidyItemInput {
  readonly kind: SubsidyItemKind;
  /** Whole VND (an integer ≥ 0), as the programme defines it (see the README on VAT). */
  readonly cost: number;
  /** The caller's own name for the item, echoed back. */
  readonly label?: string;
  /** The caller's own id for the item, echoed back. */
  readonly id?: string;
}

/** What to calculate: a size class, the items in order, and optionally the priority flags. */
export interface SubsidyInput {
  readonly size: EnterpriseSize;
  /** In order: items that share a yearly cap take it first come, first served. */
  readonly items: readonly SubsidyItemInput[];
  /** The result of `priorityGroups`, or the flags alone. Reported; it changes no amount. */
  readonly priority?: PriorityFlags;
}

/** One item's support. Money is whole VND. */
export interface SubsidyItemResult {
  readonly id?: string;
  readonly kind: string;
  readonly label?: string;
  /** The programme's name for this kind. */
  readonly title: BilingualText;
  readonly cost: number;
  /** The rate as a number (0.5), for display; 0 when not eligible. */
  readonly rate: number;
  /** The exact rate the support was computed with. */
  readonly rateFraction: RateFraction;
  /** The full cap for this size class; 0 when not eligible. */
  readonly cap: number;
  readonly capBasis: CapBasis;
  /** The cap still available when this item was reached (less than `cap` once a yearly cap is in use). */
  readonly capLeft: number;
  /** min(floor(cost × rate), capLeft). */
  readonly support: number;
  /** cost − support. */
  readonly net: number;
  readonly eligible: boolean;
  /** The legal provision, e.g. "Decree 80/2021/NĐ-CP, Article 11, clause 2". */
  readonly reference: BilingualText;
  /** The provision, the arithmetic and the cap that applied, or why the item is not eligible. */
  readonly reason: BilingualText;
}

/** The support for every item, the totals, and the priority note when flags were given. */
export interface SubsidyResult {
  readonly programme: { readonly id: string; readonly version: string };
  readonly size: EnterpriseSize;
  readonly items: readonly SubsidyItemResult[];
  readonly totals: { readonly cost: number; readonly support: number; readonly net: number };
  /** Present when `priority` was given: the groups that apply and what that means. */
  readonly priority?: { readonly groups: readonly PriorityGroup[]; readonly note: BilingualText };
}

const NO_RATE: RateFraction = { numerator: 0, denominator: 1 };

/**
 * The most the State can pay towards each item under Decree 80/2021/NĐ-CP Article 11 (or another
 * programme): per item min(floor(cost × rate), cap left), where items sharing a yearly cap take it
 * in the order given. Large enterprises, and sizes a clause does not list, get nothing, with the
 * reason. Priority flags are reported with the programme's note: under Decree 80 they change the
 * place in the queue, never the amount.
 *
 * @throws {DbiError} `programme/invalid` when `programme` is not a programme object.
 * @throws {SubsidyInputError} unknown size or kind; a cost that is not whole VND; a bad label, id
 *   or priority flag. The field is named, e.g. `items[2].cost`.
 * @example
 * const result = calculateSubsidy({
 *   size: 'small',
 *   items: [
 *     { kind: 'dx-solution', cost: 80_000_000, label: 'Accounting suite' },
 *     { kind: 'dx-solution', cost: 40_000_000, label: 'E-invoices' },
 *   ],
 * });
 * result.items.map((i) => i.support); // [40_000_000, 10_000_000]: one 50,000,000 ₫ yearly cap
 * result.totals; // { cost: 120_000_000, support: 50_000_000, net: 70_000_000 }
 */
export function calculateSubsidy(input: SubsidyInput, programme: Programme = getProgramme()): SubsidyResult {
  assertProgramme(programme);
  assertRecord(input, 'input');
  const { size, items, priority } = input;
  assertOneOf(size, ENTERPRISE_SIZES, 'size', 'subsidy/unknown-size');
  assertArray(items, 'items');
  const definitions = new Map(programme.items.map((item) => [item.kind, item]));
  const kinds = [...definitions.keys()];
  const yearlyCapLeft = new Map<string, number>();

  const results = items.map((raw: unknown, index): SubsidyItemResult => {
    const field = `items[${index}]`;
    assertRecord(raw, field);
    assertOneOf(raw.kind, kinds, `${field}.kind`, 'subsidy/unknown-kind');
    assertVnd(raw.cost, `${field}.cost`);
    assertOptionalString(raw.label, `${field}.label`);
    assertOptionalString(raw.id, `${field}.id`);
    const item = definitions.get(raw.kind)!;
    const base = { id: raw.id, kind: raw.kind, label: raw.label, title: item.title, cost: raw.cost, capBasis: item.capBasis, reference: item.reference };
    return itemSupport(base, item, size, yearlyCapLeft);
  });

  const totals = { cost: 0, support: 0, net: 0 };
  for (const result of results) {
    totals.cost += result.cost;
    totals.support += result.support;
  }
  totals.net = totals.cost - totals.support;
  if (!Number.isSafeInteger(totals.cost)) {
    throw new SubsidyInputError('subsidy/invalid-amount', 'items', `the costs add up to more than ${Number.MAX_SAFE_INTEGER} ₫, beyond exact arithmetic`);
  }

  return {
    programme: { id: programme.id, version: programme.version },
    size,
    items: results,
    totals,
    ...(priority === undefined ? {} : { priority: priorityNote(priority, programme) }),
  };
}

type ItemBase = Pick<SubsidyItemResult, 'id' | 'kind' | 'label' | 'title' | 'cost' | 'capBasis' | 'reference'>;

function itemSupport(base: ItemBase, item: ProgrammeItem, size: EnterpriseSize, yearlyCapLeft: Map<string, number>): SubsidyItemResult {
  const terms = item.sizes[size];
  if (!terms) {
    const reason = ineligibleReason(item, size);
    return { ...base, rate: 0, rateFraction: NO_RATE, cap: 0, capLeft: 0, support: 0, net: base.cost, eligible: false, reason };
  }
  const perYear = item.capBasis === 'per-year';
  const capLeft = perYear ? (yearlyCapLeft.get(item.kind) ?? terms.cap) : terms.cap;
  const gross = applyRate(base.cost, terms.rate);
  const support = Math.min(gross, capLeft);
  if (perYear) yearlyCapLeft.set(item.kind, capLeft - support);
  return {
    ...base,
    rate: terms.rate.numerator / terms.rate.denominator,
    rateFraction: terms.rate,
    cap: terms.cap,
    capLeft,
    support,
    net: base.cost - support,
    eligible: true,
    reason: supportReason({ item, terms, cost: base.cost, gross, capLeft, support }),
  };
}

function priorityNote(priority: unknown, programme: Programme): NonNullable<SubsidyResult['priority']> {
  assertRecord(priority, 'priority');
  for (const group of PRIORITY_GROUPS) assertBoolean(priority[group], `priority.${group}`);
  const groups = PRIORITY_GROUPS.filter((group) => priority[group] === true);
  const { effect } = programme.priority;
  const titles = (lang: 'vi' | 'en') => groups.map((group) => programme.priority[group].title[lang]).join('; ');
  return {
    groups,
    note: {
      vi: `${groups.length > 0 ? `Nhóm ưu tiên: ${titles('vi')}.` : 'Không thuộc nhóm ưu tiên nào.'} ${effect.vi}`,
      en: `${groups.length > 0 ? `Priority groups: ${titles('en')}.` : 'No priority group applies.'} ${effect.en}`,
    },
  };
}
