// The SAMPLE registry: fictional, complete, reproducible, and in sync with the bundled snapshot.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DBI_PILLAR_IDS } from '@dbi-kit/engine';
import {
  PLATFORM_CATEGORIES,
  SAMPLE_REGISTRY_SNAPSHOT,
  parsePlatform,
  parsePlatformIndex,
  parseRegistryManifest,
  verifyCertificateToken,
  verifyRevocationList,
  type BuiltRegistry,
  type Platform,
  type RegistrySourceFiles,
  type SourceFile,
  type TrustedKey,
} from '@dbi-kit/registry';
// @ts-expect-error -- a plain .mjs script without types
import { SAMPLE_PUBLIC_KEY_FILE, SAMPLE_SNAPSHOT_FILE, buildSample, readSampleSource, snapshotOf } from '../scripts/build-sample.mjs';

type Source = RegistrySourceFiles;
const build = buildSample as (source: Source, options?: { sourceDateEpoch?: string }) => Promise<BuiltRegistry>;

const source: Source = await readSampleSource();
const built = await build(source, { sourceDateEpoch: undefined });
const platforms: Platform[] = [...built.files].filter(([path]) => /^platforms\/.+\.json$/.test(path)).map(([path, text]) => parsePlatform(JSON.parse(text), path));

