import type { Readable } from 'node:stream';
import { CliInputError } from '../cli/cli-error.js';
import type { InputFormat } from '../input/detect-input-format.js';
import type { InputRecord } from '../input/input-record.js';
import { parseNumberCell } from '../input/parse-number-cell.js';
import { readCsvRecords } from '../input/read-csv-records.js';
import { readNdjsonRecords } from '../input/read-ndjson-records.js';
import { RowError } from '../input/row-error.js';
import type { SummaryInput } from './result-summary.js';

function required(value: number | undefined, column: string): number {
  if (value === undefined) throw new RowError('is empty', column);
  return value;
}

function numberField(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new RowError(`expected a number, got ${JSON.stringify(value)}`, field);
  return value;
}

async function* fromCsv(stream: Readable, name: string): AsyncGenerator<InputRecord<SummaryInput>> {
  let columns: Map<string, number> | undefined;
  let pillars: { id: string; points: number; level: number }[] = [];
  for await (const record of readCsvRecords(stream)) {
    if (record.error !== undefined) {
      yield record;
      continue;
    }
    if (!columns) {
      columns = new Map(record.value.map((column, index) => [column.trim(), index]));
      const absent = ['points', 'percent', 'level'].filter((column) => !columns!.has(column));
      if (absent.length > 0) throw new CliInputError(`not a results file of \`dbi-kit score\`: no ${absent.join(', ')} column`, name);
      pillars = record.value
        .filter((column) => column.endsWith('.points') && columns!.has(column.replace(/\.points$/, '.level')))
        .map((column) => {
          const id = column.replace(/\.points$/, '');
          return { id, points: columns!.get(column)!, level: columns!.get(`${id}.level`)! };
        });
      continue;
    }
    const cells = record.value;
    const cell = (column: string) => required(parseNumberCell(cells[columns!.get(column)!], column), column);
    try {
      const size = columns.has('size') ? cells[columns.get('size')!]?.trim() || undefined : undefined;
      yield {
        line: record.line,
        value: {
          points: cell('points'),
          percent: cell('percent'),
          level: cell('level'),
          pillars: pillars.map((pillar) => ({
            id: pillar.id,
            points: required(parseNumberCell(cells[pillar.points], `${pillar.id}.points`), `${pillar.id}.points`),
            level: required(parseNumberCell(cells[pillar.level], `${pillar.id}.level`), `${pillar.id}.level`),
          })),
          size,
        },
      };
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      yield { line: record.line, error: error.message };
    }
  }
}

async function* fromNdjson(stream: Readable): AsyncGenerator<InputRecord<SummaryInput>> {
  for await (const record of readNdjsonRecords(stream)) {
    if (record.error !== undefined) {
      yield record;
      continue;
    }
    const value = record.value as Record<string, unknown> | null;
    try {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RowError('expected a JSON object');
      if (!Array.isArray(value.pillars)) throw new RowError('expected an array', 'pillars');
      yield {
        line: record.line,
        value: {
          points: numberField(value.points, 'points'),
          percent: numberField(value.percent, 'percent'),
          level: numberField(value.level, 'level'),
          pillars: (value.pillars as Record<string, unknown>[]).map((pillar, index) => ({
            id: String(pillar?.id),
            points: numberField(pillar?.points, `pillars[${index}].points`),
            level: numberField(pillar?.level, `pillars[${index}].level`),
          })),
          size: typeof value.size === 'string' ? value.size : undefined,
        },
      };
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      yield { line: record.line, error: error.message };
    }
  }
}

/** Streams the rows of a `dbi-kit score` results file (CSV or NDJSON) as summary inputs. */
export function readSummaryInputs(stream: Readable, format: InputFormat, name: string): AsyncGenerator<InputRecord<SummaryInput>> {
  return format === 'csv' ? fromCsv(stream, name) : fromNdjson(stream);
}
