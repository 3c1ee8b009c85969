import type { CliIo } from '../cli/cli-io.js';
import { LineWriter } from './line-writer.js';

/** Writes a command's whole output to `--out` (or standard output) and closes the file. */
export async function writeOutput(path: string | undefined, io: CliIo, text: string): Promise<void> {
  const writer = LineWriter.open(path, io);
  await writer.write(text);
  await writer.close();
}
