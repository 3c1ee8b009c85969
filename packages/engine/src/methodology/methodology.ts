import type { BilingualText } from '../bilingual-text.js';

/** Which DBI index a methodology scores: small and medium-sized, large, or a corporation (group). */
export type MethodologyGroup = 'sme' | 'large' | 'corporation';

/**
 * How far the data can be trusted: `official` (taken from the official text), `reconstructed`
 * (rebuilt from secondary renderings of it) or `provisional` (a draft or our own choice).
 * A methodology with any provisional criterion or rule can never be `official`.
 */
export type SourceStatus = 'official' | 'reconstructed' | 'provisional';

/** A document the data was built from. */
export interface SourceReference {
  readonly title: string;
  readonly url: string;
}

/** Where a methodology comes from, and how faithful the data is to it. */
export interface MethodologySource {
  /** The legal instrument, e.g. Decision 1970/QĐ-BTTTT. */
  readonly instrument: BilingualText;
  readonly url: string;
  readonly status: SourceStatus;
  /** Why the status is what it is, and what the data could not be checked against. */
  readonly note: BilingualText;
  readonly references: readonly SourceReference[];
}

/** One maturity level (0 = not started … 5 = leading in the 2021 DBI). */
export interface Level {
  readonly level: number;
  readonly name: BilingualText;
  readonly description: BilingualText;
}

/** Marks a criterion or rule that is our choice where the source is silent, and says why. */
export interface ProvisionalMark {
  /** `true` when the source does not settle this criterion or rule; `provisionalReason` says why. */
  readonly provisional: boolean;
  readonly provisionalReason?: BilingualText;
}

/** A pillar reaches `level` when its percent of its maximum is strictly above `abovePercent`. */
export interface PillarLevelBand {
  readonly level: number;
  /** A whole percent, 0 ≤ abovePercent < 100. */
  readonly abovePercent: number;
}

/** A pillar's level: the highest band whose `abovePercent` its percent exceeds, else 0. */
export interface PillarLevelRule extends ProvisionalMark {
  /** One band per level from 1 up, thresholds rising. */
  readonly bands: readonly PillarLevelBand[];
}

/** Level `level` needs total points strictly above `abovePoints` and `minPillars` pillars at `level` or higher. */
export interface OverallLevelThreshold {
  readonly level: number;
  readonly abovePoints: number;
  readonly minPillars: number;
}

/** The overall level: the highest level whose two conditions both hold, else 0. */
export interface OverallLevelRule extends ProvisionalMark {
  /** One threshold per level from 1 up, points rising. */
  readonly thresholds: readonly OverallLevelThreshold[];
}

interface CriterionBase extends ProvisionalMark {
  /** The source numbering, e.g. `1.1.1`. Stable: it is an answer key and a CSV column name. */
  readonly id: string;
  readonly title: BilingualText;
  /** The source's sub-heading (group) the criterion sits under, if any. */
  readonly section?: BilingualText;
  /** Points per unit of the answer's scale (the 2021 strategy criterion has 5: 0–25 points). */
  readonly multiplier: number;
}

/**
 * An ordinal ladder. The answer is the step `0 … steps.length - 1`, worth `step × multiplier`
 * points. With a `gate`, step 0 is the gate's "No" and steps 1… follow a "Yes".
 */
export interface LadderCriterion extends CriterionBase {
  readonly kind: 'ladder';
  /** The yes/no question asked first; "No" is step 0. */
  readonly gate?: BilingualText;
  /** The question the steps answer, when the title alone does not ask it. */
  readonly question?: BilingualText;
  /** The text of each step; `steps[answer]` describes that answer. */
  readonly steps: readonly BilingualText[];
}

/** One option of a frequency scale and the points (before the multiplier) it is worth. */
export interface FrequencyOption {
  readonly text: BilingualText;
  readonly points: number;
}

/**
 * A short scale whose options map to points by the data. The answer is the option's position
 * `0 … options.length - 1`; with a `gate`, option 0 is the gate's "No".
 */
export interface FrequencyCriterion extends CriterionBase {
  readonly kind: 'frequency';
  /** The yes/no question asked first; "No" is option 0. */
  readonly gate?: BilingualText;
  /** The question the options answer, when the title alone does not ask it. */
  readonly question?: BilingualText;
  /** Points never fall from one option to the next. */
  readonly options: readonly FrequencyOption[];
}

/** A ratio above `abovePercent` (whole percent) is worth `points` (before the multiplier). */
export interface RatioBand {
  readonly abovePercent: number;
  readonly points: number;
}

/** What the two figures of a ratio count: money (whole VND), people, or other things. */
export type RatioUnit = 'vnd' | 'people' | 'count';

/**
 * Two figures whose share maps to points by bands: a 0 % share (or 0/0, "none") is worth 0,
 * a share above a band's `abovePercent` is worth that band's points.
 */
export interface RatioCriterion extends CriterionBase {
  readonly kind: 'ratio';
  readonly numerator: BilingualText;
  readonly denominator: BilingualText;
  readonly unit: RatioUnit;
  /** Thresholds rising, points never falling. */
  readonly bands: readonly RatioBand[];
}

/** One question of the assessment. */
export type Criterion = LadderCriterion | FrequencyCriterion | RatioCriterion;

/** The kinds of criterion: `ladder`, `frequency`, `ratio`. */
export type CriterionKind = Criterion['kind'];

/** A component index (chỉ số thành phần), e.g. `1.1` Online presence. */
export interface ComponentIndex {
  readonly id: string;
  readonly title: BilingualText;
  /** Equals the sum of its criteria's maxima (checked at load). */
  readonly maxPoints: number;
  readonly criteria: readonly Criterion[];
}

/** A pillar (trụ cột) of the DBI, e.g. `customer-experience`. */
export interface Pillar {
  readonly id: string;
  readonly title: BilingualText;
  /** Equals the sum of its indices' maxima (checked at load). */
  readonly maxPoints: number;
  readonly indices: readonly ComponentIndex[];
}

/**
 * A DBI methodology as data: pillars → component indices → criteria, the levels and the two
 * level rules. Obtain one from `getMethodology` or `parseMethodology`; both return it frozen.
 */
export interface Methodology {
  readonly id: string;
  /** The data's version. Encoded answers carry it, and decoding checks it. */
  readonly version: string;
  readonly group: MethodologyGroup;
  readonly title: BilingualText;
  readonly source: MethodologySource;
  /** Equals the sum of the pillars' maxima (checked at load). */
  readonly maxPoints: number;
  /** Levels `0 … n` in order. */
  readonly levels: readonly Level[];
  readonly pillarLevelRule: PillarLevelRule;
  readonly overallLevelRule: OverallLevelRule;
  readonly pillars: readonly Pillar[];
}
