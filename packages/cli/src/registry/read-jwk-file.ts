import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliInputError } from '../cli/cli-error.js';

/** Reads a JWK file given on the command line (shape checks are the caller's, with the registry's schemas). */
export async function readJwkFile(cwd: string, path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch {
    throw new CliInputError('cannot read the key file', path);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliInputError(`not a JSON key file: ${(error as Error).message}`, path);
  }
}
