import type { RecordDelimiter } from './csv-record-options.js';
import { RecordBoundaryScanner } from './record-boundary-scanner.js';

/** A run of whole records of an input, with the line its first byte is on. */
export interface InputBlock {
  readonly bytes: Buffer;
  /** 1-based line number of the block's first line in the whole input. */
  readonly firstLine: number;
}

/** How to cut an input into blocks. */
export type SplitOptions =
  | { readonly format: 'ndjson'; readonly blockBytes: number }
  | {
      readonly format: 'csv';
      readonly blockBytes: number;
      readonly delimiter: string;
      readonly recordDelimiter: RecordDelimiter;
      /** Yield the header record (and any blank lines before it) as a block of its own first. */
      readonly headerFirst?: boolean;
    };

const LF = 10;
const CR = 13;
const BOM = [0xef, 0xbb, 0xbf];

/** Lines as an editor counts them: LF, CRLF and a lone CR each end one. */
export function countLines(bytes: Uint8Array): number {
  let lines = 0;
  for (let at = bytes.indexOf(LF); at !== -1; at = bytes.indexOf(LF, at + 1)) lines += 1;
  for (let at = bytes.indexOf(CR); at !== -1; at = bytes.indexOf(CR, at + 1)) if (bytes[at + 1] !== LF) lines += 1;
  return lines;
}

const startsWithBom = (bytes: Uint8Array) => BOM.every((byte, i) => bytes[i] === byte);

// Whether bytes [from, to) hold anything but line breaks (and a BOM): the header is the first
// record that does, as csv-parse skips empty lines.
function hasContent(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i] !== LF && bytes[i] !== CR && !(i < 3 && startsWithBom(bytes))) return true;
  return false;
}

/**
 * Cuts a stream of chunks into blocks of whole records (CSV records, or NDJSON lines) of at
 * least `blockBytes` (but the last), each with its first line number, so that each block can
 * be parsed on its own, in any thread, and give exactly the records and line numbers that
 * parsing the whole input would. A CSV line break inside quotes is never a cut (see
 * {@link RecordBoundaryScanner}); a record longer than a block makes its block longer.
 * Memory: the current block and one chunk.
 */
export async function* splitBlocks(chunks: AsyncIterable<Buffer>, options: SplitOptions): AsyncGenerator<InputBlock> {
  const csv = options.format === 'csv' ? options : undefined;
  let scanner: RecordBoundaryScanner | undefined;
  let pending: Buffer = Buffer.alloc(0);
  let line = 1;
  let wantHeader = csv?.headerFirst === true;

  const cut = (end: number): InputBlock => {
    const block = { bytes: pending.subarray(0, end), firstLine: line };
    line += countLines(block.bytes);
    pending = pending.subarray(end);
    scanner?.reset();
    return block;
  };
  // The end of the header record: the first boundary after something other than blank lines.
  const headerEnd = (final: boolean): number => {
    for (let from = 0; ; ) {
      const end = scanner!.scan(pending, final, from);
      if (end === -1 || hasContent(pending, 0, end)) return end;
      from = end;
    }
  };
  const lastEnd = (final: boolean): number => (scanner ? scanner.scan(pending, final) : pending.lastIndexOf(LF) + 1 || -1);

  for await (const chunk of chunks) {
    if (csv && !scanner) scanner = new RecordBoundaryScanner(csv.delimiter, csv.recordDelimiter);
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    if (wantHeader) {
      const end = headerEnd(false);
      if (end === -1) continue;
      wantHeader = false;
      yield cut(end);
    }
    if (pending.length < options.blockBytes) continue;
    const end = lastEnd(false);
    if (end > 0) yield cut(end);
  }
  if (wantHeader && pending.length > 0) {
    const end = headerEnd(true);
    yield cut(end === -1 ? pending.length : end);
  }
  if (pending.length > 0) yield cut(pending.length);
}
