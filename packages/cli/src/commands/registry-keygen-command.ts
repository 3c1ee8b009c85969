import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generateSigningKey, publicKeyOf } from '@dbi-kit/registry';
import type { Command } from '../cli/command.js';
import { CliInputError, UsageError } from '../cli/cli-error.js';
import { ExitCode } from '../cli/exit-code.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** `dbi-kit registry keygen --out <dir>`: a new Ed25519 signing key pair as JWK files. */
export const registryKeygenCommand: Command = {
  name: 'keygen',
  summary: 'generate an Ed25519 signing key pair (JWK, private file mode 0600)',
  usage: '--out <dir> [options]',
  description:
    'Writes <kid>.private.jwk (mode 0600: keep it secret and off the web server) and\n<kid>.public.jwk (give it to embedders to pin as trustedKeys). The kid is the key\'s\nRFC 7638 thumbprint, after --prefix if given. Existing files are never overwritten.',
  options: {
    out: { type: 'string', short: 'o', value: '<dir>', description: 'folder for the two key files (created if missing)' },
    prefix: { type: 'string', value: '<text>', description: 'a kid prefix such as the year, e.g. 2026' },
  },
  examples: ['dbi-kit registry keygen --out keys --prefix 2026'],
  positionals: [0, 0],
  async run(values, _positionals, io) {
    const out = values.out as string | undefined;
    if (!out) throw new UsageError('--out <dir> is required');
    const prefix = values.prefix as string | undefined;
    if (prefix !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_-]{0,40}$/.test(prefix)) throw new UsageError(`--prefix must be 1–41 letters, digits, "_" or "-", not '${prefix}'`);
    const key = await generateSigningKey(prefix);
    const dir = resolve(io.cwd, out);
    await mkdir(dir, { recursive: true });
    const privateFile = join(dir, `${key.kid}.private.jwk`);
    const publicFile = join(dir, `${key.kid}.public.jwk`);
    if (existsSync(privateFile) || existsSync(publicFile)) throw new CliInputError('a key with this kid already exists', out);
    await writeFile(privateFile, json(key), { mode: 0o600, flag: 'wx' });
    await writeFile(publicFile, json(publicKeyOf(key)), { flag: 'wx' });
    io.stdout.write(`${key.kid}\n`);
    io.stderr.write(`Private key: ${join(out, `${key.kid}.private.jwk`)} (mode 0600, keep it secret)\nPublic key:  ${join(out, `${key.kid}.public.jwk`)}\n`);
    return ExitCode.ok;
  },
};
