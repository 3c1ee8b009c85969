// `dbi-kit registry revoke` through the real binary: what --at means (the date recorded; a
// revocation takes effect when the rebuilt list is published) and what it keeps of the file.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dbiKit, ensureBuilt } from './helpers/dbi-kit.js';
import { makeSource } from './helpers/registry-source.js';

beforeAll(ensureBuilt, 120_000);

const revoke = (source: string, ...extra: string[]) => dbiKit(['registry', 'revoke', '-s', source, '--jti', 'so-cai-may-1', '--reason', 'Vendor withdrew', ...extra]);

describe('--at', () => {
  it('is documented as the date recorded, not when the revocation takes effect', async () => {
    const help = await dbiKit(['registry', 'revoke', '--help']);
    expect(help.stdout).toMatch(/--at <date-time>\s+the date recorded/);
    expect(help.stdout).not.toContain('takes effect,');
  });

  it('refuses a date in the future and writes nothing', async () => {
    const source = await makeSource();
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const run = await revoke(source, '--at', future);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--at must not be in the future');
    await expect(readFile(join(source, 'revocations.json'))).rejects.toThrow();
  });

  it('records a past date', async () => {
    const source = await makeSource();
    expect((await revoke(source, '--at', '2025-06-01T00:00:00Z')).code).toBe(0);
    expect(JSON.parse(await readFile(join(source, 'revocations.json'), 'utf8')).revocations[0].revokedAt).toBe('2025-06-01T00:00:00Z');
  });
});
describe('the rest of revocations.json', () => {
  it('keeps a top-level $comment, other entries and their extra fields as they were', async () => {
    const source = await makeSource();
    const before = {
      $comment: 'Revocations of the SAMPLE registry; see the operator log',
      revocations: [{ jti: 'old-1', reason: 'Key leaked', revokedAt: '2025-01-01T00:00:00Z', ticket: 'OPS-12' }],
    };
    await writeFile(join(source, 'revocations.json'), JSON.stringify(before));
    const run = await revoke(source, '--at', '2025-06-01T00:00:00Z');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(await readFile(join(source, 'revocations.json'), 'utf8'))).toEqual({
      ...before,
      revocations: [...before.revocations, { jti: 'so-cai-may-1', reason: 'Vendor withdrew', revokedAt: '2025-06-01T00:00:00Z' }],
    });
  });
});
