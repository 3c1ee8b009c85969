import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CertificationsFileSchema, RegistryKeySchema, createMemoryCache, createRegistryClient, type CertificateStatus, type RegistryClient, type TrustedKey } from '@dbi-kit/registry';
import type { Command } from '../cli/command.js';
import { CliInputError, UsageError } from '../cli/cli-error.js';
import type { CliIo } from '../cli/cli-io.js';
import { ExitCode } from '../cli/exit-code.js';
import { checkGzipSiblings } from '../registry/check-gzip-siblings.js';
import { readJwkFile } from '../registry/read-jwk-file.js';
import { readOptionalJson } from '../registry/read-optional-json.js';
import { serveRegistry } from '../registry/serve-registry.js';

/** Statuses that are a fact about a genuine certificate, not a fault of the registry. */
const GENUINE: ReadonlySet<CertificateStatus> = new Set(['valid', 'expired', 'not-yet-valid', 'revoked', 'not-found']);

async function readTrustedKeys(io: CliIo, files: readonly string[]): Promise<TrustedKey[]> {
  return Promise.all(
    files.map(async (file) => {
      const result = RegistryKeySchema.safeParse(await readJwkFile(io.cwd, file));
      if (!result.success) throw new CliInputError(`not an Ed25519 public JWK with a kid (${result.error.issues[0].path.join('.') || 'root'}: ${result.error.issues[0].message})`, file);
      return result.data;
    }),
  );
}

/** Checks every document and certificate of a registry through the client; returns the problems, the platform ids and each certificate's jti. */
async function verifyRegistry(client: RegistryClient, trustedKeys: readonly TrustedKey[], now: Date, io: CliIo): Promise<{ problems: string[]; ids: Set<string>; jtis: Map<string, string> }> {
  const problems: string[] = [];
  const attempt = async <T>(what: string, work: () => Promise<T>) => {
    try {
      return await work();
    } catch (error) {
      problems.push(`${what}: ${(error as Error).message}`);
      return undefined;
    }
  };
  const manifest = await attempt('registry.json', () => client.getRegistry());
  for (const key of trustedKeys) {
    const published = manifest?.data.keys.find((candidate) => candidate.kid === key.kid);
    if (manifest && !published) io.stderr.write(`dbi-kit: note: key ${key.kid} is not listed in registry.json\n`);
    if (published && published.x !== key.x) problems.push(`registry.json: key ${key.kid} differs from the pinned key`);
  }
  const page = await attempt('platforms.json', () => client.listPlatforms({ limit: Number.MAX_SAFE_INTEGER }));
  for (const skipped of page?.skipped ?? []) problems.push(`platforms.json (${skipped.recordId ?? '?'}) ${skipped.field ?? ''}: ${skipped.message}`);
  const counts = new Map<CertificateStatus, number>();
  const jtis = new Map<string, string>();
  for (const { id } of page?.data.items ?? []) {
    const platform = await attempt(`platforms/${id}.json`, () => client.getPlatform(id));
    const verdict = await client.verifyCertificate(id, { now });
    counts.set(verdict.status, (counts.get(verdict.status) ?? 0) + 1);
    if (verdict.claims) jtis.set(id, verdict.claims.jti);
    const file = verdict.document === 'revocations' ? 'revocations.jws' : `certificates/${id}.jws`;
    if (!GENUINE.has(verdict.status)) problems.push(`${file} (${id}): ${verdict.status}: ${verdict.reason}`);
    else if (verdict.status !== 'not-found') io.stdout.write(`${id}\t${verdict.status}\t${verdict.claims?.jti ?? ''}\t${verdict.reason}\n`);
    // Badges show the signed name and the picker the listed one: after a rename they must agree.
    const signedName = verdict.claims?.name;
    if (platform && signedName !== undefined && signedName !== platform.data.name) {
      problems.push(`certificates/${id}.jws (${id}): signs the name ${JSON.stringify(signedName)}, platforms/${id}.json lists ${JSON.stringify(platform.data.name)} (build again to re-sign)`);
    }
  }
  io.stderr.write(`${page?.data.items.length ?? 0} platforms; certificates: ${[...counts].map(([status, n]) => `${n} ${status}`).join(', ') || 'none'}\n`);
  return { problems, ids: new Set(page?.data.items.map((item) => item.id)), jtis };
}

/**
 * What the source's `certifications.json` expects of the published registry: a certificate for
 * every certified platform that `platforms.json` lists, carrying its certification's jti (a
 * missing `certificates/` folder, or an old certificate left behind).
 */
