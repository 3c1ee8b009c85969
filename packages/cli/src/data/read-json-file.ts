import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from '../cli/cli-io.js';
import { CliInputError } from '../cli/cli-error.js';

/** Reads and parses a JSON file (or standard input for `-`); a missing file or bad JSON is a {@link CliInputError}. */
export async function readJsonFile(path: string, io: CliIo): Promise<unknown> {
  let text: string;
  try {
    text = path === '-' ? await readAll(io) : await readFile(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliInputError(code === 'ENOENT' ? 'no such file' : `cannot read: ${(error as Error).message}`, path, { cause: error });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliInputError(`not valid JSON: ${(error as Error).message}`, path, { cause: error });
  }
}

async function readAll(io: CliIo): Promise<string> {
  let text = '';
  io.stdin.setEncoding('utf8');
  for await (const chunk of io.stdin) text += chunk;
  return text;
}
