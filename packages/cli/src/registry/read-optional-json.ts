import { readFile } from 'node:fs/promises';
import { CliInputError } from '../cli/cli-error.js';

/** A source folder's optional JSON file: `undefined` when it cannot be read, else parsed (`shownAs` names it in the error for bad JSON). */
export async function readOptionalJson(path: string, shownAs: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliInputError(`not JSON: ${(error as Error).message}`, shownAs);
  }
}