async function expectedCertificates(source: string, shownAs: string, checked: { ids: ReadonlySet<string>; jtis: ReadonlyMap<string, string> }): Promise<string[]> {
  const file = join(shownAs, 'certifications.json');
  const json = await readOptionalJson(join(source, 'certifications.json'), file);
  if (json === undefined) throw new CliInputError('no certifications.json in the source folder', shownAs);
  const parsed = CertificationsFileSchema.safeParse(json);
  if (!parsed.success) throw new CliInputError(`${parsed.error.issues[0].path.join('.') || '(root)'}: ${parsed.error.issues[0].message}`, file);
  // The build allows one certification per platform.
  return parsed.data.certifications.flatMap(({ platform: id, jti: certified }) => {
    if (!checked.ids.has(id)) return [`${file}: certifies "${id}", which platforms.json does not list`];
    const jti = checked.jtis.get(id);
    if (jti === undefined) return [`certificates/${id}.jws (${id}): missing or unreadable, though ${file} certifies it`];
    if (jti !== certified) return [`certificates/${id}.jws (${id}): jti "${jti}" is none of the platform's certifications in ${file} (an old certificate?)`];
    return [];
  });
}

/** Certificates in a built folder for platforms that `platforms.json` does not list (clients would never check them). */
async function orphanCertificates(dir: string, ids: ReadonlySet<string>): Promise<string[]> {
  const names = await readdir(join(dir, 'certificates')).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith('.jws') && !ids.has(name.slice(0, -4)))
    .map((name) => `certificates/${name}: no platform "${name.slice(0, -4)}" in platforms.json`);
}

/** `dbi-kit registry verify <dir|url> --key <public.jwk>`: check a built or published registry. */
export const registryVerifyCommand: Command = {
  name: 'verify',
  summary: 'check every file and signature of a built folder or a published registry',
  usage: '<dir|url> --key <public.jwk> [--source <dir>] [options]',
  description:
    'Reads the registry the way clients do (a folder is served on 127.0.0.1 for the check):\nregistry.json, platforms.json, every platforms/{id}.json, and every certificate with the\nrevocation list, trusting only the --key files. Prints one line per certificate (platform,\nstatus, jti, detail); exits 1 listing every problem: an invalid document, or a certificate\nthat is malformed, unsigned by a pinned key, for another platform, unverifiable, or signing\na name its platform file no longer lists. With --source, also a certified platform (by the\ncertifications.json of the source folder) whose certificate is missing or is not one of its certifications.',
  options: {
    key: { type: 'string', short: 'k', value: '<public.jwk>', multiple: true, description: 'a public key to trust (repeatable, e.g. during a rotation)' },
    at: { type: 'string', value: '<date-time>', description: 'judge validity at this time (default: now)' },
    source: { type: 'string', short: 's', value: '<dir>', description: 'the source folder: every platform its certifications.json certifies must have its certificate' },
  },
  examples: ['dbi-kit registry verify public --key keys/2026-….public.jwk --source registry-src', 'dbi-kit registry verify https://registry.example/ -k old.public.jwk -k new.public.jwk'],
  positionals: [1, 1],
  async run(values, [target], io) {
    const keyFiles = (values.key as string[] | undefined) ?? [];
    if (!keyFiles.length) throw new UsageError('--key <public.jwk> is required (the keys to trust)');
    const now = values.at === undefined ? new Date() : new Date(values.at as string);
    if (Number.isNaN(now.getTime())) throw new UsageError(`--at must be a date-time, not '${String(values.at)}'`);
    const trustedKeys = await readTrustedKeys(io, keyFiles);
    const isUrl = /^https?:\/\//.test(target);
    const dir = resolve(io.cwd, target);
    if (!isUrl && (!existsSync(dir) || !statSync(dir).isDirectory())) throw new CliInputError('no such folder', target);
    const server = isUrl ? undefined : await serveRegistry({ dir, port: 0 });
    try {
      const client = createRegistryClient({ baseUrl: server?.url ?? target, trustedKeys, retry: 1, cache: { memory: createMemoryCache(), maxAge: 0 } });
      const checked = await verifyRegistry(client, trustedKeys, now, io);
      const problems = isUrl ? checked.problems : [...(await checkGzipSiblings(dir)), ...checked.problems, ...(await orphanCertificates(dir, checked.ids))];
      if (values.source !== undefined) problems.push(...(await expectedCertificates(resolve(io.cwd, values.source as string), values.source as string, checked)));
      for (const problem of problems) io.stderr.write(`${problem}\n`);
      if (problems.length) io.stderr.write(`dbi-kit: ${problems.length} problem(s) in ${target}\n`);
      return problems.length ? ExitCode.failed : ExitCode.ok;
    } finally {
      await server?.close();
    }
  },
};
