import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from '../cli/command.js';
import { CliInputError, UsageError } from '../cli/cli-error.js';
import { ExitCode } from '../cli/exit-code.js';
import { serveRegistry } from '../registry/serve-registry.js';

function parsePort(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not '${text}'`);
  return Number(text);
}

function untilStopped(): Promise<void> {
  return new Promise((stop) => {
    const onSignal = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      stop();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/** `dbi-kit registry serve <dir>`: a local static server for a built registry (see `serveRegistry`). */
export const registryServeCommand: Command = {
  name: 'serve',
  summary: 'serve a built registry folder over HTTP on 127.0.0.1 (ETag/304, gzip, CORS for GET)',
  usage: '[options] <dir>',
  description:
    'For development and demos: the folder of a built dbi-registry/1 registry (registry.json,\nplatforms.json, platforms/, certificates/) is served until Ctrl-C. The first line on standard\noutput is the base URL to give createRegistryClient.',
  options: {
    port: { type: 'string', short: 'p', value: '<port>', description: 'TCP port (default 8081; 0 picks a free one)' },
    host: { type: 'string', value: '<host>', description: 'interface to listen on (default 127.0.0.1, this machine only)' },
  },
  examples: ['dbi-kit registry serve packages/registry/dist/sample-registry', 'dbi-kit registry serve ./my-registry --port 9000'],
  positionals: [1, 1],
  async run(values, [dir], io) {
    const port = parsePort(values.port as string | undefined);
    const full = resolve(io.cwd, dir);
    if (!existsSync(full) || !statSync(full).isDirectory()) throw new CliInputError('no such folder', dir);
    if (!existsSync(join(full, 'registry.json'))) io.stderr.write(`dbi-kit: warning: ${dir} has no registry.json; is it a built registry?\n`);
    const server = await serveRegistry({ dir: full, port, host: values.host as string | undefined });
    io.stdout.write(`${server.url}\n`);
    io.stderr.write(`Serving ${dir} at ${server.url} (Ctrl-C stops)\n`);
    await untilStopped();
    await server.close();
    return ExitCode.ok;
  },
};
