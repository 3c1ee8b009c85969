import { criteriaOf, type Answer, type Methodology } from '@dbi-kit/engine';
import { CliInputError } from '../cli/cli-error.js';
import type { CsvCells } from '../input/csv-cells.js';
import { parseNumberCell } from '../input/parse-number-cell.js';
import { RowError } from '../input/row-error.js';
import { RATIO_PARTS } from '../template/template-columns.js';
import type { DecodedRow } from './decoded-row.js';

// A header cell that names a criterion (`1.1.1`) or half of a ratio (`1.1.3.numerator`).
const CRITERION_COLUMN = /^(\d+(?:\.\d+)+?)(?:\.(numerator|denominator))?$/;

type Scalar = { readonly id: string; readonly index: number };
// The cells of a ratio's halves, with their column names ready for messages (not built per row).
type Ratio = { readonly id: string; readonly numerator: number; readonly denominator: number; readonly numeratorColumn: string; readonly denominatorColumn: string };

/**
 * Turns the cells of one CSV row into a {@link DecodedRow}; throws {@link RowError} naming the
 * column. The row's `answers` object (and each ratio's) is the decoder's own, refilled for every
 * row: a decoded row is valid until the next is decoded (`score` scores each before the next).
 */
export type CsvRowDecoder = (cells: CsvCells) => DecodedRow;

function parseStep(text: string, column: string): number {
  // Most answers are one digit: skip the general number parser for them.
  if (text.length === 1) {
    const digit = text.charCodeAt(0) - 48;
    if (digit >= 0 && digit <= 9) return digit;
  }
  if (!/^\d+$/.test(text)) throw new RowError(`"${text}" is not an answer number (write the step or option as a whole number, 0 for "No")`, column);
  return Number(text);
}

// A scalar answer cell, `undefined` when blank. A run of digits has its value already (see
// CsvCells); anything else is read the way it always was: a single character as it is, longer
// text trimmed (so " " is refused while "  " is blank).
function readStep(cells: CsvCells, i: number, column: string): number | undefined {
  const value = cells.values[i];
  if (value >= 0) return value;
  if (cells.starts[i] === cells.ends[i]) return undefined;
  let cell = cells.cell(i);
  if (cell.length !== 1) cell = cell.trim();
  return cell === '' ? undefined : parseStep(cell, column);
}

// parseNumberCell of cell i, without copying it out when it is plain digits.
function readNumber(cells: CsvCells, i: number, column: string): number | undefined {
  const value = cells.values[i];
  if (value >= 0) return value;
  return cells.starts[i] === cells.ends[i] ? undefined : parseNumberCell(cells.cell(i), column);
}

function readRatio(cells: CsvCells, ratio: Ratio, answer: { numerator: number; denominator: number }): Answer | undefined {
  const numerator = readNumber(cells, ratio.numerator, ratio.numeratorColumn);
  const denominator = readNumber(cells, ratio.denominator, ratio.denominatorColumn);
  if (numerator === undefined && denominator === undefined) return undefined;
  if (numerator === undefined) throw new RowError(`is empty but ${ratio.id}.denominator is not (fill in both or neither)`, `${ratio.id}.numerator`);
  if (denominator === undefined) throw new RowError(`is empty but ${ratio.id}.numerator is not (fill in both or neither)`, `${ratio.id}.denominator`);
  answer.numerator = numerator;
  answer.denominator = denominator;
  return answer;
}

/**
 * Reads a CSV header against a methodology and returns the decoder for the rows below it.
 * Columns are matched by name, so their order is free and unknown columns (notes) are ignored,
 * but a column named like a criterion must be one, a ratio needs both halves, and a name may
 * appear once. Those mistakes are a {@link CliInputError}: no row could be scored right.
 */
