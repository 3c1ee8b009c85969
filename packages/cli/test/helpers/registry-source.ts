// A registry source folder and signing keys for the operator-tool tests, made with the real binary.
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { REPO_ROOT, dbiKit, tempDir } from './dbi-kit.js';

export const SAMPLE = join(REPO_ROOT, 'packages/registry/sample');
export const PROGRAMME = { id: 'smedx-test', name: { vi: 'Chương trình thử', en: 'Test programme' } };

/** A source folder with two SAMPLE platforms, one of them certified until 2030. */
export async function makeSource(): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, 'platforms'));
  await cp(join(SAMPLE, 'registry.json'), join(dir, 'registry.json'));
  for (const id of ['so-cai-may', 'quan-an-so']) await cp(join(SAMPLE, `platforms/${id}.json`), join(dir, `platforms/${id}.json`));
  const certifications = [{ platform: 'so-cai-may', jti: 'so-cai-may-1', programme: PROGRAMME, issuedAt: '2025-01-01T00:00:00Z', expiresAt: '2030-01-01T00:00:00Z' }];
  await writeFile(join(dir, 'certifications.json'), JSON.stringify({ certifications }));
  return dir;
}

/** `dbi-kit registry keygen` into `dir`: the kid and the two key files. */
export async function keygen(dir: string, prefix: string): Promise<{ kid: string; privateFile: string; publicFile: string }> {
  const run = await dbiKit(['registry', 'keygen', '--out', dir, '--prefix', prefix]);
  expect(run.code, run.stderr).toBe(0);
  const kid = run.stdout.trim();
  return { kid, privateFile: join(dir, `${kid}.private.jwk`), publicFile: join(dir, `${kid}.public.jwk`) };
}

/** Builds `source` with a fresh key into a new folder under a temporary one: the run, the folder (absent when nothing was written) and the key. */
export async function buildSource(source: string, env: Record<string, string> = {}) {
  const key = await keygen(await tempDir(), 'k');
  const out = join(await tempDir(), 'out');
  return { run: await dbiKit(['registry', 'build', '-s', source, '-k', key.privateFile, '-o', out], { env }), out, key };
}
