// `dbi-kit score` on temporary files, through the real binary. Expected figures are worked out
// by hand from the dbi-2021-sme data: ladders score step × multiplier (×5 for 2.1.1), frequency
// options 0/1/3/5, ratios 1 point above 0 %, 2 above 20 %, … 5 above 80 %; a pillar's level is
// the number of the bands 10/20/40/60/80 % its percent is strictly above; the overall level L
// needs total points above 20/64/128/192/256 and 4/4/4/5/6 pillars at L or higher.
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answersCsv, BEST, resultsOf } from './helpers/answers-csv.js';
import { dbiKit, ensureBuilt, tempDir } from './helpers/dbi-kit.js';

beforeAll(ensureBuilt, 120_000);

const PILLARS = ['customer-experience', 'strategy', 'infrastructure-technology', 'operations', 'culture', 'data-assets'];
const RESULT_HEADER = ['id', 'line', 'points', 'max_points', 'percent', 'level', ...PILLARS.flatMap((p) => [`${p}.points`, `${p}.level`]), 'missing', 'size'].join(',');

// 1.1.1 = 4 → 4; 2.1.1 = 3 → 3 × 5 = 15; 1.1.5 = 2/10 = 20 %, not above 20 % → 1. Total 20 of
// 320 = 6.25 %. Customer experience 5/65 = 7.7 % → level 0; strategy 15/25 = 60 %, above 40
// but not 60 → level 3. Total 20 is not above 20 → overall level 0. 60 − 3 answered = 57 missing.
const ROW_A = { id: 'A1', '1.1.1': 4, '2.1.1': 3, '1.1.5.numerator': 2, '1.1.5.denominator': 10 };
const RESULT_A = { id: 'A1', points: '20', max_points: '320', percent: '6.25', level: '0', 'customer-experience.points': '5', 'customer-experience.level': '0', 'strategy.points': '15', 'strategy.level': '3', 'operations.points': '0', missing: '57', size: '' };

// 1.1.1 = 5, 1.1.2 = 5 → 10; 1.2.1 option 3 → 5; 1.2.2 option 2 → 3; 1.1.5 = 9/10 = 90 % → 5;
// 2.1.1 = 5 → 25. Customer experience 5+5+5+3+5 = 23/65 = 35.4 % → level 2; strategy 25/25 →
// level 5. Total 48/320 = 15 %; only 2 pillars at level ≥ 1 → overall 0. 54 missing.
// Size: trade-services, 30 employees (> 10, ≤ 50), revenue 20 bn (≤ 100 bn) → small (Art. 5).
const ROW_B = {
  id: 'B2', name: 'SAMPLE Co, "quoted"', sector: 'trade-services', employees: 30, revenue: 20_000_000_000,
  '1.1.1': 5, '1.1.2': 5, '1.2.1': 3, '1.2.2': 2, '1.1.5.numerator': 9, '1.1.5.denominator': 10, '2.1.1': 5,
};
const RESULT_B = { id: 'B2', points: '48', percent: '15', level: '0', 'customer-experience.points': '23', 'customer-experience.level': '2', 'strategy.points': '25', 'strategy.level': '5', missing: '54', size: 'small' };

// Every answer at its best: 59 criteria × 5 + 25 = 320 = 100 %, every pillar above 80 % → 5.
// Size: industry-construction, 150 employees (> 100, ≤ 200), capital 90 bn (≤ 100 bn) → medium.
const ROW_BEST = { ...BEST, id: 'TOP', sector: 'industry-construction', employees: 150, capital: 90_000_000_000 };
const RESULT_BEST = { id: 'TOP', points: '320', percent: '100', level: '5', 'data-assets.points': '35', 'data-assets.level': '5', missing: '0', size: 'medium' };

async function scoreFile(content: string, args: string[] = [], name = 'answers.csv') {
  const dir = await tempDir();
  await writeFile(join(dir, name), content);
  return { dir, ...(await dbiKit(['score', name, ...args], { cwd: dir })) };
}

