import { formatCsvCell } from '../csv/format-csv-line.js';
import { roundFigure } from '../output/round-figure.js';
import type { ScoreRow } from './score-row.js';

/**
 * The header of the results CSV: `id,line,points,max_points,percent,level`, then
 * `<pillar>.points,<pillar>.level` for each pillar in the methodology's order, then
 * `missing,size`.
 */
export function scoreCsvHeader(pillarIds: readonly string[]): string {
  const pillars = pillarIds.flatMap((id) => [`${id}.points`, `${id}.level`]);
  return `${['id', 'line', 'points', 'max_points', 'percent', 'level', ...pillars, 'missing', 'size'].join(',')}\n`;
}

/** One line of the results CSV, in the order of {@link scoreCsvHeader}. */
export function formatScoreCsvLine(row: ScoreRow): string {
  // Built by hand rather than through an array: this runs once per input row.
  let line = `${formatCsvCell(row.id)},${row.line},${roundFigure(row.points)},${roundFigure(row.maxPoints)},${roundFigure(row.percent)},${row.level}`;
  for (const pillar of row.pillars) line += `,${roundFigure(pillar.points)},${pillar.level}`;
  return `${line},${row.missing},${row.size ?? ''}\n`;
}

/**
 * One line of the results NDJSON: the same figures as the CSV, with each pillar as an object
 * (`{ id, points, maxPoints, level }`) and `size` `null` when unknown.
 */
export function formatScoreJsonLine(row: ScoreRow): string {
  return `${JSON.stringify({
    id: row.id,
    line: row.line,
    points: roundFigure(row.points),
    maxPoints: roundFigure(row.maxPoints),
    percent: roundFigure(row.percent),
    level: row.level,
    pillars: row.pillars.map((pillar) => ({ id: pillar.id, points: roundFigure(pillar.points), maxPoints: roundFigure(pillar.maxPoints), level: pillar.level })),
    missing: row.missing,
    size: row.size ?? null,
  })}\n`;
}
