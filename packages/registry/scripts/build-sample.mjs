// Builds the SAMPLE registry from packages/registry/sample/ with `dbi-kit registry build`, signed
// with the SAMPLE key (sample/keys/, demo only), into dist/sample-registry/, and refreshes
// src/sample/sample-snapshot.json. The build validates every record, reports every problem
// (file, record, field) and writes nothing if there is one.
//
// Same input, same output bytes: `generatedAt` is $SOURCE_DATE_EPOCH when set, else the latest
// date of the records, `version` is a hash of the content, and Ed25519 signatures are deterministic.
//
// Runs on the built packages (`@dbi-kit/registry` and the `dbi-kit` binary resolve to dist/):
// build them first (`PKG=engine,registry,cli npx rollup -c` at the root). Under vitest the
// import resolves to src/.
import { spawnSync } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRegistry, readRegistrySource } from '@dbi-kit/registry';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const SAMPLE_SOURCE_DIR = join(packageDir, 'sample');
export const SAMPLE_KEY_FILE = join(SAMPLE_SOURCE_DIR, 'keys', 'SAMPLE-signing-key.private.jwk');
export const SAMPLE_PUBLIC_KEY_FILE = join(SAMPLE_SOURCE_DIR, 'keys', 'SAMPLE-signing-key.public.jwk');
export const SAMPLE_OUT_DIR = join(packageDir, 'dist', 'sample-registry');
export const SAMPLE_SNAPSHOT_FILE = join(packageDir, 'src', 'sample', 'sample-snapshot.json');
const CLI_BIN = join(packageDir, '..', 'cli', 'dist', 'bin.js');

const missingAsUndefined = (error) => (error.code === 'ENOENT' ? undefined : Promise.reject(error));

/** The SAMPLE source folder, read. */
export function readSampleSource() {
  return readRegistrySource({
    list: (dir) => readdir(join(SAMPLE_SOURCE_DIR, dir)).catch(missingAsUndefined).then((names) => names ?? []),
    read: (path) => readFile(join(SAMPLE_SOURCE_DIR, path), 'utf8').catch(missingAsUndefined),
  });
}

/** Builds `source` (default: the SAMPLE source) signed with the SAMPLE key. */
export async function buildSample(source, { sourceDateEpoch = process.env.SOURCE_DATE_EPOCH } = {}) {
  const signingKey = JSON.parse(await readFile(SAMPLE_KEY_FILE, 'utf8'));
  return buildRegistry(source ?? (await readSampleSource()), { signingKey, sourceDateEpoch });
}

/** The snapshot bundled with the package: `registry.json` and `platforms.json`. */
export function snapshotOf(files) {
  return `${JSON.stringify({ registry: JSON.parse(files.get('registry.json')), platforms: JSON.parse(files.get('platforms.json')) }, null, 2)}\n`;
}

async function main() {
  const cli = spawnSync(process.execPath, [CLI_BIN, 'registry', 'build', '--source', SAMPLE_SOURCE_DIR, '--key', SAMPLE_KEY_FILE, '--out', SAMPLE_OUT_DIR], { stdio: 'inherit' });
  if (cli.status !== 0) {
    process.exitCode = cli.status ?? 1;
    return;
  }
  const { files } = await buildSample();
  await writeFile(SAMPLE_SNAPSHOT_FILE, snapshotOf(files));
  console.log(`SAMPLE registry → ${SAMPLE_OUT_DIR}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
