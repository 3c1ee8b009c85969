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

/**
 * Opens a file for streaming, or standard input for `-`. A missing file is a {@link CliInputError}.
 * `chunkBytes` is the size of the file's chunks (default 64 KiB).
 */
export async function openInput(path: string, io: CliIo, chunkBytes = 1 << 16): Promise<OpenInput> {
  if (path === '-') return { stream: io.stdin, name: '-', size: undefined };
  const full = resolve(io.cwd, path);
  let info;
  try {
    info = await stat(full);
  } catch (error) {
    throw new CliInputError((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read: ${(error as Error).message}`, path, { cause: error });
  }
  if (!info.isFile()) throw new CliInputError('not a file', path);
  // For `summary`, each chunk becomes one batch of rows that lives until it is read. 64 KiB (a few
  // hundred rows) keeps that garbage young and cheap to collect; 1 MiB chunks doubled the peak
  // memory. `score` cuts its input into blocks of its own size and asks for chunks of that size.
  return { stream: createReadStream(full, { highWaterMark: chunkBytes }), name: path, size: info.size };
}
