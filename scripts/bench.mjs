// `npm run bench`: builds, runs every package's benchmark in turn and prints one table.
// A benchmark reports each figure on a line `BENCH {"name": …, "value": …, "unit": …, "target": …}`;
// everything else it prints is passed through.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

const workspaces = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).workspaces;

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))));
  });
}

if (!process.argv.includes('--no-build')) await run('npm', ['run', 'build', '--silent']);

const rows = [];
for (const dir of workspaces) {
  const manifest = JSON.parse(readFileSync(new URL(`../${dir}/package.json`, import.meta.url), 'utf8'));
  if (!manifest.scripts?.bench) continue;
  console.log(`\n== ${manifest.name} ==`);
  const out = await run('npm', ['run', 'bench', '--silent', '-w', manifest.name]);
  for (const line of out.split('\n')) {
    if (!line.startsWith('BENCH ')) continue;
    const figure = JSON.parse(line.slice(6));
    rows.push([manifest.name, figure.name, `${figure.value.toLocaleString('en-US')} ${figure.unit}`, figure.target ?? '']);
  }
}

const header = ['package', 'benchmark', 'result', 'target'];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => String(r[i]).length)));
const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(`\nMachine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));
