// `npm run size`: measures every budget in size-budgets.json (min + gzip -9) and exits 1 when
// one is passed or its file is missing. Run after `npm run build`.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

const root = fileURLToPath(new URL('..', import.meta.url));
const { budgets } = JSON.parse(await readFile(`${root}size-budgets.json`, 'utf8'));

async function minifiedBundle(entry) {
  const bundle = await rollup({
    input: `${root}${entry}`,
    onwarn: () => {},
    plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }), terser({ ecma: 2022, module: true, format: { comments: false } })],
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return output[0].code;
}

let failed = 0;
const rows = [];
for (const budget of budgets) {
  let code;
  try {
    code = budget.entry ? await minifiedBundle(budget.entry) : await readFile(`${root}${budget.file}`);
  } catch (error) {
    failed++;
    rows.push([budget.name, '—', `${budget.limitKb} KB`, `MISSING (${error.code ?? error.message})`]);
    continue;
  }
  const gzipKb = gzipSync(code, { level: 9 }).length / 1000;
  const ok = gzipKb <= budget.limitKb;
  if (!ok) failed++;
  const verdict = !ok ? 'OVER BUDGET' : budget.targetKb && gzipKb > budget.targetKb ? `ok (ceiling; target ${budget.targetKb} KB not met)` : 'ok';
  rows.push([budget.name, `${gzipKb.toFixed(2)} KB`, `${budget.limitKb} KB`, verdict]);
}

const widths = [0, 1, 2, 3].map((i) => Math.max(...[['bundle', 'min+gzip', 'budget', ''], ...rows].map((r) => String(r[i]).length)));
const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log(line(['bundle', 'min+gzip', 'budget', '']));
for (const row of rows) console.log(line(row));
if (failed) {
  console.error(`\n${failed} size budget(s) failed.`);
  process.exit(1);
}
