import type { InputRecord } from './input-record.js';

/** One NDJSON line: `undefined` when blank, else its value or why it is not JSON. */
export function parseNdjsonLine(text: string, line: number): InputRecord<unknown> | undefined {
  if (text.trim() === '') return undefined;
  try {
    return { line, value: JSON.parse(text) };
  } catch (error) {
    return { line, error: `invalid JSON: ${(error as Error).message}` };
  }
}

/**
 * Streams the values of an NDJSON (JSON Lines) file, one per non-blank line, each with its line
 * number, one batch per input chunk. A line that is not valid JSON comes as an error and reading
 * goes on. Lines end in LF or CRLF; a BOM at the start is ignored.
 */
export async function* readNdjsonRecords(chunks: AsyncIterable<Buffer>): AsyncGenerator<InputRecord<unknown>[]> {
  // A streaming decoder keeps a character split across two chunks whole.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  let rest = '';
  let line = 0;
  for await (const chunk of chunks) {
    const text = rest + decoder.decode(chunk, { stream: true });
    const batch: InputRecord<unknown>[] = [];
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      line += 1;
      const record = parseNdjsonLine(text.slice(start, end), line);
      if (record) batch.push(record);
      start = end + 1;
    }
    rest = text.slice(start);
    if (batch.length > 0) yield batch;
  }
  rest += decoder.decode();
  const last = parseNdjsonLine(rest, line + 1);
  if (last) yield [last];
}
