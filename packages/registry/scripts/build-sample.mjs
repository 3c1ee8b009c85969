// Builds the SAMPLE registry: validates every record of packages/registry/sample/ with the
// dbi-registry/1 schemas, reports every problem (file, record, field) and writes nothing if there
// is one; otherwise writes the static registry to dist/sample-registry/ (with .gz siblings for
// hosts that serve precompressed files) and refreshes src/sample/sample-snapshot.json.
//
// Same input, same output bytes: `generatedAt` is $SOURCE_DATE_EPOCH when set, else the latest
// `updatedAt` of the records, and `version` is a hash of the content.
//
// Runs on the built package (`@dbi-kit/registry` resolves to dist/): build it first with
// `npm run build` (or `PKG=registry npx rollup -c` at the root). Under vitest the same import
// resolves to src/.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  PLATFORM_CATEGORIES,
  REGISTRY_PROTOCOL,
  foldText,
  isRegistryResponseError,
  parsePlatform,
  parsePlatformIndex,
  parseRegistryManifest,
  summarizePlatform,
} from '@dbi-kit/registry';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const SAMPLE_SOURCE_DIR = join(packageDir, 'sample');
export const SAMPLE_OUT_DIR = join(packageDir, 'dist', 'sample-registry');
export const SAMPLE_SNAPSHOT_FILE = join(packageDir, 'src', 'sample', 'sample-snapshot.json');

/** Reads a registry source folder: `registry.json` and `platforms/*.json`, as text. */
export async function readRegistrySource(dir) {
  const manifest = { file: 'registry.json', text: await readFile(join(dir, 'registry.json'), 'utf8') };
  const names = (await readdir(join(dir, 'platforms'))).filter((name) => name.endsWith('.json')).sort();
  const platforms = await Promise.all(names.map(async (name) => ({ file: `platforms/${name}`, text: await readFile(join(dir, 'platforms', name), 'utf8') })));
  return { manifest, platforms };
}

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

function problemsOf(file, error) {
  if (!isRegistryResponseError(error)) throw error;
  const issues = error.issues.length ? error.issues : [{ field: '(root)', message: error.message }];
  return issues.map((issue) => ({ file, record: error.recordId, field: issue.field, message: issue.message }));
}

function parseJson(source, problems) {
  try {
    return JSON.parse(source.text);
  } catch (error) {
    problems.push({ file: source.file, field: '(root)', message: `Not JSON: ${error.message}` });
    return undefined;
  }
}

/** A simple, deterministic SVG logo: the platform's initials on a colour derived from its id. */
function logoSvg(platform) {
  const initials = foldText(platform.name).split(' ').slice(0, 2).map((word) => word[0]).join('').toUpperCase();
  const hue = createHash('sha256').update(platform.id).digest()[0] * (360 / 256);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" aria-label="${initials} (SAMPLE logo)"><rect width="64" height="64" rx="12" fill="hsl(${Math.round(hue)} 55% 38%)"/><text x="32" y="41" font-family="system-ui,sans-serif" font-size="24" font-weight="700" text-anchor="middle" fill="#fff">${initials}</text></svg>\n`;
}

/**
 * Builds the files of a static registry from its source.
 * @returns {{ problems: {file:string, record?:string, field:string, message:string}[], files: Map<string,string> }}
 *   files (path → content) is empty whenever there is a problem
 */
export function buildRegistry(source, { sourceDateEpoch = process.env.SOURCE_DATE_EPOCH } = {}) {
  const problems = [];
  const meta = parseJson(source.manifest, problems);
  const platforms = [];
  for (const file of source.platforms) {
    const record = parseJson(file, problems);
    if (record === undefined) continue;
    const id = file.file.replace(/^platforms\//, '').replace(/\.json$/, '');
    try {
      platforms.push(parsePlatform(record, file.file, id));
    } catch (error) {
      problems.push(...problemsOf(file.file, error));
    }
  }
  const categories = PLATFORM_CATEGORIES.map(({ id, name, official }) => ({ id, name: { ...name }, official }));
  const known = new Set(categories.map((category) => category.id));
  for (const platform of platforms) {
    platform.categories.forEach((id, i) => {
      if (!known.has(id)) problems.push({ file: `platforms/${platform.id}.json`, record: platform.id, field: `categories[${i}]`, message: `Unknown category "${id}"` });
    });
  }
  if (!platforms.length) problems.push({ file: 'platforms/', field: '(root)', message: 'No platform records' });
  if (problems.length || meta === undefined) return { problems, files: new Map() };

  platforms.sort((a, b) => (a.id < b.id ? -1 : 1));
  const latest = Math.max(...platforms.map((platform) => Date.parse(platform.updatedAt)));
  const generatedAt = new Date(sourceDateEpoch ? Number(sourceDateEpoch) * 1000 : latest).toISOString();
  const version = createHash('sha256').update(JSON.stringify({ meta, platforms })).digest('hex').slice(0, 16);

  let manifest;
  try {
    manifest = parseRegistryManifest({ ...meta, protocol: REGISTRY_PROTOCOL, version, generatedAt, keys: [], categories }, source.manifest.file);
  } catch (error) {
    return { problems: problemsOf(source.manifest.file, error), files: new Map() };
  }
  const index = { protocol: REGISTRY_PROTOCOL, version, generatedAt, platforms: platforms.map(summarizePlatform) };
  // The build's own output must read back without a single skipped record.
  const check = parsePlatformIndex(index, 'platforms.json');
  if (check.skipped.length) throw check.skipped[0];

  const files = new Map([
    ['registry.json', json(manifest)],
    ['platforms.json', json(index)],
  ]);
  for (const platform of platforms) {
    files.set(`platforms/${platform.id}.json`, json(platform));
    if (platform.logo === `logos/${platform.id}.svg`) files.set(platform.logo, logoSvg(platform));
  }
  return { problems, files };
}

/** The snapshot bundled with the package: `registry.json` and `platforms.json`. */
export function snapshotOf(files) {
  return json({ registry: JSON.parse(files.get('registry.json')), platforms: JSON.parse(files.get('platforms.json')) });
}

/** Replaces `outDir` with the files, each with a gzip sibling for precompressed serving. */
export async function writeRegistry(outDir, files) {
  await rm(outDir, { recursive: true, force: true });
  for (const [path, content] of files) {
    const target = join(outDir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
    await writeFile(`${target}.gz`, gzipSync(content, { level: 9 }));
  }
}

async function main() {
  const { problems, files } = buildRegistry(await readRegistrySource(SAMPLE_SOURCE_DIR));
  if (problems.length) {
    for (const p of problems) console.error(`${p.file}${p.record ? ` (${p.record})` : ''} ${p.field}: ${p.message}`);
    console.error(`${problems.length} problem(s); nothing written.`);
    process.exitCode = 1;
    return;
  }
  await writeRegistry(SAMPLE_OUT_DIR, files);
  await writeFile(SAMPLE_SNAPSHOT_FILE, snapshotOf(files));
  const count = [...files.keys()].filter((path) => path.startsWith('platforms/')).length;
  console.log(`SAMPLE registry: ${count} platforms → ${SAMPLE_OUT_DIR}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
