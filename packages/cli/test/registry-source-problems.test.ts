// `dbi-kit registry build` and `revoke` on sources a client would refuse, through the real
// binary: each problem is reported (file, field) and nothing is written.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dbiKit, ensureBuilt } from './helpers/dbi-kit.js';
import { buildSource, makeSource } from './helpers/registry-source.js';

beforeAll(ensureBuilt, 120_000);

const revoked = (jti: string) => ({ jti, reason: 'Vendor withdrew', revokedAt: '2025-06-01T00:00:00Z' });

describe('revocations.json with a jti listed twice (every client refuses such a list)', () => {
  it('build reports it with the file and field and writes nothing', async () => {
    const source = await makeSource();
    await writeFile(join(source, 'revocations.json'), JSON.stringify({ revocations: [revoked('x-1'), revoked('x-1')] }));
    const { run, out } = await buildSource(source);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('revocations.json revocations: Duplicate jti\n');
    await expect(stat(out)).rejects.toThrow();
  });

  it('revoke refuses to add to it, naming the problem, and leaves the file alone', async () => {
    const source = await makeSource();
    const text = JSON.stringify({ revocations: [revoked('x-1'), revoked('x-1')] });
    await writeFile(join(source, 'revocations.json'), text);
    const run = await dbiKit(['registry', 'revoke', '-s', source, '--jti', 'so-cai-may-1', '--reason', 'x']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('revocations: Duplicate jti');
    expect(await readFile(join(source, 'revocations.json'), 'utf8')).toBe(text);
  });
});

describe('SOURCE_DATE_EPOCH', () => {
  it.each(['yesterday', '1.5', '-1', '99999999999999999999'])('%s is reported as not a whole number of seconds, with no stack trace', async (value) => {
    const { run, out } = await buildSource(await makeSource(), { SOURCE_DATE_EPOCH: value });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`SOURCE_DATE_EPOCH: Expected a whole number of seconds since 1970-01-01T00:00:00Z, got "${value}"\n`);
    expect(run.stderr).not.toMatch(/RangeError|\n\s+at /);
    await expect(stat(out)).rejects.toThrow();
  });

  it('a whole number of seconds is the build time', async () => {
    const { run, out } = await buildSource(await makeSource(), { SOURCE_DATE_EPOCH: '1767225600' });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(await readFile(join(out, 'registry.json'), 'utf8')).generatedAt).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('every problem in one run', () => {
  it('reports registry.json with the platform problems, and a certified platform whose file is invalid as such (not "no platform")', async () => {
    const source = await makeSource();
    const manifest = JSON.parse(await readFile(join(source, 'registry.json'), 'utf8'));
    await writeFile(join(source, 'registry.json'), JSON.stringify({ ...manifest, operator: { ...manifest.operator, name: '' } }));
    const record = JSON.parse(await readFile(join(source, 'platforms/so-cai-may.json'), 'utf8'));
    await writeFile(join(source, 'platforms/so-cai-may.json'), JSON.stringify({ ...record, plans: [{ ...record.plans[0], price: -5 }] }));
    const { run, out } = await buildSource(source);
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines).toEqual([
      expect.stringMatching(/^platforms\/so-cai-may\.json \(so-cai-may\) plans\[0\]\.price: /),
      'certifications.json (so-cai-may) certifications[0].platform: Platform file invalid: platforms/so-cai-may.json (see its problems)',
      expect.stringMatching(/^registry\.json operator\.name: /),
      `dbi-kit: 3 problem(s) in ${source}; nothing written`,
    ]);
    await expect(stat(out)).rejects.toThrow();
  });
});
