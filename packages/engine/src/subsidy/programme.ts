import type { BilingualText } from '../bilingual-text.js';
import type { EnterpriseSector } from './enterprise-sector.js';
import type { EnterpriseSize, SmeSize } from './enterprise-size.js';

/**
 * How far a programme's rules can be trusted: `official` (taken from the official text),
 * `reconstructed` (rebuilt from secondary renderings of it) or `provisional` (a draft or our own
 * choice). `statusNote` says why.
 */
export type ProgrammeStatus = 'official' | 'reconstructed' | 'provisional';

/**
 * An exact fraction, e.g. `{ numerator: 1, denominator: 2 }` for 50%. Rates are fractions so that
 * `floor(cost × rate)` is exact for every whole-VND cost.
 */
export interface RateFraction {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * `per-contract`: each item has its own cap. `per-year`: one cap a year, shared by every item of
 * the same kind, taken in the order the items are given.
 */
export type CapBasis = 'per-contract' | 'per-year';

/** The Article 5 limits of one size class: all inclusive ("không quá", not exceeding). */
export interface SizeLimits {
  /** Yearly average headcount enrolled in social insurance. */
  readonly employees: number;
  /** Total revenue of the year, whole VND. */
  readonly revenue: number;
  /** Total capital (tổng nguồn vốn) of the year, whole VND. */
  readonly capital: number;
}

/** One sector group's name and its limits per SME size class. */
export interface SectorSizeLimits {
  readonly title: BilingualText;
  readonly limits: Readonly<Record<SmeSize, SizeLimits>>;
}

/** The size-class rules of a programme (Article 5 for Decree 80/2021). */
export interface SizeClassRules {
  readonly reference: BilingualText;
  readonly sectors: Readonly<Record<EnterpriseSector, SectorSizeLimits>>;
}

/** What one size class gets for one item kind. */
export interface ItemTerms {
  readonly rate: RateFraction;
  /** The most the State pays, whole VND, per contract or per year (see `capBasis`). */
  readonly cap: number;
}

/** One kind of supported cost, e.g. Article 11 clause 2 (renting or buying DX solutions). */
export interface ProgrammeItem {
  /** The id callers pass as an item's `kind`, e.g. `'dx-solution'`. */
  readonly kind: string;
  readonly title: BilingualText;
  /** The legal provision, named in every reason, e.g. "Decree 80/2021/NĐ-CP, Article 11, clause 2". */
  readonly reference: BilingualText;
  readonly capBasis: CapBasis;
  /** The eligible size classes and their terms; a size not listed is not eligible. */
  readonly sizes: Readonly<Partial<Record<EnterpriseSize, ItemTerms>>>;
}

/** A legal instrument a programme rests on. Dates are ISO `YYYY-MM-DD`. */
export interface ProgrammeReference {
  readonly id: string;
  readonly title: BilingualText;
  readonly issued?: string;
  readonly inForce?: string;
  /** The articles and clauses used, each in vi and en. */
  readonly provisions: readonly BilingualText[];
  readonly url?: string;
}

/** Who comes first in the queue, and what that priority does. */
export interface PriorityRules {
  /** What priority does under this programme (for Decree 80: queue order only). */
  readonly effect: BilingualText;
  readonly womanOwned: {
    readonly title: BilingualText;
    readonly reference: BilingualText;
    /** The least share of charter capital women must hold (Decree 80: 51/100). */
    readonly minCapitalShare: RateFraction;
  };
  readonly manyFemaleWorkers: {
    readonly title: BilingualText;
    readonly reference: BilingualText;
    /** Headcount from which `minShareFromThreshold` applies instead of `minShareBelowThreshold`. */
    readonly staffThreshold: number;
    readonly minShareBelowThreshold: RateFraction;
    readonly minShareFromThreshold: RateFraction;
  };
  readonly socialEnterprise: {
    readonly title: BilingualText;
    readonly reference: BilingualText;
  };
}

/** A choice the programme data makes where the sources are silent. */
export interface ProvisionalPoint {
  readonly id: string;
  readonly text: BilingualText;
}

/**
 * A subsidy programme as data: size limits, supported items with rates and caps, priority
 * groups, legal references and status. `decree-80-2021` is bundled; load others with
 * {@link parseProgramme}.
 */
export interface Programme {
  readonly id: string;
  readonly version: string;
  readonly title: BilingualText;
  readonly status: ProgrammeStatus;
  readonly statusNote: BilingualText;
  /** ISO dates; `until` is `null` while the programme is in force. */
  readonly effective: { readonly from: string; readonly until: string | null };
  readonly references: readonly ProgrammeReference[];
  readonly sizeClasses: SizeClassRules;
  readonly items: readonly ProgrammeItem[];
  readonly priority: PriorityRules;
  readonly provisional: readonly ProvisionalPoint[];
}
