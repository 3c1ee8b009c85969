import type { Answers } from '@dbi-kit/engine';
import { parseNumberCell } from '../input/parse-number-cell.js';
import { RowError } from '../input/row-error.js';
import type { DecodedRow } from './decoded-row.js';

function profileNumber(value: unknown, field: string): unknown {
  // Spreadsheet exports often quote numbers; a numeric string is read like a CSV cell.
  return typeof value === 'string' ? parseNumberCell(value, field) : (value ?? undefined);
}

/**
 * Decodes one NDJSON input line: `{ "id"?, "sector"?, "employees"?, "revenue"?, "capital"?,
 * "answers": { "1.1.1": 3, "1.1.3": { "numerator": 2, "denominator": 5 }, … } }`. The answers
 * go to the engine as they are; it checks each and names the criterion.
 */
export function decodeJsonRow(value: unknown): DecodedRow {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RowError('expected a JSON object');
  const row = value as Record<string, unknown>;
  const answers = row.answers ?? {};
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) throw new RowError('expected an object of answers by criterion id', 'answers');
  const id = row.id;
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') throw new RowError('expected a string or a number', 'id');
  return {
    id: id === undefined || id === null || id === '' ? undefined : String(id),
    answers: answers as Answers,
    profile: {
      sector: row.sector ?? undefined,
      employees: profileNumber(row.employees, 'employees'),
      revenue: profileNumber(row.revenue, 'revenue'),
      capital: profileNumber(row.capital, 'capital'),
    },
  };
}
