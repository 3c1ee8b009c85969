// `npm run bench -w @dbi-kit/registry`: listPlatforms over 10,000 generated platforms.
// Prints the time to validate platforms.json, to build the search index, and the median and
// 95th-percentile query times (target: ≤ 5 ms per query), plus the gzip size of a browser bundle
// holding only createRegistryClient. Runs on the built package (npm run build first).
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { DBI_PILLAR_IDS } from '@dbi-kit/engine';
import { PLATFORM_CATEGORIES, buildPlatformSearchIndex, parsePlatformIndex, queryPlatforms } from '@dbi-kit/registry';

const COUNT = 10_000;

// A small deterministic PRNG (mulberry32), so every run measures the same data.
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(2025);
const pick = (list) => list[Math.floor(rand() * list.length)];
const some = (list, max) => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(list)))];

const WORDS = ['Kế toán', 'Hóa đơn', 'Nhân sự', 'Bán hàng', 'Kho vận', 'Đám mây', 'Điện tử', 'Chữ ký', 'Hợp đồng', 'Khách hàng', 'Dữ liệu', 'Đào tạo', 'Du lịch', 'Khách sạn', 'An ninh', 'Mạng', 'Sổ cái', 'Tiếp thị', 'Vận tải', 'Quản trị'];
const BRANDS = ['Sen', 'Mây', 'Đồng', 'Lúa', 'Sóng', 'Gió', 'Tre', 'Ngọc', 'Sao', 'Biển', 'Núi', 'Hồng', 'Lam', 'Cát', 'Đá'];
const EN = ['accounting', 'invoices', 'payroll', 'sales', 'warehouse', 'cloud', 'signature', 'contracts', 'customers', 'data', 'training', 'hotels', 'security'];

const platforms = Array.from({ length: COUNT }, (_, i) => ({
  id: `platform-${i}`,
  name: `${pick(WORDS)} ${pick(BRANDS)} ${i}`,
  vendor: { name: `Công ty ${pick(BRANDS)} ${pick(BRANDS)} (SAMPLE)` },
  categories: some(PLATFORM_CATEGORIES.map((category) => category.id), 2),
  pillars: some(DBI_PILLAR_IDS, 3),
  summary: { vi: `[MẪU] Phần mềm ${pick(WORDS).toLowerCase()} và ${pick(WORDS).toLowerCase()} cho doanh nghiệp nhỏ và vừa.`, en: `[SAMPLE] ${pick(EN)} and ${pick(EN)} for small businesses.` },
  monthlyPriceFrom: rand() < 0.1 ? null : Math.round(rand() * 100) * 50_000,
  trialDays: rand() < 0.3 ? null : pick([7, 14, 30, 90, 180]),
  website: `https://platform-${i}.example/`,
  updatedAt: new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 300) * 86_400_000).toISOString(),
  sample: true,
}));
const document = { protocol: 'dbi-registry/1', version: 'bench', generatedAt: '2025-12-01T00:00:00Z', platforms };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
const time = (run) => {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
};
const report = (name, value, unit, target) => {
  console.log(`BENCH ${JSON.stringify({ name, value: Number(value.toFixed(unit === 'ms' ? 3 : 1)), unit, ...(target ? { target } : {}) })}`);
};

// Validation of platforms.json (zod, record by record).
const parses = Array.from({ length: 3 }, () => time(() => parsePlatformIndex(document)));
const { index, skipped } = parses[0].value;
if (skipped.length || index.platforms.length !== COUNT) throw new Error('generated data did not validate');
report('validate platforms.json (10,000 records)', median(parses.map((run) => run.ms)), 'ms');

// Index build: once per registry version.
const builds = Array.from({ length: 5 }, () => time(() => buildPlatformSearchIndex(index)));
report('build search index (10,000 platforms)', median(builds.map((run) => run.ms)), 'ms');
const searchIndex = builds[0].value;

const QUERIES = [
  { q: 'ke toan' },
  { q: 'Hóa đơn Sen' },
  { q: 'dam may', sort: 'price', limit: 20 },
  { q: 'dữ liệu', category: 'technology-infrastructure', hasTrial: true },
  { q: 'cong ty dong' },
  { q: 'payroll' },
  { q: 'zzz-no-match' },
  { category: ['e-invoice', 'accounting-finance'], maxMonthlyPrice: 1_000_000, limit: 20 },
  { pillar: 'data-assets', sort: 'updated', offset: 40, limit: 20 },
  { hasTrial: true, sort: 'price', limit: 20 },
];
for (const filter of QUERIES) queryPlatforms(searchIndex, filter); // warm-up
const timings = [];
for (let round = 0; round < 30; round++) for (const filter of QUERIES) timings.push(time(() => queryPlatforms(searchIndex, filter)).ms);
report(`query, median of ${timings.length} (${QUERIES.length} kinds)`, median(timings), 'ms', '≤ 5 ms');
report('query, 95th percentile', percentile(timings, 0.95), 'ms', '≤ 5 ms');

// Bundle size of the client alone, as a browser page would ship it.
try {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { default: terser } = await import('@rollup/plugin-terser');
  const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
  const bundle = await rollup({
    input: 'entry',
    onwarn: () => {},
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? `import { createRegistryClient } from ${JSON.stringify(entry)}; globalThis.client = createRegistryClient;` : null) },
      nodeResolve({ browser: true }),
      terser({ module: true, format: { comments: false } }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  report('createRegistryClient bundle (min + gzip -9, with ky and zod/mini)', gzipSync(output[0].code, { level: 9 }).length / 1000, 'KB');
} catch (error) {
  console.log(`(bundle size skipped: ${error.message})`);
}
