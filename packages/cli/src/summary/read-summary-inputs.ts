import { CliInputError } from '../cli/cli-error.js';
import type { InputFormat } from '../input/detect-input-format.js';
import type { InputRecord } from '../input/input-record.js';
import { parseNumberCell } from '../input/parse-number-cell.js';
import type { PeekedChunks } from '../input/peek-chunks.js';
import { readCsvRecords } from '../input/read-csv-records.js';
import { readNdjsonRecords } from '../input/read-ndjson-records.js';
import { RowError } from '../input/row-error.js';
import { decodeRecord } from '../score/decode-record.js';
import type { SummaryInput } from './result-summary.js';

function figure(value: unknown, field: string): number {
  const number = typeof value === 'string' ? parseNumberCell(value, field) : value;
  if (number === undefined || number === '') throw new RowError('is empty', field);
  if (typeof number !== 'number' || !Number.isFinite(number)) throw new RowError(`expected a number, got ${JSON.stringify(value)}`, field);
  return number;
}

function level(value: unknown, field: string): number {
  const number = figure(value, field);
  if (!Number.isInteger(number) || number < 0) throw new RowError(`expected a level (a whole number ≥ 0), got ${number}`, field);
  return number;
}

type PillarColumns = { id: string; points: number; level: number };

function csvDecoder(header: readonly string[], source: string): (cells: string[]) => SummaryInput {
  const columns = new Map(header.map((column, index) => [column.trim(), index]));
  const absent = ['points', 'percent', 'level'].filter((column) => !columns.has(column));
  if (absent.length > 0) throw new CliInputError(`not a results file of \`dbi-kit score\`: no ${absent.join(', ')} column`, source);
  const pillars: PillarColumns[] = [...columns.keys()]
    .filter((column) => column.endsWith('.points') && columns.has(column.replace(/\.points$/, '.level')))
    .map((column) => {
      const id = column.replace(/\.points$/, '');
      return { id, points: columns.get(column)!, level: columns.get(`${id}.level`)! };
    });
  const at = (column: string) => columns.get(column)!;
  const sizeAt = columns.get('size');
  return (cells) => {
    if (cells.length !== header.length) throw new RowError(`has ${cells.length} fields; the header has ${header.length}`);
    return {
      points: figure(cells[at('points')], 'points'),
      percent: figure(cells[at('percent')], 'percent'),
      level: level(cells[at('level')], 'level'),
      pillars: pillars.map((pillar) => ({
        id: pillar.id,
        points: figure(cells[pillar.points], `${pillar.id}.points`),
        level: level(cells[pillar.level], `${pillar.id}.level`),
      })),
      size: sizeAt === undefined ? undefined : cells[sizeAt].trim() || undefined,
    };
  };
}

function decodeJson(value: unknown): SummaryInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RowError('expected a JSON object');
  const row = value as Record<string, unknown>;
  if (!Array.isArray(row.pillars)) throw new RowError('expected an array', 'pillars');
  return {
    points: figure(row.points, 'points'),
    percent: figure(row.percent, 'percent'),
    level: level(row.level, 'level'),
    pillars: (row.pillars as unknown[]).map((pillar, index) => {
      if (typeof pillar !== 'object' || pillar === null) throw new RowError('expected an object', `pillars[${index}]`);
      const { id, points, level: pillarLevel } = pillar as Record<string, unknown>;
      if (typeof id !== 'string') throw new RowError('expected a string', `pillars[${index}].id`);
      return { id, points: figure(points, `pillars[${index}].points`), level: level(pillarLevel, `pillars[${index}].level`) };
    }),
    size: typeof row.size === 'string' ? row.size : undefined,
  };
}

async function* fromCsv(input: PeekedChunks, source: string): AsyncGenerator<InputRecord<SummaryInput>[]> {
  let decode: ((cells: string[]) => SummaryInput) | undefined;
  for await (const records of readCsvRecords(input.chunks, { head: input.head })) {
    const batch: InputRecord<SummaryInput>[] = [];
    for (const record of records) {
      if (decode) batch.push(decodeRecord(record, decode));
      else if (record.error !== undefined) throw new CliInputError(`line ${record.line}: the header cannot be read: ${record.error}`, source);
      else decode = csvDecoder(record.value, source);
    }
    yield batch;
  }
}

async function* fromNdjson(input: PeekedChunks): AsyncGenerator<InputRecord<SummaryInput>[]> {
  for await (const records of readNdjsonRecords(input.chunks)) yield records.map((record) => decodeRecord(record, decodeJson));
}

/** Streams the rows of a `dbi-kit score` results file (CSV or NDJSON), in batches, as summary inputs. */
export function readSummaryInputs(input: PeekedChunks, format: InputFormat, source: string): AsyncGenerator<InputRecord<SummaryInput>[]> {
  return format === 'csv' ? fromCsv(input, source) : fromNdjson(input);
}
