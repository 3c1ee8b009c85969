// `npm run bench -w @dbi-kit/cli`: scores 1,000,000 generated SAMPLE businesses (the full
// dbi-2021-sme template, 92 columns, about 410 MB of CSV) with the built CLI and prints rows per
// second and peak memory. Each run is a fresh Node process, so its peak RSS is the CLI's own
// (worker threads included). It also prints the CPU time of all the process's threads and the
// machine's load average: on a shared machine the wall time depends on the others' load, the
// CPU time much less.
//   node bench/score.bench.mjs [--rows N] [--workers N]
// Needs the engine and CLI built (`npm run build`); the root `npm run bench` builds first.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, workers: { type: 'string' } } });
const rows = Number(values.rows);
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const cliIndex = new URL('../dist/index.js', import.meta.url).href;
const input = join(tmpdir(), `dbi-kit-bench-${rows}.csv`);
const output = join(tmpdir(), `dbi-kit-bench-${rows}-results.csv`);

function node(args, label) {
  const run = spawnSync(process.execPath, args, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${label} failed (${run.status}):\n${run.stderr}`);
  return run;
}

// The same sample file serves every run (and later benches): generating it takes longer than scoring it.
if (!existsSync(input)) {
  console.log(`Generating ${rows.toLocaleString('en-US')} SAMPLE businesses → ${input}`);
  node(['examples/node/generate-sample.mjs', String(rows), '--out', input, '--seed', '1'], 'generate');
}

// Runs `dbi-kit score` in a child process through the CLI's runCli and reports its time and peak memory.
function score(extra) {
  const code = `
    const { runCli, processIo } = await import(${JSON.stringify(cliIndex)});
    const started = performance.now();
    const exit = await runCli(['score', ${JSON.stringify(input)}, '--out', ${JSON.stringify(output)}, '--no-progress', ...${JSON.stringify(extra)}], processIo());
    const usage = process.resourceUsage();
    console.log(JSON.stringify({ exit, seconds: (performance.now() - started) / 1000, peakBytes: usage.maxRSS * 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));`;
  const run = node(['--input-type=module', '-e', code], 'score');
  return { ...JSON.parse(run.stdout.trim().split('\n').at(-1)), summary: run.stderr.trim() };
}

const workers = values.workers === undefined ? [] : ['--workers', values.workers];
const runs = [
  ['CSV, with size classes', workers],
  ['CSV, --no-size', ['--no-size', ...workers]],
];
const count = rows.toLocaleString('en-US');
// The targets of issue 5 are for a million rows; a smaller run only reports its figures.
const target = (text) => (rows === 1_000_000 ? { target: text } : {});
for (const [label, extra] of runs) {
  const load = loadavg()[0];
  const { seconds, peakBytes, cpuSeconds, summary } = score(extra);
  const rate = Math.round(rows / seconds);
  const megabytes = Math.round(peakBytes / 2 ** 20);
  console.log(
    `score ${count} rows (${label}): ${seconds.toFixed(1)} s, ${rate.toLocaleString('en-US')} rows/s, peak ${megabytes} MB, ` +
      `CPU ${cpuSeconds.toFixed(1)} s, load average ${load.toFixed(1)} before → ${loadavg()[0].toFixed(1)} after (${summary})`,
  );
  console.log(`BENCH ${JSON.stringify({ name: `score ${count} rows, ${label}: time`, value: Math.round(seconds * 10) / 10, unit: 's', ...target('< 10 s') })}`);
  console.log(`BENCH ${JSON.stringify({ name: `score ${count} rows, ${label}: rate`, value: rate, unit: 'rows/s' })}`);
  console.log(`BENCH ${JSON.stringify({ name: `score ${count} rows, ${label}: peak memory`, value: megabytes, unit: 'MB', ...target('< 200 MB') })}`);
  console.log(`BENCH ${JSON.stringify({ name: `score ${count} rows, ${label}: CPU time`, value: Math.round(cpuSeconds * 10) / 10, unit: 's' })}`);
}
rmSync(output, { force: true });
