// Random, fictional businesses in the layout of `dbi-kit template`: the generator behind
// generate-sample.mjs and the CLI's benchmark. Every id and name says SAMPLE.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { criteriaOf, ENTERPRISE_SECTORS, getMethodology } from '@dbi-kit/engine';

/** A small, fast, seeded PRNG (mulberry32), so that a seed always gives the same file. */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Rough magnitudes for a ratio's denominator by unit: money in VND, headcounts, other counts.
const DENOMINATOR = { vnd: [10_000_000, 20_000_000_000], people: [1, 200], count: [1, 2_000] };

/**
 * The header (stable column names) and the label row of the template, built from the methodology
 * the same way `dbi-kit template` does: profile columns, then `<id>` or `<id>.numerator` and
 * `<id>.denominator` per criterion.
 */
export function sampleColumns(methodology) {
  const names = ['id', 'name', 'sector', 'employees', 'revenue', 'capital'];
  const labels = ['# Business id', 'Business name', 'Sector', 'Employees', 'Revenue (VND)', 'Capital (VND)'];
  for (const criterion of criteriaOf(methodology)) {
    const parts = criterion.kind === 'ratio' ? ['numerator', 'denominator'] : [null];
    for (const part of parts) {
      names.push(part ? `${criterion.id}.${part}` : criterion.id);
      labels.push(`${criterion.id} ${part ? criterion[part].en : criterion.title.en}`.replaceAll('"', "'"));
    }
  }
  return { names, labels };
}

/** One random business as CSV cells, in the order of {@link sampleColumns}; about 5 % of answers left blank. */
export function sampleRow(n, methodology, random) {
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  // Most businesses are small: headcount log-uniform from 1 to about 300, revenue 0.3–3 billion
  // VND per employee, capital 20–150 % of revenue (whole millions).
  const employees = Math.floor(Math.exp(random() * Math.log(300))) || 1;
  const revenue = Math.round(employees * (300 + random() * 2_700)) * 1_000_000;
  const capital = Math.round((revenue / 1_000_000) * (0.2 + random() * 1.3)) * 1_000_000;
  const cells = [
    `SAMPLE-${String(n).padStart(7, '0')}`,
    `SAMPLE Business ${n}`,
    ENTERPRISE_SECTORS[int(0, ENTERPRISE_SECTORS.length - 1)],
    employees,
    revenue,
    capital,
  ];
  for (const criterion of criteriaOf(methodology)) {
    const blank = random() < 0.05;
    if (criterion.kind === 'ratio') {
      const [low, high] = criterion.unit === 'people' ? [1, employees] : DENOMINATOR[criterion.unit];
      const denominator = int(low, high);
      cells.push(blank ? '' : int(0, denominator), blank ? '' : denominator);
    } else {
      const top = criterion.kind === 'ladder' ? criterion.steps.length - 1 : criterion.options.length - 1;
      cells.push(blank ? '' : int(0, top));
    }
  }
  return cells;
}

// Three kinds of mistake a real spreadsheet has, for demonstrating per-row errors.
const MISTAKES = [
  (cells, names) => (cells[names.indexOf('1.1.1')] = 'yes'),
  (cells, names) => (cells[names.indexOf('2.1.1')] = 9),
  (cells, names) => (cells[names.findIndex((name) => name.endsWith('.numerator'))] = '1.500.000'),
];

/**
 * Writes a CSV of `rows` random SAMPLE businesses (plus the template's label row) to `out`,
 * streaming. `bad` rows, spread evenly, carry a deliberate mistake.
 */
export async function writeSampleCsv({ out, rows, seed = 1, bad = 0, methodologyId = 'dbi-2021-sme' }) {
  const methodology = getMethodology(methodologyId);
  const random = createRandom(seed);
  const { names, labels } = sampleColumns(methodology);
  const file = createWriteStream(out);
  const badEvery = bad > 0 ? Math.floor(rows / bad) : 0;
  let chunk = `${names.join(',')}\n${labels.map((label) => `"${label}"`).join(',')}\n`;
  for (let n = 1; n <= rows; n++) {
    const cells = sampleRow(n, methodology, random);
    if (badEvery > 0 && n % badEvery === 0 && n / badEvery <= bad) MISTAKES[(n / badEvery - 1) % MISTAKES.length](cells, names);
    chunk += `${cells.join(',')}\n`;
    if (chunk.length > 1 << 16) {
      if (!file.write(chunk)) await once(file, 'drain');
      chunk = '';
    }
  }
  file.end(chunk);
  await once(file, 'finish');
}
