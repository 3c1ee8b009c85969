import { criteriaOf, type Answer, type Methodology } from '@dbi-kit/engine';
import { localized, type Lang } from '../internal/lang.js';
import type { AssessmentSubmission } from './assessment-submission.js';
import { toCsv, type CsvCell } from './csv.js';
import { downloadFile } from './download-file.js';

/** The file name both downloads share: methodology, version and the day of the submission. */
export function exportFileName(submission: AssessmentSubmission, extension: 'json' | 'csv'): string {
  const { id, version } = submission.methodology;
  return `${id}-${version}-${submission.submittedAt.slice(0, 10)}.${extension}`;
}

/** The JSON download: exactly the submission payload, indented. */
export function resultsJson(submission: AssessmentSubmission): string {
  return `${JSON.stringify(submission, null, 2)}\n`;
}

const rawAnswer = (answer: Answer | null | undefined): CsvCell =>
  answer === undefined || answer === null ? '' : typeof answer === 'number' ? answer : `${answer.numerator}/${answer.denominator}`;

/**
 * The CSV download, one table: a row for the overall result, one per pillar, one per criterion
 * (its answer as given: a step number, or `numerator/denominator`) and one per profile field.
 * Names are in the visitor's language; ids, numbers and answers are language-neutral.
 */
export function resultsCsv(submission: AssessmentSubmission, methodology: Methodology, lang: Lang): string {
  const { result, answers, profile } = submission;
  const rows: CsvCell[][] = [['type', 'id', 'name', 'answer', 'points', 'maxPoints', 'percent', 'level']];
  rows.push(['overall', `${methodology.id}@${methodology.version}`, localized(methodology.title, lang), '', result.points, result.maxPoints, result.percent, result.level]);
  for (const pillar of result.pillars) {
    const data = methodology.pillars.find((p) => p.id === pillar.id);
    rows.push(['pillar', pillar.id, localized(data?.title, lang), '', pillar.points, pillar.maxPoints, pillar.percent, pillar.level]);
  }
  const scored = new Map(result.criteria.map((c) => [c.id, c]));
  for (const criterion of criteriaOf(methodology)) {
    const score = scored.get(criterion.id);
    rows.push(['criterion', criterion.id, localized(criterion.title, lang), rawAnswer(answers[criterion.id]), score?.points, score?.maxPoints, '', '']);
  }
  for (const [field, value] of Object.entries(profile)) rows.push(['profile', field, '', value as CsvCell, '', '', '', '']);
  rows.push(['submission', 'submittedAt', '', submission.submittedAt, '', '', '', '']);
  return toCsv(rows);
}

/** Offers the results as a JSON or CSV file download (the results' download buttons). */
export function downloadResults(format: 'json' | 'csv', submission: AssessmentSubmission, methodology: Methodology, lang: Lang): void {
  const name = exportFileName(submission, format);
  if (format === 'json') downloadFile(name, 'application/json', resultsJson(submission));
  else downloadFile(name, 'text/csv;charset=utf-8', resultsCsv(submission, methodology, lang));
}
