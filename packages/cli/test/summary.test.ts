// `dbi-kit summary` over results files written by hand (and one written by `score`).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answersCsv } from './helpers/answers-csv.js';
import { dbiKit, ensureBuilt, tempDir } from './helpers/dbi-kit.js';

beforeAll(ensureBuilt, 120_000);

// Four rows over two pillars. Levels 0, 2, 2, 5 → counts 1, 0, 2, 0, 0, 1. Sizes small, small,
// micro, none. Mean points (10 + 100 + 140 + 300) / 4 = 137.5; mean percent (3.13 + 31.25 +
// 43.75 + 93.75) / 4 = 171.88 / 4 = 42.97. Pillar a: points (5 + 50 + 70 + 150) / 4 = 68.75,
// levels (0 + 2 + 3 + 5) / 4 = 2.5; pillar b: points (5 + 50 + 70 + 150) / 4 = 68.75, levels
// (1 + 2 + 2 + 5) / 4 = 2.5.
const RESULTS_CSV = [
  'id,line,points,max_points,percent,level,a.points,a.level,b.points,b.level,missing,size',
  'r1,3,10,320,3.13,0,5,0,5,1,50,small',
  'r2,4,100,320,31.25,2,50,2,50,2,10,small',
  'r3,5,140,320,43.75,2,70,3,70,2,0,micro',
  'r4,6,300,320,93.75,5,150,5,150,5,0,',
].join('\n');

const EXPECTED = {
  rows: 4,
  meanPoints: 137.5,
  meanPercent: 42.97,
  levels: [0, 1, 2, 3, 4, 5].map((level) => ({ level, count: [1, 0, 2, 0, 0, 1][level] })),
  sizes: { micro: 1, small: 2, medium: 0, large: 0, unknown: 1 },
  pillars: [
    { id: 'a', meanPoints: 68.75, meanLevel: 2.5 },
    { id: 'b', meanPoints: 68.75, meanLevel: 2.5 },
  ],
};

async function withFile(name: string, content: string) {
  const dir = await tempDir();
  await writeFile(join(dir, name), content);
  return dir;
}

describe('dbi-kit summary', () => {
  it('counts rows per level and size class and averages each pillar (--format json)', async () => {
    const dir = await withFile('results.csv', RESULTS_CSV);
    const run = await dbiKit(['summary', 'results.csv', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(EXPECTED);
  });

  it('prints the same as a table', async () => {
    const dir = await withFile('results.csv', RESULTS_CSV);
    const run = await dbiKit(['summary', 'results.csv'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Rows: 4\nMean: 137.5 points, 42.97 %\n');
    expect(run.stdout).toMatch(/^2 +2 +50\.0 %$/m);
    expect(run.stdout).toMatch(/^unknown +1 +25\.0 %$/m);
    expect(run.stdout).toMatch(/^a +68\.75 +2\.5$/m);
  });

  it('reads NDJSON results too', async () => {
    const lines = RESULTS_CSV.split('\n').slice(1).map((line) => {
      const [id, , points, maxPoints, percent, level, ap, al, bp, bl, missing, size] = line.split(',');
      const n = Number;
      return JSON.stringify({ id, points: n(points), maxPoints: n(maxPoints), percent: n(percent), level: n(level), pillars: [{ id: 'a', points: n(ap), level: n(al) }, { id: 'b', points: n(bp), level: n(bl) }], missing: n(missing), size: size || null });
    });
    const dir = await withFile('results.ndjson', `${lines.join('\n')}\n`);
    const run = await dbiKit(['summary', 'results.ndjson', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(run.stdout)).toEqual(EXPECTED);
  });

  it('summarises what `score` wrote, from a pipe', async () => {
    const scored = await dbiKit(['score', '-'], { stdin: answersCsv([{ id: 'x', '2.1.1': 5 }, { id: 'y', '2.1.1': 1 }]) });
    const run = await dbiKit(['summary', '-', '--format', 'json'], { stdin: scored.stdout });
    // 2.1.1 = 5 → strategy 25 (level 5); = 1 → 5 of 25 = 20 %, not above 20 → level 1. Mean (25 + 5) / 2 = 15.
    expect(JSON.parse(run.stdout).pillars.find((p: { id: string }) => p.id === 'strategy')).toEqual({ id: 'strategy', meanPoints: 15, meanLevel: 3 });
  });

  it('reports bad rows with their lines, summarises the rest, exits 1', async () => {
    const dir = await withFile('results.csv', `${RESULTS_CSV}\nr5,7,x,320,1,1,1,1,1,1,0,\nr6,8,1,320,1,1.5,1,1,1,1,0,`);
    const run = await dbiKit(['summary', 'results.csv', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'results.csv:6: points: "x" is not a number (write plain digits, e.g. 1500000000 or 0.5)\nresults.csv:7: level: expected a level (a whole number ≥ 0), got 1.5\n4 read, 2 failed\n',
    );
    expect(JSON.parse(run.stdout).rows).toBe(4);
  });

  it('refuses a file that is not a results file', async () => {
    const dir = await withFile('answers.csv', answersCsv([]));
    const run = await dbiKit(['summary', 'answers.csv'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('dbi-kit: answers.csv: not a results file of `dbi-kit score`: no points, percent, level column\n');
  });

  it('handles empty input: zero rows', async () => {
    const dir = await withFile('results.csv', '');
    const run = await dbiKit(['summary', 'results.csv', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ rows: 0, meanPoints: 0, levels: [0, 1, 2, 3, 4, 5].map((level) => ({ level, count: 0 })) });
  });
});
