import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { CliIo } from '../cli/cli-io.js';
import { CliInputError } from '../cli/cli-error.js';

/** An input opened for streaming. */
export interface OpenInput {
  readonly stream: Readable;
  /** The name to use in messages: the path as given, or `-` for standard input. */
  readonly name: string;
  /** The size in bytes, when known (files, not pipes): the progress bar's 100 %. */
  readonly size: number | undefined;
}

/** Opens a file for streaming, or standard input for `-`. A missing file is a {@link CliInputError}. */
export async function openInput(path: string, io: CliIo): Promise<OpenInput> {
  if (path === '-') return { stream: io.stdin, name: '-', size: undefined };
  const full = resolve(io.cwd, path);
  let info;
  try {
    info = await stat(full);
  } catch (error) {
    throw new CliInputError((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read: ${(error as Error).message}`, path, { cause: error });
  }
  if (!info.isFile()) throw new CliInputError('not a file', path);
  // Each chunk becomes one batch of rows that lives until it is written. 64 KiB (a few hundred
  // rows) keeps that garbage young and cheap to collect; 1 MiB chunks doubled the peak memory.
  return { stream: createReadStream(full, { highWaterMark: 1 << 16 }), name: path, size: info.size };
}
