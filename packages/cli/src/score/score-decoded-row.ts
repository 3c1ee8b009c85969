import { classifyEnterprise, scoreAssessment, type EnterpriseFigures, type Methodology, type Programme } from '@dbi-kit/engine';
import type { DecodedRow, RowProfile } from './decoded-row.js';
import type { ScoreRow } from './score-row.js';

/**
 * The size class when the row has enough to decide it (a sector and a headcount; the engine
 * then needs revenue or capital and says so if both are missing), else `undefined`.
 */
function sizeOf(profile: RowProfile, programme: Programme | undefined): string | undefined {
  if (programme === undefined || profile.sector === undefined || profile.employees === undefined) return undefined;
  // Only the size is written, so skip building the bilingual reasons (most of a classification's cost).
  return classifyEnterprise(profile as EnterpriseFigures, programme, { reasons: false }).size;
}

/**
 * Scores one decoded row: the engine's result reduced to a {@link ScoreRow}, with the size class
 * by `programme`'s limits (none without a programme). Throws the engine's `AnswerError` or
 * `SubsidyInputError` for a bad answer or profile figure.
 */
export function scoreDecodedRow(row: DecodedRow, line: number, methodology: Methodology, programme: Programme | undefined): ScoreRow {
  // The results file has no column for next steps, so skip ranking them (most of the cost of a score).
  const result = scoreAssessment(methodology, row.answers, { nextSteps: 0 });
  return {
    id: row.id ?? `line ${line}`,
    line,
    points: result.points,
    maxPoints: result.maxPoints,
    percent: result.percent,
    level: result.level,
    pillars: result.pillars,
    missing: result.missing.length,
    size: sizeOf(row.profile, programme),
  };
}
