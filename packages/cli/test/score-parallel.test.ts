// `dbi-kit score` on inputs of several blocks (the CLI cuts its input into blocks of 256 KiB and
// scores them in worker threads): results in input order, bad rows reported with the right
// lines in order, the same output whatever the number of workers, from a file or stdin.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answersCsv, BEST, resultsOf, type Row } from './helpers/answers-csv.js';
import { dbiKit, ensureBuilt, tempDir } from './helpers/dbi-kit.js';

beforeAll(ensureBuilt, 120_000);
// Each test runs the binary on a megabyte or more, several times.
const SLOW = 60_000;

// 6,000 rows of every answer at its best but 1.1.1 (a ladder, 1 point per step) at 1–5: points
// 320 − 5 + step. Over 1 MB: four blocks or more.
const ROWS = 6_000;
const BAD = new Set([5, 3_000, 5_999]);
const QUOTED = 10;
const step = (i: number) => (i % 5) + 1;
const rows: Row[] = Array.from({ length: ROWS }, (_, i) => ({
  ...BEST,
  id: `R${i}`,
  // A name over two lines: a quoted field with a line break, one more line in the file.
  name: i === QUOTED ? 'SAMPLE\nTwo lines' : `SAMPLE ${i}`,
  '1.1.1': step(i),
  ...(BAD.has(i) ? { '2.1.1': 9 } : {}),
}));
// Line 1 the header, 2 the labels; rows after the quoted one are one line further down.
const lineOf = (i: number) => 3 + i + (i > QUOTED ? 1 : 0);
const good = [...Array(ROWS).keys()].filter((i) => !BAD.has(i));

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  await writeFile(join(dir, 'big.csv'), answersCsv(rows));
  // The same answers as NDJSON: a ratio's two columns become { numerator, denominator }.
  const answers = (row: Record<string, unknown>) => {
    const entries = Object.entries(row).filter(([key]) => /^\d/.test(key) && !key.endsWith('.denominator'));
    return Object.fromEntries(entries.map(([key, value]) => (key.endsWith('.numerator') ? [key.slice(0, -'.numerator'.length), { numerator: value, denominator: row[key.replace('numerator', 'denominator')] }] : [key, value])));
  };
  const ndjson = rows.map((row, i) => (i === 7 ? '{"id": "broken",' : JSON.stringify({ id: `R${i}`, answers: answers(row as Record<string, unknown>) })));
  await writeFile(join(dir, 'big.ndjson'), `${ndjson.join('\n')}\n`);
});

describe('dbi-kit score on an input of many blocks', () => {
  it('keeps the rows in input order and reports bad rows with their lines, with 2 workers', async () => {
    const size = (await readFile(join(dir, 'big.csv'))).length;
    expect(size).toBeGreaterThan(4 * 256 * 1024);
    const run = await dbiKit(['score', 'big.csv', '--workers', '2'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      ...[...BAD].map((i) => expect.stringMatching(new RegExp(`^big\\.csv:${lineOf(i)}: Answer to criterion '2\\.1\\.1': `))),
      `${(ROWS - 3).toLocaleString('en-US')} scored, 3 failed`,
    ]);
    const results = resultsOf(run.stdout);
    expect(results.map((r) => r.id)).toEqual(good.map((i) => `R${i}`));
    expect(results.map((r) => Number(r.line))).toEqual(good.map(lineOf));
    expect(results.map((r) => Number(r.points))).toEqual(good.map((i) => 315 + step(i)));
  }, SLOW);

  it('writes the same bytes with 0 (this thread), 1, 2 and 3 workers', async () => {
    const runs = await Promise.all(['0', '1', '2', '3'].map((workers) => dbiKit(['score', 'big.csv', '--workers', workers], { cwd: dir })));
    for (const run of runs.slice(1)) {
      expect(run.stdout).toBe(runs[0].stdout);
      expect(run.stderr).toBe(runs[0].stderr);
    }
  }, SLOW);

  it('reads standard input the same way, naming it stdin', async () => {
    const content = await readFile(join(dir, 'big.csv'));
    const [file, stdin] = await Promise.all([dbiKit(['score', 'big.csv', '--workers', '2'], { cwd: dir }), dbiKit(['score', '-', '--workers', '2'], { cwd: dir, stdin: content })]);
    expect(stdin.code).toBe(1);
    expect(stdin.stdout).toBe(file.stdout);
    expect(stdin.stderr).toBe(file.stderr.replaceAll('big.csv:', 'stdin:'));
  }, SLOW);

  it('scores NDJSON in blocks too: order, lines and the bad line', async () => {
    const run = await dbiKit(['score', 'big.ndjson', '--workers', '2', '--format', 'ndjson'], { cwd: dir });
    expect(run.code).toBe(1);
    // Every line is scored but the broken one (row 7, line 8) and the bad answers (2.1.1 = 9).
    const expected = [...Array(ROWS).keys()].filter((i) => i !== 7 && !BAD.has(i));
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^big\.ndjson:6: Answer to criterion '2\.1\.1': /),
      expect.stringMatching(/^big\.ndjson:8: invalid JSON/),
      expect.stringMatching(/^big\.ndjson:3001: Answer to criterion '2\.1\.1': /),
      expect.stringMatching(/^big\.ndjson:6000: Answer to criterion '2\.1\.1': /),
      `${expected.length.toLocaleString('en-US')} scored, 4 failed`,
    ]);
    const results = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; line: number; points: number });
    expect(results.map((r) => [r.id, r.line, r.points])).toEqual(expected.map((i) => [`R${i}`, i + 1, 315 + step(i)]));
  }, SLOW);

  it('refuses a --workers that is not a whole number (usage error, exit 2)', async () => {
    const run = await dbiKit(['score', 'big.csv', '--workers', 'many'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--workers must be a whole number/);
  }, SLOW);
});
