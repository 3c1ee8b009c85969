import type { z } from 'zod/mini';
import { CERTIFICATE_TYPE, type CertificateClaims } from '../certificates/certificate-claims.schema.js';
import { REVOCATIONS_TYPE, type Revocation } from '../certificates/revocation-list.schema.js';
import { signJws } from '../certificates/sign-jws.js';
import { SigningKeySchema, publicKeyOf } from '../certificates/signing-key.js';
import { isRegistryResponseError } from '../errors/registry-errors.js';
import { foldText } from '../search/fold-text.js';
import { PLATFORM_CATEGORIES } from '../protocol/platform-categories.js';
import { parsePlatform } from '../protocol/parse-platform.js';
import { parsePlatformIndex } from '../protocol/parse-platform-index.js';
import { parseRegistryManifest } from '../protocol/parse-registry-manifest.js';
import { REGISTRY_PROTOCOL } from '../protocol/protocol-version.js';
import { toRegistryIssues } from '../protocol/schema-issues.js';
import type { Platform } from '../protocol/schemas/platform.schema.js';
import { RegistryCategorySchema, RegistryKeySchema, type RegistryCategory, type RegistryKey } from '../protocol/schemas/registry-manifest.schema.js';
import { summarizePlatform } from '../protocol/summarize-platform.js';
import { CertificationSchema, RevocationsFileSchema, type Certification } from './certification-source.schema.js';
import type { BuildProblem, RegistrySourceFiles, SourceFile } from './registry-source.js';
import { sha256Hex } from './sha256-hex.js';
import { readSourceDateEpoch } from './source-date-epoch.js';

/** What `buildRegistry` needs besides the source. */
export interface BuildRegistryOptions {
  /** The private key (JWK with `d` and `kid`) that signs every certificate and the revocation list. */
  readonly signingKey: unknown;
  /** Public keys still published in `registry.json` after a rotation (certificates they signed stay valid until they expire). */
  readonly previousKeys?: readonly unknown[];
  /**
   * `$SOURCE_DATE_EPOCH` (a whole number of seconds): the build time; default: the latest date in
   * the records. Any other value is a problem (`environment SOURCE_DATE_EPOCH`).
   */
  readonly sourceDateEpoch?: string;
}

