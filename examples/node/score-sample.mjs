#!/usr/bin/env node
// Generates N SAMPLE businesses, scores them and prints the summary, calling the CLI in-process
// through @dbi-kit/cli's `runCli` (the same code as `npx dbi-kit score` and `summary`).
//   node examples/node/score-sample.mjs [N]
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processIo, runCli } from '@dbi-kit/cli';
import { writeSampleCsv } from './sample-businesses.mjs';

const rows = Number(process.argv[2] ?? 1000);
const dir = await mkdtemp(join(tmpdir(), 'dbi-kit-sample-'));
const answers = join(dir, 'answers.csv');
const results = join(dir, 'results.csv');

await writeSampleCsv({ out: answers, rows, bad: 3 });
console.log(`${rows} SAMPLE businesses (3 with deliberate mistakes): ${answers}\n`);

// Exit code 1: the three bad rows were reported on stderr; the others were scored.
const scored = await runCli(['score', answers, '--out', results], processIo());
console.log(`\ndbi-kit score exited ${scored}; results: ${results}\n`);

process.exitCode = await runCli(['summary', results], processIo());
