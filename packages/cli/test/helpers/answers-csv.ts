// Builds answer files for the tests in the template's layout, from the methodology data (not
// from the CLI's output), so that a test can fill in cells by column name.
import { parse } from 'csv-parse/sync';
import { criteriaOf, getMethodology } from '@dbi-kit/engine';

const dbi = getMethodology('dbi-2021-sme');

/** The full template header for dbi-2021-sme. */
export const HEADER = [
  'id',
  'name',
  'sector',
  'employees',
  'revenue',
  'capital',
  ...criteriaOf(dbi).flatMap((criterion) => (criterion.kind === 'ratio' ? [`${criterion.id}.numerator`, `${criterion.id}.denominator`] : [criterion.id])),
];

/** A row with every criterion at its best answer: top step or option, ratios 1/1. */
export const BEST: Readonly<Record<string, string | number>> = Object.fromEntries(
  criteriaOf(dbi).flatMap((criterion) =>
    criterion.kind === 'ratio'
      ? [[`${criterion.id}.numerator`, 1], [`${criterion.id}.denominator`, 1]]
      : [[criterion.id, criterion.kind === 'ladder' ? criterion.steps.length - 1 : criterion.options.length - 1]],
  ),
);

export type Row = Readonly<Record<string, string | number>> | string;

function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV with the full header (or `header`), a label row, then one line per row: an object of
 * cells by column name, or a raw line given as a string (for malformed input).
 */
export function answersCsv(rows: readonly Row[], { header = HEADER, labels = true, delimiter = ',' } = {}): string {
  const lines = [header.join(delimiter)];
  if (labels) lines.push(['# labels', ...header.slice(1).map(() => 'label')].join(delimiter));
  for (const row of rows) lines.push(typeof row === 'string' ? row : header.map((column) => cell(row[column])).join(delimiter));
  return `${lines.join('\n')}\n`;
}

/** Parses the results CSV `score` wrote into objects by column. */
export function resultsOf(csv: string): Record<string, string>[] {
  return parse(csv, { columns: true });
}