describe('dbi-kit score (CSV)', () => {
  it('scores each row: hand-computed points, percent, levels, missing and size', async () => {
    const run = await scoreFile(answersCsv([ROW_A, ROW_B, ROW_BEST]));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('3 scored, 0 failed\n');
    expect(run.stdout.split('\n')[0]).toBe(RESULT_HEADER);
    const [a, b, best] = resultsOf(run.stdout);
    // Lines: 1 header, 2 labels, then the rows.
    expect(a).toMatchObject({ ...RESULT_A, line: '3' });
    expect(b).toMatchObject({ ...RESULT_B, line: '4' });
    expect(best).toMatchObject({ ...RESULT_BEST, line: '5' });
  });

  it('reports each bad row with its line and reason on stderr, scores the others, exits 1', async () => {
    const bad = [
      { ...ROW_A, id: 'word', '1.1.1': 'yes' },
      { ...ROW_A, id: 'range', '2.1.1': 9 },
      { ...ROW_A, id: 'half', '1.1.5.denominator': '' },
      { ...ROW_A, id: 'above', '1.1.5.numerator': 11 },
      { ...ROW_B, id: 'thousands', revenue: '20.000.000.000' },
      { ...ROW_B, id: 'sector', sector: 'farming' },
      'short,row',
    ];
    const run = await scoreFile(answersCsv([ROW_A, ...bad, ROW_B]));
    expect(run.code).toBe(1);
    const errors = run.stderr.trimEnd().split('\n');
    expect(errors).toEqual([
      'answers.csv:4: 1.1.1: "yes" is not an answer number (write the step or option as a whole number, 0 for "No")',
      expect.stringMatching(/^answers\.csv:5: Answer to criterion '2\.1\.1': .*9/),
      'answers.csv:6: 1.1.5.denominator: is empty but 1.1.5.numerator is not (fill in both or neither)',
      expect.stringMatching(/^answers\.csv:7: Answer to criterion '1\.1\.5': .*/),
      'answers.csv:8: revenue: "20.000.000.000" is not a number (write plain digits, e.g. 1500000000 or 0.5)',
      expect.stringMatching(/^answers\.csv:9: sector: expected one of agriculture-forestry-fishery, industry-construction, trade-services, got 'farming'/),
      'answers.csv:10: has 2 fields; the header has 92',
      '2 scored, 7 failed',
    ]);
    const results = resultsOf(run.stdout);
    expect(results.map((row) => [row.id, row.line])).toEqual([['A1', '3'], ['B2', '11']]);
  });

  it('keeps a stray quote inside a field as text, and reports an unclosed quote with the lines it swallowed', async () => {
    const csv = answersCsv([{ ...ROW_A, id: 'Q1', name: 'x' }, ROW_B]).replace(',x,', ',SAMPLE "Co" Ltd,') + 'Q2,"never closed\nC3,x\n';
    const run = await scoreFile(csv);
    expect(run.code).toBe(1);
    // Lines: 3 Q1, 4 B2, 5 the unclosed quote, which takes C3 on line 6 with it.
    expect(run.stderr).toBe('answers.csv:5: malformed CSV: a quote opened on this line is never closed, so the rest of the file could not be read\n2 scored, 1 failed\n');
    expect(resultsOf(run.stdout).map((row) => row.id)).toEqual(['Q1', 'B2']);
  });

  it('counts lines inside quoted fields, so later rows keep their true line numbers', async () => {
    const run = await scoreFile(answersCsv([{ ...ROW_A, name: 'SAMPLE\nthree\nlines' }, { ...ROW_A, id: 'next', '1.1.1': 'x' }, ROW_B]));
    expect(run.stderr).toContain('answers.csv:6: 1.1.1:');
    expect(resultsOf(run.stdout).map((row) => row.line)).toEqual(['3', '7']);
  });

  it('numbers lines as an editor does in a Windows (CRLF) file, also across a quoted CRLF', async () => {
    // 1 header, 2 labels, 3–4 A1 (its name spans two lines), 5 bad, 6 B2.
    const csv = answersCsv([{ ...ROW_A, name: 'two\r\nlines' }, { ...ROW_A, id: 'bad', '1.1.1': 'x' }, ROW_B]).replaceAll(/(?<!\r)\n/g, '\r\n');
    const run = await scoreFile(csv);
    expect(run.stderr).toContain('answers.csv:5: 1.1.1:');
    expect(resultsOf(run.stdout).map((row) => row.line)).toEqual(['3', '6']);
  });

  it('skips the label row, any row starting with #, and empty rows', async () => {
    const csv = answersCsv([ROW_A, '# a note', '', ',,,,', ROW_B]);
    const run = await scoreFile(csv);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('2 scored, 0 failed\n');
  });

  it('names a row without an id by its line', async () => {
    const run = await scoreFile(answersCsv([{ ...ROW_A, id: '' }]));
    expect(resultsOf(run.stdout)[0]).toMatchObject({ id: 'line 3', points: '20' });
  });

  it('reads only the columns it is given, in any order, and ignores notes columns', async () => {
    const header = ['notes', '2.1.1', '1.1.5.denominator', 'id', '1.1.5.numerator', '1.1.1'];
    const run = await scoreFile(answersCsv([{ ...ROW_A, notes: 'anything' }], { header, labels: false }));
    expect(run.code).toBe(0);
    expect(resultsOf(run.stdout)[0]).toMatchObject({ ...RESULT_A, line: '2' });
  });

  it('detects a semicolon delimiter (Excel in Vietnamese locales) and reads UTF-8 with a BOM', async () => {
    const run = await scoreFile(`\uFEFF${answersCsv([ROW_A], { delimiter: ';' })}`);
    expect(run.code).toBe(0);
    expect(resultsOf(run.stdout)[0]).toMatchObject(RESULT_A);
  });

  it('refuses a header that cannot work, before writing any output', async () => {
    const cases: [string[], string][] = [
      [['id', '1.1.1', '9.9.9'], "answers.csv: column '9.9.9': methodology dbi-2021-sme has no criterion 9.9.9"],
      [['id', '1.1.3'], "answers.csv: column '1.1.3': 1.1.3 is a ratio; use the columns 1.1.3.numerator and 1.1.3.denominator"],
      [['id', '1.1.1.numerator'], "answers.csv: column '1.1.1.numerator': 1.1.1 is a ladder criterion; its answer goes in a column named 1.1.1"],
      [['id', '1.1.3.numerator'], 'answers.csv: ratio 1.1.3 needs both columns 1.1.3.numerator and 1.1.3.denominator'],
      [['id', '1.1.1', '1.1.1'], "answers.csv: column '1.1.1' appears twice in the header"],
      [['id', 'name', 'score'], 'answers.csv: the header names no criterion of dbi-2021-sme (expected columns such as 1.1.1; see `dbi-kit template`)'],
    ];
    for (const [header, message] of cases) {
      const run = await scoreFile(answersCsv([{ id: 'x' }], { header }), ['--out', 'results.csv']);
      expect(run.code, message).toBe(1);
      expect(run.stderr).toBe(`dbi-kit: ${message}\n`);
      expect(existsSync(join(run.dir, 'results.csv'))).toBe(false);
    }
  });

  it('handles empty input: no rows, the results header only, exit 0', async () => {
    for (const content of ['', answersCsv([])]) {
      const run = await scoreFile(content);
      expect(run).toMatchObject({ code: 0, stdout: `${RESULT_HEADER}\n`, stderr: '0 scored, 0 failed\n' });
    }
  });

  it('reads standard input for `-` and writes NDJSON with --format ndjson', async () => {
    const run = await dbiKit(['score', '-', '--format', 'ndjson'], { stdin: answersCsv([ROW_A, ROW_B]) });
    expect(run.code).toBe(0);
    const [a, b] = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(a).toEqual({
      id: 'A1', line: 3, points: 20, maxPoints: 320, percent: 6.25, level: 0,
      pillars: PILLARS.map((id, index) => ({ id, points: [5, 15, 0, 0, 0, 0][index], maxPoints: [65, 25, 80, 65, 50, 35][index], level: [0, 3, 0, 0, 0, 0][index] })),
      missing: 57, size: null,
    });
    expect(b).toMatchObject({ id: 'B2', points: 48, percent: 15, size: 'small' });
  });

  it('writes to --out and prints nothing on stdout; no progress bar when stderr is not a terminal', async () => {
    const run = await scoreFile(answersCsv([ROW_A]), ['--out', 'results.csv']);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('1 scored, 0 failed\n');
    expect(resultsOf(readFileSync(join(run.dir, 'results.csv'), 'utf8'))[0]).toMatchObject(RESULT_A);
  });

  it('refuses to write the results over its own input', async () => {
    const run = await scoreFile(answersCsv([ROW_A]), ['--out', './answers.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('dbi-kit: --out ./answers.csv is the input file; write the results elsewhere');
    expect(readFileSync(join(run.dir, 'answers.csv'), 'utf8')).toBe(answersCsv([ROW_A]));
  });

  it('leaves the size empty with --no-size', async () => {
    const run = await scoreFile(answersCsv([ROW_B]), ['--no-size']);
    expect(resultsOf(run.stdout)[0]).toMatchObject({ ...RESULT_B, size: '' });
  });
});

describe('dbi-kit score (NDJSON)', () => {
  const ndjson = (rows: unknown[]) => `${rows.map((row) => (typeof row === 'string' ? row : JSON.stringify(row))).join('\n')}\n`;
  const A = { id: 'A1', answers: { '1.1.1': 4, '2.1.1': 3, '1.1.5': { numerator: 2, denominator: 10 } } };
  const B = {
    id: 'B2', sector: 'trade-services', employees: 30, revenue: '20000000000',
    answers: { '1.1.1': 5, '1.1.2': 5, '1.2.1': 3, '1.2.2': 2, '1.1.5': { numerator: 9, denominator: 10 }, '2.1.1': 5 },
  };

  it('scores NDJSON rows to the same figures as CSV', async () => {
    const run = await scoreFile(ndjson([A, B]), [], 'answers.ndjson');
    expect(run.code).toBe(0);
    const [a, b] = resultsOf(run.stdout);
    expect(a).toMatchObject({ ...RESULT_A, line: '1' });
    expect(b).toMatchObject({ ...RESULT_B, line: '2' });
  });

  it('detects NDJSON by its first character on standard input', async () => {
    const run = await dbiKit(['score', '-'], { stdin: ndjson([A]) });
    expect(resultsOf(run.stdout)[0]).toMatchObject(RESULT_A);
  });

  it('reports bad lines with their numbers and goes on', async () => {
    const run = await scoreFile(ndjson([A, '{"id": "broken"', '', '[1, 2]', { id: 'x', answers: { '9.9.9': 1 } }, { id: 'y', answers: [] }, B]), [], 'answers.jsonl');
    expect(run.code).toBe(1);
    const errors = run.stderr.trimEnd().split('\n');
    expect(errors[0]).toMatch(/^answers\.jsonl:2: invalid JSON: /);
    expect(errors.slice(1)).toEqual([
      'answers.jsonl:4: expected a JSON object',
      expect.stringMatching(/^answers\.jsonl:5: .*9\.9\.9/),
      'answers.jsonl:6: answers: expected an object of answers by criterion id',
      '2 scored, 4 failed',
    ]);
    expect(resultsOf(run.stdout).map((row) => row.line)).toEqual(['1', '7']);
  });

  it('handles empty NDJSON input', async () => {
    const run = await scoreFile('', [], 'answers.ndjson');
    expect(run).toMatchObject({ code: 0, stderr: '0 scored, 0 failed\n' });
  });
});
