// Categories a registry declares in its source registry.json (PROTOCOL.md, Categories), through
// the real binary: published after the standard ones and usable by platforms and certifications,
// or, when a declaration is bad, reported (file registry.json, field categories[i]…) with nothing written.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_CATEGORIES } from '@dbi-kit/registry';
import { dbiKit, ensureBuilt } from './helpers/dbi-kit.js';
import { PROGRAMME, buildSource, makeSource } from './helpers/registry-source.js';

beforeAll(ensureBuilt, 120_000);

const AGRI_TECH = { id: 'agri-tech', name: { vi: 'Nông nghiệp công nghệ cao', en: 'Agricultural technology' }, official: false };

async function editJson(file: string, change: (json: Record<string, unknown>) => Record<string, unknown>) {
  await writeFile(file, JSON.stringify(change(JSON.parse(await readFile(file, 'utf8')))));
}

/** A source whose registry.json declares `categories`, with so-cai-may also in `agri-tech` and certified for it. */
async function declaring(categories: unknown[]): Promise<string> {
  const source = await makeSource();
  await editJson(join(source, 'registry.json'), (manifest) => ({ ...manifest, categories }));
  await editJson(join(source, 'platforms/so-cai-may.json'), (platform) => ({ ...platform, categories: [...(platform.categories as string[]), 'agri-tech'] }));
  const certifications = [{ platform: 'so-cai-may', jti: 'so-cai-may-1', programme: PROGRAMME, categories: ['agri-tech'], issuedAt: '2025-01-01T00:00:00Z', expiresAt: '2030-01-01T00:00:00Z' }];
  await writeFile(join(source, 'certifications.json'), JSON.stringify({ certifications }));
  return source;
}

describe('categories declared in registry.json', { timeout: 30_000 }, () => {
  it('are published after the standard ones, used by a platform and its certificate, and the registry verifies', async () => {
    const { run, out, key } = await buildSource(await declaring([AGRI_TECH]));
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(await readFile(join(out, 'registry.json'), 'utf8')).categories).toEqual([...PLATFORM_CATEGORIES, AGRI_TECH]);
    expect(JSON.parse(await readFile(join(out, 'platforms/so-cai-may.json'), 'utf8')).categories).toContain('agri-tech');
    const [, payload] = (await readFile(join(out, 'certificates/so-cai-may.jws'), 'utf8')).split('.');
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString()).categories).toEqual(['agri-tech']);
    const verify = await dbiKit(['registry', 'verify', out, '--key', key.publicFile, '--at', '2026-01-01T00:00:00Z']);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/^so-cai-may\tvalid\tso-cai-may-1\t/m);
  });

  it('a platform using a category that is neither standard nor declared is refused', async () => {
    const source = await declaring([]);
    const { run, out } = await buildSource(source);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'platforms/so-cai-may.json (so-cai-may) categories[1]: Unknown category "agri-tech": not a standard category, and registry.json does not declare it\n' +
        `dbi-kit: 1 problem(s) in ${source}; nothing written\n`,
    );
    await expect(stat(out)).rejects.toThrow();
  });

  it('a duplicate id, a missing name, a standard id and official: true are each reported, and nothing is written', async () => {
    const source = await declaring([
      AGRI_TECH,
      { ...AGRI_TECH, name: { vi: 'Nông nghiệp', en: 'Farming' } },
      { id: 'fish-farming', official: false },
      { id: 'e-invoice', name: { vi: 'Hóa đơn điện tử', en: 'E-invoice' }, official: false },
      { id: 'drones', name: { vi: 'Thiết bị bay', en: 'Drones' }, official: true },
    ]);
    const { run, out } = await buildSource(source);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'registry.json (agri-tech) categories[1].id: Duplicate category id "agri-tech"',
      expect.stringMatching(/^registry\.json \(fish-farming\) categories\[2\]\.name: \S/),
      'registry.json (e-invoice) categories[3].id: "e-invoice" is a standard category: it is always published and may not be declared again',
      "registry.json (drones) categories[4].official: Must be false: a registry's own category is not an official SMEdx platform group",
      `dbi-kit: 4 problem(s) in ${source}; nothing written`,
    ]);
    await expect(stat(out)).rejects.toThrow();
  });
});
