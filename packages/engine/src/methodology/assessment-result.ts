import type { Answer } from './answers.js';

/** Which methodology and version a result was computed with. */
export interface MethodologyRef {
  readonly id: string;
  readonly version: string;
}

/** One pillar's score. `percent` is rounded to 2 decimals; `level` is computed exactly. */
export interface PillarResult {
  readonly id: string;
  readonly points: number;
  readonly maxPoints: number;
  readonly percent: number;
  readonly level: number;
}

/** One criterion's contribution (0 when unanswered). */
export interface CriterionResult {
  readonly id: string;
  readonly pillarId: string;
  readonly points: number;
  readonly maxPoints: number;
}

/**
 * One answer change that brings the next overall level closer: raise `criterionId` to `answer`
 * (worth `points`, `gain` more than now). `progress` is how many points of the distance to
 * `targetLevel` it closes, counting both the total-points threshold and the pillars still short
 * of the level (see METHODOLOGY.md, "Next steps").
 */
export interface NextStep {
  readonly criterionId: string;
  readonly pillarId: string;
  /** The answer to reach. For a ratio, the smallest numerator over the business's own denominator (over 100 when it has none, or a fractional one). */
  readonly answer: Answer;
  /**
   * Ratio only: the edge, in percent, of the band the step aims at; `answer` is the smallest share
   * above it. Over a small denominator that answer can pass further bands too (1/3 → 2/3 aims
   * above 40 % and lands above 60 %): `points` and `gain` count what it really scores.
   */
  readonly abovePercent?: number;
  readonly points: number;
  readonly gain: number;
  readonly progress: number;
  readonly targetLevel: number;
}

/** The score of one assessment. Plain data: serialisable as JSON and by structured clone. */
export interface AssessmentResult {
  readonly methodology: MethodologyRef;
  readonly points: number;
  readonly maxPoints: number;
  /** Of `maxPoints`, rounded to 2 decimals. */
  readonly percent: number;
  readonly level: number;
  readonly pillars: readonly PillarResult[];
  readonly criteria: readonly CriterionResult[];
  /** Ids of unanswered criteria (scored 0), in methodology order. */
  readonly missing: readonly string[];
  readonly complete: boolean;
  /** The best answer changes toward the next level, best first; empty at the top level. */
  readonly nextSteps: readonly NextStep[];
}

/** Options of `scoreAssessment`. */
export interface ScoreOptions {
  /** How many next steps to list (default 5; 0 skips ranking them). */
  readonly nextSteps?: number;
}