describe('the SAMPLE registry', () => {
  it('builds without problems into valid documents', () => {
    expect(built.problems).toEqual([]);
    expect(parseRegistryManifest(JSON.parse(built.files.get('registry.json')!)).sample).toBe(true);
    expect(parsePlatformIndex(JSON.parse(built.files.get('platforms.json')!)).skipped).toEqual([]);
  });

  it('has at least 40 platforms covering every category and every pillar', () => {
    expect(platforms.length).toBeGreaterThanOrEqual(40);
    expect(new Set(platforms.flatMap((p) => p.categories))).toEqual(new Set(PLATFORM_CATEGORIES.map((c) => c.id)));
    expect(new Set(platforms.flatMap((p) => p.pillars))).toEqual(new Set(DBI_PILLAR_IDS));
  });

  it('says in every record that it is sample data, with fictional vendors on .example domains', () => {
    for (const p of platforms) {
      expect(p.sample, p.id).toBe(true);
      expect(p.vendor.name, p.id).toMatch(/\(SAMPLE\)$/);
      expect(p.summary.en, p.id).toMatch(/^\[SAMPLE\] /);
      expect(p.summary.vi, p.id).toMatch(/^\[MẪU\] /);
      expect(p.description.en, p.id).toContain('SAMPLE DATA');
      expect(p.description.vi, p.id).toContain('DỮ LIỆU MẪU');
      expect(p.vendor.taxCode, p.id).toBeUndefined();
      for (const url of [p.website, p.vendor.website!]) expect(new URL(url).hostname, p.id).toMatch(/\.example$/);
    }
  });

  it('has prices in whole VND and trials on most platforms, but not all', () => {
    const withTrial = platforms.filter((p) => p.trial !== null).length;
    expect(withTrial).toBeGreaterThan(platforms.length / 2);
    expect(withTrial).toBeLessThan(platforms.length);
    for (const plan of platforms.flatMap((p) => p.plans)) if (plan.price !== null) expect(Number.isSafeInteger(plan.price)).toBe(true);
  });

  it('writes a logo for every platform that points at one', () => {
    for (const p of platforms) expect(built.files.get(p.logo!), p.id).toMatch(/^<svg /);
  });

  it('builds the same bytes twice, with generatedAt from SOURCE_DATE_EPOCH when set', async () => {
    expect(await build(source)).toEqual(built);
    const epoch = await build(source, { sourceDateEpoch: '1767225600' }); // 2026-01-01T00:00:00Z
    expect(JSON.parse(epoch.files.get('registry.json')!).generatedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(JSON.parse(epoch.files.get('registry.json')!).version).toBe(JSON.parse(built.files.get('registry.json')!).version);
  });

  it('matches the bundled snapshot (run `npm run build:sample -w @dbi-kit/registry` when this fails)', async () => {
    expect(await readFile(SAMPLE_SNAPSHOT_FILE, 'utf8')).toBe(snapshotOf(built.files));
    expect(SAMPLE_REGISTRY_SNAPSHOT).toEqual(JSON.parse(snapshotOf(built.files)));
  });
});

describe('the SAMPLE certificates', () => {
  const samplePublicKey: Promise<TrustedKey> = readFile(SAMPLE_PUBLIC_KEY_FILE, 'utf8').then(JSON.parse);
  const at = new Date('2026-01-01T00:00:00Z');

  it('publishes the SAMPLE public key (and only it) in registry.json, with SAMPLE in its kid', async () => {
    const key = await samplePublicKey;
    expect(key.kid).toMatch(/^SAMPLE-/);
    expect(parseRegistryManifest(JSON.parse(built.files.get('registry.json')!)).keys).toEqual([key]);
  });

  it('signs one certificate per certification, each with the status its dates and the revocation list give', async () => {
    const trustedKeys = [await samplePublicKey];
    const list = await verifyRevocationList(built.files.get('revocations.jws')!, trustedKeys);
    if (!list.ok) throw new Error(list.reason);
    const certificates = [...built.files].filter(([path]) => /^certificates\/.+\.jws$/.test(path));
    const statuses = Object.fromEntries(
      await Promise.all(certificates.map(async ([path, token]) => {
        const platformId = path.slice('certificates/'.length, -'.jws'.length);
        return [platformId, (await verifyCertificateToken({ token, platformId, trustedKeys, revocations: list.list, now: at })).status];
      })),
    );
    // From sample/certifications.json and sample/revocations.json: giao-hang-chang-cuoi expired
    // on 2025-01-01, quan-an-so is revoked, the other four run to 2027.
    expect(statuses).toEqual({
      'giao-hang-chang-cuoi': 'expired',
      'hoa-don-la-sen': 'valid',
      'hop-dong-but-chi': 'valid',
      'ke-toan-chuon-chuon': 'valid',
      'quan-an-so': 'revoked',
      'so-cai-may': 'valid',
    });
  });

  it('signs each platform\'s name into its certificate, as platforms/{id}.json gives it', async () => {
    const trustedKeys = [await samplePublicKey];
    const token = built.files.get('certificates/so-cai-may.jws')!;
    const verdict = await verifyCertificateToken({ token, platformId: 'so-cai-may', trustedKeys, revocations: { protocol: 'dbi-registry/1', iss: '', iat: 0, revocations: [] }, now: at });
    const platform = JSON.parse(built.files.get('platforms/so-cai-may.json')!) as { name: string };
    expect(platform.name).toBe('Sổ Cái Mây'); // sample/platforms/so-cai-may.json
    expect(verdict.claims?.name).toBe(platform.name);
  });
});

describe('the registry build', () => {
  it('reports every problem (file, record, field) and writes nothing', async () => {
    const [first, second, ...rest] = source.platforms;
    const broken: Source = {
      manifest: source.manifest,
      platforms: [
        { file: first.file, text: JSON.stringify({ ...JSON.parse(first.text), pillars: ['marketing'] }) },
        { file: second.file, text: '{ "id": ' },
        { file: 'platforms/renamed.json', text: rest[0].text },
        { file: rest[1].file, text: JSON.stringify({ ...JSON.parse(rest[1].text), categories: ['made-up'] }) },
      ],
    };
    const result = await build(broken);
    expect(result.files.size).toBe(0);
    const firstId = JSON.parse(first.text).id;
    const otherId = JSON.parse(rest[1].text).id;
    expect(result.problems.map(({ file, record, field }) => [file, record, field])).toEqual([
      [first.file, firstId, 'pillars[0]'],
      [second.file, undefined, '(root)'],
      ['platforms/renamed.json', 'renamed', 'id'],
      [rest[1].file, otherId, 'categories[0]'],
    ]);
  });

  describe('categories declared in registry.json', () => {
    const agriTech = { id: 'agri-tech', name: { vi: 'Nông nghiệp công nghệ cao', en: 'Agricultural technology' }, official: false };
    const edit = (file: SourceFile, change: (json: Record<string, unknown>) => Record<string, unknown>): SourceFile => ({ file: file.file, text: JSON.stringify(change(JSON.parse(file.text))) });
    /** The SAMPLE source with `categories` in registry.json, so-cai-may also in `agri-tech` and certified for it alone. */
    const declaring = (categories: unknown): Source => ({
      ...source,
      manifest: edit(source.manifest, (manifest) => ({ ...manifest, categories })),
      platforms: source.platforms.map((file) => (file.file === 'platforms/so-cai-may.json' ? edit(file, (p) => ({ ...p, categories: [...(p.categories as string[]), 'agri-tech'] })) : file)),
      certifications: edit(source.certifications!, ({ certifications }) => ({
        certifications: (certifications as { platform: string }[]).map((c) => (c.platform === 'so-cai-may' ? { ...c, categories: ['agri-tech'] } : c)),
      })),
    });

    it('publishes the standard categories then the declared ones, and accepts them on platforms and certifications', async () => {
      const result = await build(declaring([agriTech]));
      expect(result.problems).toEqual([]);
      expect(parseRegistryManifest(JSON.parse(result.files.get('registry.json')!)).categories).toEqual([...PLATFORM_CATEGORIES, agriTech]);
      expect(parsePlatform(JSON.parse(result.files.get('platforms/so-cai-may.json')!)).categories).toContain('agri-tech');
      const summary = parsePlatformIndex(JSON.parse(result.files.get('platforms.json')!)).index.platforms.find((p) => p.id === 'so-cai-may');
      expect(summary?.categories).toContain('agri-tech');
      const trustedKeys = [JSON.parse(await readFile(SAMPLE_PUBLIC_KEY_FILE, 'utf8')) as TrustedKey];
      const token = result.files.get('certificates/so-cai-may.jws')!;
      const verdict = await verifyCertificateToken({ token, platformId: 'so-cai-may', trustedKeys, revocations: { protocol: 'dbi-registry/1', iss: '', iat: 0, revocations: [] }, now: new Date('2026-01-01T00:00:00Z') });
      expect(verdict).toMatchObject({ status: 'valid', claims: { categories: ['agri-tech'] } });
    });

    it('refuses a platform using a category registry.json does not declare', async () => {
      const result = await build(declaring([]));
      expect(result.files.size).toBe(0);
      expect(result.problems).toEqual([
        { file: 'platforms/so-cai-may.json', record: 'so-cai-may', field: 'categories[1]', message: 'Unknown category "agri-tech": not a standard category, and registry.json does not declare it' },
      ]);
    });

    it('reports every bad declaration (file registry.json, field categories[i]…) and writes nothing', async () => {
      const result = await build(
        declaring([
          agriTech,
          { ...agriTech, name: { vi: 'Nông nghiệp', en: 'Farming' } },
          { id: 'fish-farming', name: { vi: 'Nuôi trồng thủy sản' }, official: false },
          { id: 'e-invoice', name: { vi: 'Hóa đơn điện tử', en: 'E-invoice' }, official: false },
          { id: 'drones', name: { vi: 'Thiết bị bay', en: 'Drones' }, official: true },
          { id: 'Agri Tech', name: { vi: 'X', en: 'X' } },
        ]),
      );
      expect(result.files.size).toBe(0);
      expect(result.problems.map(({ file, record, field }) => [file, record, field])).toEqual([
        ['registry.json', 'agri-tech', 'categories[1].id'],
        ['registry.json', 'fish-farming', 'categories[2].name.en'],
        ['registry.json', 'e-invoice', 'categories[3].id'],
        ['registry.json', 'drones', 'categories[4].official'],
        ['registry.json', 'Agri Tech', 'categories[5].id'],
        ['registry.json', 'Agri Tech', 'categories[5].official'],
      ]);
      expect(result.problems.map((problem) => problem.message).slice(0, 4)).toEqual([
        'Duplicate category id "agri-tech"',
        expect.any(String),
        '"e-invoice" is a standard category: it is always published and may not be declared again',
        "Must be false: a registry's own category is not an official SMEdx platform group",
      ]);
    });

    it('reports categories that are not an array', async () => {
      const result = await build(declaring('agri-tech'));
      expect(result.files.size).toBe(0);
      expect(result.problems.map(({ file, field }) => [file, field])).toEqual([
        ['platforms/so-cai-may.json', 'categories[1]'],
        ['registry.json', 'categories'],
      ]);
    });
  });
});
