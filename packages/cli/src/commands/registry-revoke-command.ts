import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CertificationsFileSchema, RevocationSchema, RevocationsFileSchema } from '@dbi-kit/registry';
import type { Command } from '../cli/command.js';
import { CliInputError, UsageError } from '../cli/cli-error.js';
import { ExitCode } from '../cli/exit-code.js';
import { readOptionalJson } from '../registry/read-optional-json.js';

/** `dbi-kit registry revoke`: add a certificate to the source's revocation list (signed at the next build). */
export const registryRevokeCommand: Command = {
  name: 'revoke',
  summary: "add a certificate's jti to the source's revocations.json",
  usage: '--source <dir> --jti <id> --reason <text> [options]',
  description:
    'Adds { jti, reason, revokedAt } to revocations.json in the registry source (creating it).\nRun `dbi-kit registry build` afterwards: the build signs the list into revocations.jws, and\nclients report the certificate as revoked as soon as that list is published, whatever\nrevokedAt says: --at only records the date (for a decision taken earlier), so a date in\nthe future is refused.',
  options: {
    source: { type: 'string', short: 's', value: '<dir>', description: 'the registry source folder' },
    jti: { type: 'string', value: '<id>', description: 'the id of the certificate to revoke (its jti)' },
    reason: { type: 'string', value: '<text>', description: 'why, shown to people checking the certificate' },
    at: { type: 'string', value: '<date-time>', description: 'the date recorded (revokedAt), ISO 8601 with a time zone, not in the future (default: now)' },
  },
  examples: ["dbi-kit registry revoke --source registry-src --jti so-cai-may-2026 --reason 'Vendor withdrew'"],
  positionals: [0, 0],
  async run(values, _positionals, io) {
    const source = values.source as string | undefined;
    if (!source) throw new UsageError('--source <dir> is required');
    for (const name of ['jti', 'reason']) if (!values[name]) throw new UsageError(`--${name} is required`);
    const revokedAt = (values.at as string | undefined) ?? `${new Date().toISOString().slice(0, 19)}Z`;
    const entry = RevocationSchema.safeParse({ jti: values.jti, reason: values.reason, revokedAt });
    if (!entry.success) throw new UsageError(`--${entry.error.issues[0].path[0] === 'revokedAt' ? 'at must be an ISO 8601 date-time with a time zone' : `${String(entry.error.issues[0].path[0])} is not valid`}`);
    // Clients treat a listed jti as revoked at once, so a future date would only be a false record.
    if (Date.parse(revokedAt) > Date.now()) throw new UsageError(`--at must not be in the future (${revokedAt}): a revocation takes effect when the rebuilt list is published; --at only records the date`);
    const dir = resolve(io.cwd, source);
    const file = join(dir, 'revocations.json');
    const current = await readOptionalJson(file, join(source, 'revocations.json'));
    const parsed = current === undefined ? undefined : RevocationsFileSchema.safeParse(current);
    if (parsed && !parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CliInputError(`${issue.path.join('.') || '(root)'}: ${issue.message}; it must match { "revocations": [{ jti, reason, revokedAt }] } with each jti once; fix it first`, join(source, 'revocations.json'));
    }
    // The file as written (unknown fields, other entries untouched): the schema only checks it.
    const raw = (current ?? { revocations: [] }) as { revocations: unknown[] };
    const list = parsed?.data ?? { revocations: [] };
    if (list.revocations.some((revocation) => revocation.jti === entry.data.jti)) throw new CliInputError(`"${entry.data.jti}" is already revoked`, join(source, 'revocations.json'));
    const certifications = CertificationsFileSchema.safeParse(await readOptionalJson(join(dir, 'certifications.json'), join(source, 'certifications.json'))).data;
    if (!certifications?.certifications.some((certification) => certification.jti === entry.data.jti)) {
      io.stderr.write(`dbi-kit: warning: no certification with jti "${entry.data.jti}" in ${join(source, 'certifications.json')} (revoking it anyway, e.g. one issued by an older build)\n`);
    }
    await writeFile(file, `${JSON.stringify({ ...raw, revocations: [...raw.revocations, entry.data] }, null, 2)}\n`);
    io.stderr.write(`Revoked ${entry.data.jti} as of ${entry.data.revokedAt}; run \`dbi-kit registry build\` to publish it\n`);
    return ExitCode.ok;
  },
};
