import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildRegistry, readRegistrySource } from '@dbi-kit/registry';
import type { Command } from '../cli/command.js';
import { CliInputError, UsageError } from '../cli/cli-error.js';
import { ExitCode } from '../cli/exit-code.js';
import { nodeSourceFolder } from '../registry/node-source-folder.js';
import { readJwkFile } from '../registry/read-jwk-file.js';
import { writeRegistry } from '../registry/write-registry.js';

const required = (value: unknown, name: string) => {
  if (typeof value !== 'string' || !value) throw new UsageError(`--${name} is required`);
  return value;
};

/** `dbi-kit registry build`: validate a registry source, sign its certificates, write the static registry. */
export const registryBuildCommand: Command = {
  name: 'build',
  summary: 'validate a registry source, sign certificates and write the static registry',
  usage: '--source <dir> --key <private.jwk> --out <dir> [options]',
  description:
    'Reads registry.json, platforms/*.json, certifications.json and revocations.json from\n--source, checks every record with the dbi-registry/1 schemas and lists every problem\n(file, record, field); if there is any, nothing is written and the exit code is 1.\nOtherwise --out is replaced by registry.json (with the public keys), platforms.json,\nplatforms/, certificates/{id}.jws and revocations.jws, each with a .gz sibling.\nThe same source and key give the same bytes; the build time is $SOURCE_DATE_EPOCH\nwhen set, else the latest date in the records.',
  options: {
    source: { type: 'string', short: 's', value: '<dir>', description: 'the registry source folder' },
    key: { type: 'string', short: 'k', value: '<private.jwk>', description: 'the private key that signs (from keygen)' },
    'previous-key': { type: 'string', value: '<public.jwk>', multiple: true, description: 'an older public key to keep publishing after a rotation (repeatable)' },
    out: { type: 'string', short: 'o', value: '<dir>', description: 'the folder to write (replaced if it holds a built registry)' },
  },
  examples: [
    'dbi-kit registry build --source registry-src --key keys/2026-….private.jwk --out public',
    'dbi-kit registry build -s registry-src -k keys/2027-….private.jwk --previous-key keys/2026-….public.jwk -o public',
  ],
  positionals: [0, 0],
  async run(values, _positionals, io) {
    const source = required(values.source, 'source');
    const out = required(values.out, 'out');
    const keyFile = required(values.key, 'key');
    const sourceDir = resolve(io.cwd, source);
    const outDir = resolve(io.cwd, out);
    if (!existsSync(sourceDir) || !statSync(sourceDir).isDirectory()) throw new CliInputError('no such folder', source);
    if (outDir === sourceDir) throw new UsageError('--out must not be the --source folder');
    let files;
    try {
      files = await readRegistrySource(nodeSourceFolder(sourceDir));
    } catch (error) {
      throw new CliInputError((error as Error).message, source);
    }
    const signingKey = await readJwkFile(io.cwd, keyFile);
    const previousKeys = await Promise.all(((values['previous-key'] as string[] | undefined) ?? []).map((file) => readJwkFile(io.cwd, file)));
    const built = await buildRegistry(files, { signingKey, previousKeys, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH });
    if (built.problems.length) {
      for (const p of built.problems) io.stderr.write(`${p.file}${p.record ? ` (${p.record})` : ''} ${p.field}: ${p.message}\n`);
      io.stderr.write(`dbi-kit: ${built.problems.length} problem(s) in ${source}; nothing written\n`);
      return ExitCode.failed;
    }
    await writeRegistry(outDir, built.files, out);
    const count = (prefix: string) => [...built.files.keys()].filter((path) => path.startsWith(prefix)).length;
    io.stderr.write(`Built ${out}: ${count('platforms/')} platforms, ${count('certificates/')} certificates\n`);
    return ExitCode.ok;
  },
};