export function createCsvRowDecoder(header: readonly string[], methodology: Methodology, source: string): CsvRowDecoder {
  const criteria = new Map(criteriaOf(methodology).map((criterion) => [criterion.id, criterion]));
  const index = new Map<string, number>();
  header.forEach((raw, position) => {
    const name = raw.trim();
    if (name === '') return;
    if (index.has(name)) throw new CliInputError(`column '${name}' appears twice in the header`, source);
    index.set(name, position);
  });

  const scalars: Scalar[] = [];
  const ratios: Ratio[] = [];
  for (const name of index.keys()) {
    const match = CRITERION_COLUMN.exec(name);
    if (!match) continue;
    const [, id, part] = match;
    const criterion = criteria.get(id);
    if (!criterion) throw new CliInputError(`column '${name}': methodology ${methodology.id} has no criterion ${id}`, source);
    if (criterion.kind === 'ratio' && !part) throw new CliInputError(`column '${name}': ${id} is a ratio; use the columns ${id}.numerator and ${id}.denominator`, source);
    if (criterion.kind !== 'ratio' && part) throw new CliInputError(`column '${name}': ${id} is a ${criterion.kind} criterion; its answer goes in a column named ${id}`, source);
    if (criterion.kind !== 'ratio') scalars.push({ id, index: index.get(name)! });
  }
  for (const criterion of criteria.values()) {
    if (criterion.kind !== 'ratio') continue;
    const [numerator, denominator] = RATIO_PARTS.map((part) => index.get(`${criterion.id}.${part}`));
    if (numerator === undefined && denominator === undefined) continue;
    if (numerator === undefined || denominator === undefined) {
      throw new CliInputError(`ratio ${criterion.id} needs both columns ${criterion.id}.numerator and ${criterion.id}.denominator`, source);
    }
    ratios.push({ id: criterion.id, numerator, denominator, numeratorColumn: `${criterion.id}.numerator`, denominatorColumn: `${criterion.id}.denominator` });
  }
  if (scalars.length === 0 && ratios.length === 0) {
    throw new CliInputError(`the header names no criterion of ${methodology.id} (expected columns such as 1.1.1; see \`dbi-kit template\`)`, source);
  }

  // Every criterion of the header gets its key, `undefined` when blank (the engine's "no
  // answer", like an absent key), always in the same order: then every row's object has the
  // same shape (a shape per pattern of blanks made decoding and collecting garbage several
  // times slower). The keys go in the methodology's order, the order in which the engine
  // expects them (any other costs it a lookup per key). Copying a template with every key
  // gives an object allocated at its full size, with fast properties. It and the ratios'
  // objects are refilled for each row rather than allocated: the engine keeps no reference to
  // the answers, and that was most of a row's garbage.
  const present = new Set([...scalars, ...ratios].map((criterion) => criterion.id));
  const template: Record<string, undefined> = Object.fromEntries([...criteria.keys()].filter((id) => present.has(id)).map((id) => [id, undefined]));
  const answers: Record<string, Answer | undefined> = { ...template };
  const ratioAnswers = ratios.map(() => ({ numerator: 0, denominator: 0 }));
  const width = header.length;
  const at = (name: string) => index.get(name);
  const [idAt, sectorAt, employeesAt, revenueAt, capitalAt] = ['id', 'sector', 'employees', 'revenue', 'capital'].map(at);
  const numberAt = (cells: CsvCells, i: number | undefined, column: string) => (i === undefined ? undefined : readNumber(cells, i, column));

  return (cells) => {
    if (cells.count !== width) throw new RowError(`has ${cells.count} fields; the header has ${width}`);
    for (let s = 0; s < scalars.length; s++) answers[scalars[s].id] = readStep(cells, scalars[s].index, scalars[s].id);
    for (let r = 0; r < ratios.length; r++) answers[ratios[r].id] = readRatio(cells, ratios[r], ratioAnswers[r]);
    const id = idAt === undefined ? undefined : cells.cell(idAt).trim() || undefined;
    const sector = sectorAt === undefined ? undefined : cells.cell(sectorAt).trim() || undefined;
    return {
      id,
      answers,
      profile: {
        sector,
        employees: numberAt(cells, employeesAt, 'employees'),
        revenue: numberAt(cells, revenueAt, 'revenue'),
        capital: numberAt(cells, capitalAt, 'capital'),
      },
    };
  };
}
