// `npm run bench -w @dbi-kit/engine`: complete random assessments of dbi-2021-sme scored per
// second on one core, through the built package (build it first: PKG=engine npx rollup -c).
// Prints a `BENCH {...}` line per figure for the root bench table.
import os from 'node:os';
import { criteriaOf, getMethodology, maxAnswer, scoreAssessment } from '../dist/index.js';

const SAMPLES = 10_000;
const ROUNDS = 7;
const ROUND_SECONDS = 0.5;

// A deterministic Park–Miller generator, so every run scores the same assessments.
let seed = 2021;
const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;

const dbi = getMethodology('dbi-2021-sme');
const criteria = criteriaOf(dbi);
// Answers as a service or the CLI gets them: parsed from JSON or built with Object.fromEntries,
// which gives objects with fast (shape-based) properties; so does building 60 keys one by one in
// Node 20. An object that has had a property deleted (a form clearing an answer) becomes a
// hash-table ("dictionary mode") object in V8, slower to walk: the second set measures that case.
const assessments = Array.from({ length: SAMPLES }, () =>
  Object.fromEntries(
    criteria.map((criterion) => {
      if (criterion.kind !== 'ratio') return [criterion.id, Math.floor(next() * (maxAnswer(criterion) + 1))];
      const denominator = 1 + Math.floor(next() * 500);
      return [criterion.id, { numerator: Math.floor(next() * (denominator + 1)), denominator }];
    }),
  ),
);
const dictionaryMode = assessments.map((answers) => {
  const copy = { ...answers, cleared: null };
  delete copy.cleared;
  return copy;
});

// Several short rounds, each timed by the process's CPU time and by the wall clock. On a shared
// machine the wall clock also counts the time other jobs held the core; the CPU time does not
// (it does count this process's GC and compiler threads). The figure is the best round by CPU
// time, the closest to what one free core does; medians and wall-clock figures are printed
// beside it, with the load average, to judge the noise.
function run(label, inputs, options) {
  let checksum = 0;
  for (let i = 0; i < 50_000; i++) checksum += scoreAssessment(dbi, inputs[i % SAMPLES], options).points; // warm-up
  const wall = [];
  const cpu = [];
  for (let round = 0; round < ROUNDS; round++) {
    let scored = 0;
    const start = process.hrtime.bigint();
    const startCpu = process.cpuUsage();
    const deadline = start + BigInt(ROUND_SECONDS * 1e9);
    let now = start;
    while (now < deadline) {
      // Every result is consumed, so none of the work can be optimised away.
      for (let i = 0; i < SAMPLES; i++) checksum += scoreAssessment(dbi, inputs[i], options).level;
      scored += SAMPLES;
      now = process.hrtime.bigint();
    }
    const used = process.cpuUsage(startCpu);
    wall.push(scored / (Number(now - start) / 1e9));
    cpu.push(scored / ((used.user + used.system) / 1e6));
  }
  const best = Math.round(Math.max(...cpu));
  const figure = (rate) => Math.round(rate).toLocaleString('en-US');
  console.log(
    `${label}: best ${figure(best)}/s, median ${figure(median(cpu))}/s by CPU time; by the wall clock best ${figure(Math.max(...wall))}/s, median ${figure(median(wall))}/s; ${ROUNDS} rounds (checksum ${checksum})`,
  );
  return best;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(', ');
console.log(`${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}; load average ${load()} before`);
const full = run('scoreAssessment, 5 next steps', assessments);
const bare = run('scoreAssessment, no next steps ({ nextSteps: 0 })', assessments, { nextSteps: 0 });
// The 10,000 assessments above take about 16 MB, more than the caches: a third of that run is
// the memory bringing answers in. A service or the CLI scores each answer object right after
// building it, while it is still in cache; 128 distinct assessments (about 200 KB) measure that.
const HOT = 128;
const hot = run(`scoreAssessment, 5 next steps, ${HOT} distinct assessments (in cache)`, assessments.map((_, i) => assessments[i % HOT]));
// Last: dictionary-mode objects leave the scorer's type feedback polymorphic for what follows.
const slow = run('scoreAssessment, 5 next steps, answers in dictionary mode (a key deleted)', dictionaryMode);
console.log(`load average ${load()} after`);
console.log(`BENCH ${JSON.stringify({ name: 'dbi-2021-sme complete assessments scored, one core (best round by CPU time)', value: full, unit: 'assessments/s', target: '≥ 500,000/s' })}`);
console.log(`BENCH ${JSON.stringify({ name: 'the same without next steps', value: bare, unit: 'assessments/s' })}`);
console.log(`BENCH ${JSON.stringify({ name: 'the same, answers in dictionary mode (a key deleted)', value: slow, unit: 'assessments/s' })}`);
console.log(`BENCH ${JSON.stringify({ name: `the same, ${HOT} distinct assessments in cache (as scored right after parsing)`, value: hot, unit: 'assessments/s' })}`);
