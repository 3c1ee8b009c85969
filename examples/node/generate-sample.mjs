#!/usr/bin/env node
// Writes a CSV of N random, fictional (SAMPLE) businesses in the layout of `dbi-kit template`.
//   node examples/node/generate-sample.mjs 1000 --out sample.csv [--seed 1] [--bad 3]
import { parseArgs } from 'node:util';
import { writeSampleCsv } from './sample-businesses.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', short: 'o', default: 'sample-businesses.csv' },
    seed: { type: 'string', default: '1' },
    bad: { type: 'string', default: '0' },
  },
});
const rows = Number(positionals[0] ?? 1000);
if (!Number.isInteger(rows) || rows < 0) throw new Error(`N must be a whole number, not ${positionals[0]}`);
await writeSampleCsv({ out: values.out, rows, seed: Number(values.seed), bad: Number(values.bad) });
console.error(`Wrote ${rows.toLocaleString('en-US')} SAMPLE businesses to ${values.out}`);