/** The build's result: `files` (path → content, sorted by path) is empty whenever `problems` is not. */
export interface BuiltRegistry {
  readonly problems: readonly BuildProblem[];
  readonly files: ReadonlyMap<string, string>;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const seconds = (dateTime: string) => Math.floor(Date.parse(dateTime) / 1000);

function parseJson(source: SourceFile, problems: BuildProblem[]): unknown {
  try {
    return JSON.parse(source.text);
  } catch (error) {
    problems.push({ file: source.file, field: '(root)', message: `Not JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function schemaProblems(file: string, error: unknown): BuildProblem[] {
  if (!isRegistryResponseError(error)) throw error;
  const issues = error.issues.length ? error.issues : [{ field: '(root)', message: error.message }];
  return issues.map((issue) => ({ file, record: error.recordId, field: issue.field, message: issue.message }));
}

/**
 * The fields of `registry.json` the build fills in: never the source file's problem. The source's
 * own `categories` are checked by `readDeclaredCategories`, and only those that pass are published.
 */
const BUILT_FIELD = /^(protocol|version|generatedAt|keys|categories)\b/;

/** The problems of the source's `registry.json`: what `manifest()` throws, less the build's own fields. */
function manifestProblems(file: string, manifest: () => unknown): BuildProblem[] {
  try {
    manifest();
    return [];
  } catch (error) {
    return schemaProblems(file, error).filter((problem) => !BUILT_FIELD.test(problem.field));
  }
}

/** Validates `value` with `schema`, adding every issue to `problems` with `prefix` before the field. */
function check<T extends z.ZodMiniType>(schema: T, value: unknown, at: Omit<BuildProblem, 'field' | 'message'>, prefix: string, problems: BuildProblem[]): z.output<T> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of toRegistryIssues(result.error)) problems.push({ ...at, field: issue.field === '(root)' ? prefix || '(root)' : `${prefix}${prefix && !issue.field.startsWith('[') ? '.' : ''}${issue.field}`, message: issue.message });
  return undefined;
}

/** A simple, deterministic SAMPLE SVG logo: the platform's initials on a colour derived from its id. */
async function logoSvg(platform: Platform): Promise<string> {
  const initials = foldText(platform.name).split(' ').slice(0, 2).map((word) => word[0]).join('').toUpperCase();
  const hue = Math.round(parseInt((await sha256Hex(platform.id)).slice(0, 2), 16) * (360 / 256));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" aria-label="${initials} (SAMPLE logo)"><rect width="64" height="64" rx="12" fill="hsl(${hue} 55% 38%)"/><text x="32" y="41" font-family="system-ui,sans-serif" font-size="24" font-weight="700" text-anchor="middle" fill="#fff">${initials}</text></svg>\n`;
}

/** An entry's field `name` when it is a string: what problems name the entry by. */
const field = (name: string) => (entry: unknown) => {
  const value = (entry as Record<string, unknown> | null)?.[name];
  return typeof value === 'string' ? value : undefined;
};

/** The categories the source's `registry.json` declares: those to publish, and every id it names. */
interface DeclaredCategories {
  /** The valid declarations, in their order: published after the standard categories. */
  readonly categories: readonly RegistryCategory[];
  /** The standard ids and every id declared, valid or not (a platform using one is not reported again). */
  readonly known: ReadonlySet<string>;
}

/**
 * Reads the optional `categories` of the source's `registry.json`: the registry's own categories,
 * each `{ id, name: { vi, en }, official: false }` (only the standard list holds official SMEdx
 * groups), ids unique and none the id of a standard category (those are always published, and
 * may not be redeclared, even identically). Every problem is added to `problems` as
 * `categories[i]…`.
 */
function readDeclaredCategories(file: string, meta: unknown, problems: BuildProblem[]): DeclaredCategories {
  const list = (meta as Record<string, unknown> | null | undefined)?.categories;
  // Made here, not at the top level: a module-level Set would keep this module (and the
  // category names) in every browser bundle that imports the package.
  const standard: ReadonlySet<string> = new Set(PLATFORM_CATEGORIES.map((category) => category.id));
  const known = new Set(standard);
  if (list === undefined) return { categories: [], known };
  if (!Array.isArray(list)) {
    problems.push({ file, field: 'categories', message: 'Expected an array of the registry\'s own categories ({ id, name: { vi, en }, official: false })' });
    return { categories: [], known };
  }
  const categories: RegistryCategory[] = [];
  list.forEach((entry, i) => {
    const id = field('id')(entry);
    const at = { file, record: id };
    const before = problems.length;
    const category = check(RegistryCategorySchema, entry, at, `categories[${i}]`, problems);
    if (id !== undefined && standard.has(id)) {
      problems.push({ ...at, field: `categories[${i}].id`, message: `"${id}" is a standard category: it is always published and may not be declared again` });
    } else if (id !== undefined && known.has(id)) {
      problems.push({ ...at, field: `categories[${i}].id`, message: `Duplicate category id "${id}"` });
    }
    if (category?.official) problems.push({ ...at, field: `categories[${i}].official`, message: 'Must be false: a registry\'s own category is not an official SMEdx platform group' });
    if (id !== undefined) known.add(id);
    if (category && problems.length === before) categories.push(category);
  });
  return { categories, known };
}

function readPlatforms(source: RegistrySourceFiles, known: ReadonlySet<string>, problems: BuildProblem[]): Platform[] {
  const platforms: Platform[] = [];
  for (const file of source.platforms) {
    const record = parseJson(file, problems);
    if (record === undefined) continue;
    try {
      platforms.push(parsePlatform(record, file.file, platformIdOf(file)));
    } catch (error) {
      problems.push(...schemaProblems(file.file, error));
    }
  }
  for (const platform of platforms) {
    platform.categories.forEach((id, i) => {
      if (!known.has(id)) problems.push({ file: `platforms/${platform.id}.json`, record: platform.id, field: `categories[${i}]`, message: `Unknown category "${id}": not a standard category, and registry.json does not declare it` });
    });
  }
  if (!platforms.length) problems.push({ file: 'platforms/', field: '(root)', message: 'No platform records' });
  return platforms;
}

/** Reads a `{ [listName]: [...] }` file entry by entry, so every bad entry is reported with its own record name. */
function readList<T extends z.ZodMiniType>(source: SourceFile | undefined, listName: string, item: T, recordOf: (entry: unknown) => string | undefined, problems: BuildProblem[]): z.output<T>[] {
  if (!source) return [];
  const document = parseJson(source, problems);
  if (document === undefined) return [];
  const list = (document as Record<string, unknown> | null)?.[listName];
  if (!Array.isArray(list)) {
    problems.push({ file: source.file, field: listName, message: `Expected an object with a "${listName}" array` });
    return [];
  }
  return list.flatMap((entry, i) => {
    const parsed = check(item, entry, { file: source.file, record: recordOf(entry) }, `${listName}[${i}]`, problems);
    return parsed === undefined ? [] : [parsed];
  });
}

/** The platform id a `platforms/{id}.json` file is for. */
const platformIdOf = (file: SourceFile) => file.file.replace(/^platforms\//, '').replace(/\.json$/, '');

function checkCertifications(file: string, certifications: readonly Certification[], platforms: ReadonlyMap<string, Platform>, platformFiles: ReadonlySet<string>, problems: BuildProblem[]) {
  const seenPlatform = new Set<string>();
  const seenJti = new Set<string>();
  certifications.forEach((entry, i) => {
    const at = { file, record: entry.platform };
    const platform = platforms.get(entry.platform);
    if (!platform) {
      // A file that failed its own checks is reported there; say so rather than that it is missing.
      const message = platformFiles.has(entry.platform) ? `Platform file invalid: platforms/${entry.platform}.json (see its problems)` : `No platform "${entry.platform}" in platforms/`;
      problems.push({ ...at, field: `certifications[${i}].platform`, message });
    }
    if (seenPlatform.has(entry.platform)) problems.push({ ...at, field: `certifications[${i}].platform`, message: 'A second certification for this platform' });
    if (seenJti.has(entry.jti)) problems.push({ ...at, field: `certifications[${i}].jti`, message: `Duplicate jti "${entry.jti}"` });
    seenPlatform.add(entry.platform);
    seenJti.add(entry.jti);
    if (Date.parse(entry.expiresAt) <= Date.parse(entry.notBefore ?? entry.issuedAt)) {
      problems.push({ ...at, field: `certifications[${i}].expiresAt`, message: 'Must be after notBefore (or issuedAt)' });
    }
    entry.categories?.forEach((id, j) => {
      if (platform && !platform.categories.includes(id)) problems.push({ ...at, field: `certifications[${i}].categories[${j}]`, message: `"${id}" is not one of the platform's categories` });
    });
  });
}

function readKeys(options: BuildRegistryOptions, problems: BuildProblem[]) {
  const signingKey = check(SigningKeySchema, options.signingKey, { file: '--key' }, '', problems);
  const previous = (options.previousKeys ?? []).flatMap((key, i) => {
    const parsed = check(RegistryKeySchema, key, { file: '--previous-key' }, `[${i}]`, problems);
    return parsed ? [parsed] : [];
  });
  const keys: RegistryKey[] = signingKey ? [publicKeyOf(signingKey), ...previous] : previous;
  const kids = keys.map((key) => key.kid);
  kids.forEach((kid, i) => {
    if (kids.indexOf(kid) !== i) problems.push({ file: '--previous-key', record: kid, field: 'kid', message: `Duplicate kid "${kid}"` });
  });
  return { signingKey, keys };
}

/**
 * Builds the files of a static `dbi-registry/1` registry from its source: validates every
 * record with the protocol's schemas and reports every problem (file, record, field), producing
 * no file at all if there is one; otherwise `registry.json` (with the public keys, and the
 * standard categories followed by those the source's `registry.json` declares),
 * `platforms.json`, `platforms/{id}.json`, one signed `certificates/{id}.jws` per certification,
 * and the signed `revocations.jws`. Same source and key, same bytes (Ed25519 is deterministic).
 *
 * @example
 * const { problems, files } = await buildRegistry(source, { signingKey: JSON.parse(privateJwk) });
 * if (problems.length) for (const p of problems) console.error(`${p.file} ${p.record ?? ''} ${p.field}: ${p.message}`);
 */
export async function buildRegistry(source: RegistrySourceFiles, options: BuildRegistryOptions): Promise<BuiltRegistry> {
  const problems: BuildProblem[] = [];
  const meta = parseJson(source.manifest, problems) as Record<string, unknown> | undefined;
  // Reported with registry.json's other problems, after those of the records.
  const categoryProblems: BuildProblem[] = [];
  const declared = readDeclaredCategories(source.manifest.file, meta, categoryProblems);
  const platforms = readPlatforms(source, declared.known, problems);
  const byId = new Map(platforms.map((platform) => [platform.id, platform]));
  const certifications = readList(source.certifications, 'certifications', CertificationSchema, field('platform'), problems);
  if (source.certifications) checkCertifications(source.certifications.file, certifications, byId, new Set(source.platforms.map(platformIdOf)), problems);
  const revocations = source.revocations ? check(RevocationsFileSchema, parseJson(source.revocations, problems) ?? {}, { file: source.revocations.file }, '', problems)?.revocations ?? [] : [];
  const { signingKey, keys } = readKeys(options, problems);
  const sourceDate = readSourceDateEpoch(options.sourceDateEpoch, problems);
  const categories = [...PLATFORM_CATEGORIES.map(({ id, name, official }) => ({ id, name: { ...name }, official })), ...declared.categories];
  /** `registry.json` as published: the source's fields and the ones the build fills in. */
  const manifestOf = (version: string, generatedAt: string) =>
    parseRegistryManifest({ ...meta, protocol: REGISTRY_PROTOCOL, version, generatedAt, keys, categories }, source.manifest.file);
  problems.push(...categoryProblems);
  // Checked now, with the others, so one run lists every problem; the fields the build fills in
  // get placeholders, and a problem in them (no key when --key is bad) is the key's, not the file's.
  if (meta !== undefined) problems.push(...manifestProblems(source.manifest.file, () => manifestOf('0'.repeat(16), new Date(0).toISOString())));
  if (problems.length || meta === undefined || !signingKey) return { problems, files: new Map() };

  platforms.sort((a, b) => (a.id < b.id ? -1 : 1));
  certifications.sort((a, b) => (a.platform < b.platform ? -1 : 1));
  const sortedRevocations = [...revocations].sort((a, b) => a.revokedAt.localeCompare(b.revokedAt) || (a.jti < b.jti ? -1 : 1));
  const dates = [...platforms.map((p) => p.updatedAt), ...certifications.map((c) => c.issuedAt), ...sortedRevocations.map((r) => r.revokedAt)];
  const latest = Math.max(...dates.map((date) => Date.parse(date)));
  const generatedAt = new Date(sourceDate ?? latest).toISOString();
  const version = (await sha256Hex(JSON.stringify({ meta, platforms, certifications, revocations: sortedRevocations, keys }))).slice(0, 16);
  const manifest = manifestOf(version, generatedAt);
  const index = { protocol: REGISTRY_PROTOCOL, version, generatedAt, platforms: platforms.map(summarizePlatform) };
  // The build's own output must read back without a single skipped record.
  const readBack = parsePlatformIndex(index, 'platforms.json');
  if (readBack.skipped.length) throw readBack.skipped[0];

  const iss = manifest.operator.website ?? manifest.operator.name;
  const files = new Map<string, string>([
    ['registry.json', json(manifest)],
    ['platforms.json', json(index)],
  ]);
  for (const platform of platforms) {
    files.set(`platforms/${platform.id}.json`, json(platform));
    // Placeholder logos only for a SAMPLE registry: a real one publishes its vendors' own files.
    if (manifest.sample && platform.logo === `logos/${platform.id}.svg`) files.set(platform.logo, await logoSvg(platform));
  }
  for (const entry of certifications) {
    const platform = byId.get(entry.platform)!;
    const claims: CertificateClaims = {
      iss,
      sub: platform.id,
      name: platform.name,
      vendor: { name: platform.vendor.name, ...(platform.vendor.taxCode ? { taxCode: platform.vendor.taxCode } : {}) },
      programme: entry.programme,
      categories: entry.categories ?? platform.categories,
      iat: seconds(entry.issuedAt),
      nbf: seconds(entry.notBefore ?? entry.issuedAt),
      exp: seconds(entry.expiresAt),
      jti: entry.jti,
    };
    files.set(`certificates/${platform.id}.jws`, `${await signJws(claims, CERTIFICATE_TYPE, signingKey)}\n`);
  }
  const list: { protocol: typeof REGISTRY_PROTOCOL; iss: string; iat: number; revocations: Revocation[] } = { protocol: REGISTRY_PROTOCOL, iss, iat: seconds(generatedAt), revocations: sortedRevocations };
  files.set('revocations.jws', `${await signJws(list, REVOCATIONS_TYPE, signingKey)}\n`);
  return { problems, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))) };
}
