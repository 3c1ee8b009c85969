// `dbi-kit classify` and `dbi-kit subsidy` for one business, from flags or a JSON file.
// Expected sizes and amounts are worked out by hand from Decree 80/2021 Articles 5 and 11 as
// the engine's decree-80-2021 programme encodes them.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dbiKit, ensureBuilt, tempDir } from './helpers/dbi-kit.js';

beforeAll(ensureBuilt, 120_000);

async function withJson(name: string, value: unknown) {
  const dir = await tempDir();
  await writeFile(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
  return dir;
}

describe('dbi-kit classify', () => {
  // Trade and services: micro ≤ 10 employees; small ≤ 50 and (revenue ≤ 100 bn or capital ≤ 50 bn).
  // 30 employees > 10 → not micro; 30 ≤ 50 and 20 bn ≤ 100 bn → small.
  it('classifies from flags, with the reasons in the chosen language', async () => {
    const run = await dbiKit(['classify', '--sector', 'trade-services', '--employees', '30', '--revenue', '20000000000', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Size class: small\nJudged on: revenue only\nProgramme: decree-80-2021 /);
    expect(run.stdout).toContain('- Not micro: employees 30 above the limit of 10');
  });

  // Industry and construction: medium ≤ 200 employees and (revenue ≤ 200 bn or capital ≤ 100 bn);
  // 150 employees > 100 (small) → medium, with capital 90 bn ≤ 100 bn.
  it('classifies from a JSON file, flags winning over its fields, and prints JSON', async () => {
    const dir = await withJson('business.json', { sector: 'industry-construction', employees: 20, capital: 90_000_000_000 });
    const run = await dbiKit(['classify', 'business.json', '--employees', '150', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ size: 'medium', basis: 'capital-only', programme: { id: 'decree-80-2021' } });
  });

  it('names the field of a bad figure and exits 1', async () => {
    const sector = await dbiKit(['classify', '--sector', 'farming', '--employees', '3', '--revenue', '1']);
    expect(sector).toMatchObject({ code: 1, stdout: '' });
    expect(sector.stderr).toBe("dbi-kit: sector: expected one of agriculture-forestry-fishery, industry-construction, trade-services, got 'farming'\n");
    const neither = await dbiKit(['classify', '--sector', 'trade-services', '--employees', '3']);
    expect(neither).toMatchObject({ code: 1, stderr: 'dbi-kit: revenue: Article 5 needs revenue or capital; neither was given\n' });
  });

  it('refuses a figure that is not plain digits as a usage error', async () => {
    const run = await dbiKit(['classify', '--sector', 'trade-services', '--employees', 'ten', '--revenue', '1']);
    expect(run).toMatchObject({ code: 2 });
    expect(run.stderr).toContain("--employees must be a number in plain digits, not 'ten'");
  });

  it('reports a file that is not JSON, or not an object', async () => {
    const dir = await withJson('business.json', '{ sector: trade');
    const bad = await dbiKit(['classify', 'business.json'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^dbi-kit: business\.json: not valid JSON: /);
    const list = await dbiKit(['classify', '-'], { stdin: '[1, 2]' });
    expect(list).toMatchObject({ code: 1, stderr: 'dbi-kit: -: expected a JSON object\n' });
  });
});

describe('dbi-kit subsidy', () => {
  // Article 11 clause 2 (dx-solution), small: 50 %, at most 50,000,000 ₫ a year for all such
  // items together. 80 M → 40 M (10 M of the cap left); 40 M → 20 M, capped at the 10 M left.
  // Totals: cost 120 M, support 50 M, net 70 M.
  it('computes each item and the totals from --size and --item', async () => {
    const run = await dbiKit(['subsidy', '--size', 'small', '--item', 'dx-solution:80000000:Accounting suite', '--item', 'dx-solution:40000000', '--format', 'json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.items.map((item: { label?: string; support: number; net: number }) => [item.label, item.support, item.net])).toEqual([
      ['Accounting suite', 40_000_000, 40_000_000],
      [undefined, 10_000_000, 30_000_000],
    ]);
    expect(result.totals).toEqual({ cost: 120_000_000, support: 50_000_000, net: 70_000_000 });
  });

  it('prints a table with money in the language\'s format', async () => {
    const en = await dbiKit(['subsidy', '--size', 'small', '--item', 'dx-solution:80000000', '--lang', 'en']);
    expect(en.stdout).toMatch(/^dx-solution +80,000,000 ₫ +50 % +50,000,000 ₫ +40,000,000 ₫ +40,000,000 ₫$/m);
    const vi = await dbiKit(['subsidy', '--size', 'small', '--item', 'dx-solution:80000000']);
    expect(vi.stdout).toMatch(/^Tổng +80\.000\.000 ₫ +40\.000\.000 ₫ +40\.000\.000 ₫$/m);
  });

  // Trade and services, 30 employees, revenue 20 bn → small (as above). Clause 1 (dx-consulting),
  // small: 50 %, at most 50,000,000 ₫ per contract: 60 M → 30 M.
  it('decides the size class from the business\'s figures when --size is not given', async () => {
    const dir = await withJson('request.json', { sector: 'trade-services', employees: 30, revenue: 20_000_000_000, items: [{ kind: 'dx-consulting', cost: 60_000_000 }] });
    const run = await dbiKit(['subsidy', 'request.json', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ size: 'small', totals: { cost: 60_000_000, support: 30_000_000, net: 30_000_000 } });
  });

  // Clause 1 lists small and medium only: a micro enterprise gets nothing for dx-consulting.
  it('reports an item the size class is not eligible for, with support 0', async () => {
    const run = await dbiKit(['subsidy', '--size', 'micro', '--item', 'dx-consulting:10000000', '--format', 'json']);
    expect(JSON.parse(run.stdout).items[0]).toMatchObject({ eligible: false, support: 0, net: 10_000_000 });
  });

  it('adds the priority note for --priority', async () => {
    const run = await dbiKit(['subsidy', '--size', 'small', '--item', 'dx-solution:1000000', '--priority', 'womanOwned,socialEnterprise', '--format', 'json']);
    expect(JSON.parse(run.stdout).priority.groups).toEqual(['womanOwned', 'socialEnterprise']);
    const bad = await dbiKit(['subsidy', '--size', 'small', '--item', 'dx-solution:1000000', '--priority', 'veterans']);
    expect(bad.code).toBe(2);
  });

  it('refuses missing costs or size (exit 2) and a bad item (exit 1, naming the field)', async () => {
    expect((await dbiKit(['subsidy', '--size', 'small'])).stderr).toContain('no costs: give --item <kind>:<cost>');
    const noSize = await dbiKit(['subsidy', '--item', 'dx-solution:1']);
    expect(noSize).toMatchObject({ code: 2 });
    expect(noSize.stderr).toContain('give --size, or the business');
    expect(await dbiKit(['subsidy', '--size', 'small', '--item', 'dx-solution'])).toMatchObject({ code: 2 });
    const kind = await dbiKit(['subsidy', '--size', 'small', '--item', 'hardware:1000']);
    expect(kind.code).toBe(1);
    expect(kind.stderr).toMatch(/^dbi-kit: items\[0\]\.kind: expected one of dx-consulting, dx-solution/);
  });
});
