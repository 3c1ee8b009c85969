// `dbi-kit template`: the CSV header, the label row, the README section.
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { criteriaOf, getMethodology } from '@dbi-kit/engine';
import { dbiKit, ensureBuilt, tempDir } from './helpers/dbi-kit.js';

beforeAll(ensureBuilt, 120_000);

const dbi = getMethodology('dbi-2021-sme');
const PROFILE = ['id', 'name', 'sector', 'employees', 'revenue', 'capital'];

function rowsOf(csv: string): string[][] {
  return parse(csv, { bom: true, relax_column_count: true });
}

describe('dbi-kit template', () => {
  it('writes the profile columns, then one column per criterion and two per ratio, with a BOM', async () => {
    const run = await dbiKit(['template']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\uFEFFid,name,sector,employees,revenue,capital,1.1.1,1.1.2,1.1.3.numerator,1.1.3.denominator,')).toBe(true);
    const [header] = rowsOf(run.stdout);
    // DBI 2021 SME: 60 criteria, 26 of them ratios (the engine's dbi-2021-sme data) → 6 profile + 34 + 2 × 26 = 92 columns.
    expect(header).toHaveLength(92);
    const expected = [...PROFILE, ...criteriaOf(dbi).flatMap((c) => (c.kind === 'ratio' ? [`${c.id}.numerator`, `${c.id}.denominator`] : [c.id]))];
    expect(header).toEqual(expected);
  });

  it('writes a second row of labels in the chosen language, starting with #', async () => {
    const [vi, en] = await Promise.all([dbiKit(['template']), dbiKit(['template', '--lang', 'en'])]);
    const viLabels = rowsOf(vi.stdout)[1];
    const enLabels = rowsOf(en.stdout)[1];
    const c111 = criteriaOf(dbi)[0];
    expect(viLabels[0]).toBe('# Mã doanh nghiệp');
    expect(enLabels[0]).toBe('# Business id');
    expect(viLabels[6]).toBe(`1.1.1 ${c111.title.vi}`);
    expect(enLabels[6]).toBe(`1.1.1 ${c111.title.en}`);
    const ratio = criteriaOf(dbi).find((c) => c.id === '1.1.3');
    expect(ratio?.kind).toBe('ratio');
    if (ratio?.kind === 'ratio') expect(enLabels.slice(8, 10)).toEqual([`1.1.3 ${ratio.numerator.en}`, `1.1.3 ${ratio.denominator.en}`]);
  });

  it('refuses a language other than vi and en', async () => {
    const run = await dbiKit(['template', '--lang', 'fr']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--lang must be vi or en, not 'fr'");
  });

  it('with --out, writes the CSV and the README section beside it', async () => {
    const dir = await tempDir();
    const run = await dbiKit(['template', '--lang', 'en', '--out', 'answers.csv'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('Wrote answers.csv and answers.README.md (92 columns)\n');
    const readme = readFileSync(join(dir, 'answers.README.md'), 'utf8');
    expect(readme).toContain('# CSV template: ');
    expect(readme).toContain('`dbi-2021-sme`');
    // Every column is explained, each with its answer format.
    for (const column of rowsOf(readFileSync(join(dir, 'answers.csv'), 'utf8'))[0]) expect(readme).toContain(`| \`${column}\` |`);
    expect(readme).toContain('| `2.1.1` |');
    expect(readme).toMatch(/\| `1\.1\.1` \| [^|]+ \| an integer 0–5: 0 = /);
    expect(readme).toContain('| `1.1.3.numerator` |');
  });

  it('writes the README where --readme says, and in Vietnamese by default', async () => {
    const dir = await tempDir();
    const run = await dbiKit(['template', '--readme', 'cot.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(rowsOf(run.stdout)[0][0]).toBe('id');
    expect(readFileSync(join(dir, 'cot.md'), 'utf8')).toContain('# Mẫu CSV: ');
  });

  it('reads a methodology from a JSON file, and names the problem in an invalid one', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'variant.json'), JSON.stringify({ ...dbi, id: 'province-variant' }));
    const good = await dbiKit(['template', '--methodology', 'variant.json', '--readme', 'v.md'], { cwd: dir });
    expect(good.code).toBe(0);
    expect(readFileSync(join(dir, 'v.md'), 'utf8')).toContain('`province-variant`');

    await writeFile(join(dir, 'broken.json'), JSON.stringify({ ...dbi, maxPoints: 321 }));
    const bad = await dbiKit(['template', '--methodology', 'broken.json'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^dbi-kit: .*maxPoints/);
    expect(bad.stdout).toBe('');
  });

  it('refuses an unknown methodology id, naming the bundled ones', async () => {
    const run = await dbiKit(['template', '--methodology', 'dbi-2099']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("No bundled methodology 'dbi-2099'. Bundled: dbi-2021-sme.");
  });

  it('gives a template that `score` reads as zero rows', async () => {
    const dir = await tempDir();
    await dbiKit(['template', '--out', 'answers.csv'], { cwd: dir });
    const run = await dbiKit(['score', 'answers.csv', '--out', 'results.csv'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('0 scored, 0 failed\n');
    expect(readFileSync(join(dir, 'results.csv'), 'utf8').split('\n')).toHaveLength(2); // the header and the final newline
    expect(existsSync(join(dir, 'answers.README.md'))).toBe(true);
  });
});
