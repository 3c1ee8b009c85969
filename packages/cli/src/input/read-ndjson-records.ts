import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { InputRecord } from './input-record.js';

/**
 * Streams the values of an NDJSON (JSON Lines) file, one per non-blank line, each with its line
 * number. A line that is not valid JSON is yielded as an error and reading goes on.
 */
export async function* readNdjsonRecords(stream: Readable): AsyncGenerator<InputRecord<unknown>> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    // A BOM can only start the first line.
    const json = line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (json.trim() === '') continue;
    try {
      yield { line, value: JSON.parse(json) };
    } catch (error) {
      yield { line, error: `invalid JSON: ${(error as Error).message}` };
    }
  }
}
