import type { RecordDelimiter } from './csv-record-options.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Finds where CSV records end in a growing buffer without parsing the fields: the places where
 * a file can be cut into blocks that csv-parse then reads apart (in parallel) exactly as it
 * would read the whole file. A line break inside a quoted field (`"12 Main St⏎Hanoi"`) is not a
 * boundary.
 *
 * It follows csv-parse's rules with the CLI's options (RFC 4180 with `relax_quotes`): a quote
 * opens a quoted field only at the start of a field (after a delimiter, a record delimiter or at
 * the start of the buffer); inside one, `""` is a quote and any other quote closes the field
 * (a quote elsewhere is text). Only quotes are visited, with `indexOf`, so a block without
 * quotes costs two native searches.
 *
 * The buffer handed to {@link scan} must always start at a record start and only grow (the
 * caller cuts it at {@link lastBoundary} and starts a new scanner, or {@link reset}s this one).
 */
export class RecordBoundaryScanner {
  readonly #delimiter: number;
  readonly #recordDelimiter: RecordDelimiter;
  // Where scanning resumes, whether that position is inside a quoted field, and the index just
  // after the last record delimiter found outside quotes (-1: none yet).
  #pos = 0;
  #quoted = false;
  #last = -1;
  // The buffer starts the file, where a byte-order mark may come before the first field.
  #fileStart = true;

  constructor(delimiter: string, recordDelimiter: RecordDelimiter) {
    this.#delimiter = delimiter.charCodeAt(0);
    this.#recordDelimiter = recordDelimiter;
  }

  /** The index just after the last record delimiter seen outside quotes, or -1. */
  get lastBoundary(): number {
    return this.#last;
  }

  /** Starts over for a buffer that begins (at a record start) where the old one was cut. */
  reset(): void {
    this.#fileStart = false;
    this.#pos = 0;
    this.#quoted = false;
    this.#last = -1;
  }

  /**
   * Scans what `buffer` holds beyond the last call (the same start, more bytes), `final` when
   * no more bytes will follow. With `first`, stops at the first boundary at or after index
   * `first` and returns it (-1 if none yet); otherwise returns {@link lastBoundary}.
   */
  scan(buffer: Uint8Array, final: boolean, first?: number): number {
    let pos = this.#pos;
    while (pos < buffer.length) {
      const quote = buffer.indexOf(QUOTE, pos);
      if (this.#quoted) {
        if (quote === -1) {
          pos = buffer.length;
          break;
        }
        // `""` or a closing quote: which one needs the next byte.
        if (quote + 1 === buffer.length && !final) {
          pos = quote;
          break;
        }
        if (buffer[quote + 1] === QUOTE) {
          pos = quote + 2;
        } else {
          // Closed, normally or (relax_quotes) with text after it: outside quotes either way.
          this.#quoted = false;
          pos = quote + 1;
        }
        continue;
      }
      const end = quote === -1 ? buffer.length : quote;
      if (first !== undefined) {
        const found = this.#firstBoundaryIn(buffer, Math.max(pos, first), end);
        if (found !== -1) {
          this.#pos = found;
          this.#last = found;
          return found;
        }
      } else {
        const found = this.#lastBoundaryIn(buffer, pos, end);
        if (found !== -1) this.#last = found;
      }
      if (quote === -1) {
        pos = buffer.length;
        break;
      }
      if (this.#isFieldStart(buffer, quote)) this.#quoted = true;
      pos = quote + 1;
    }
    this.#pos = pos;
    return first === undefined ? this.#last : -1;
  }

  // A quote opens a quoted field only where a field starts.
  #isFieldStart(buffer: Uint8Array, at: number): boolean {
    if (at === 0) return true;
    if (at === 3 && this.#fileStart && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return true;
    const before = buffer[at - 1];
    if (before === this.#delimiter) return true;
    return this.#endsRecord(buffer, at - 1);
  }

  // Whether the byte at `at` (outside quotes) is the last of a record delimiter.
  #endsRecord(buffer: Uint8Array, at: number): boolean {
    const byte = buffer[at];
    if (this.#recordDelimiter === '\r') return byte === CR;
    if (byte !== LF) return false;
    return this.#recordDelimiter === '\n' || (at > 0 && buffer[at - 1] === CR);
  }

  #lineEndByte(): number {
    return this.#recordDelimiter === '\r' ? CR : LF;
  }

  #lastBoundaryIn(buffer: Uint8Array, from: number, to: number): number {
    const byte = this.#lineEndByte();
    for (let at = to > 0 ? buffer.lastIndexOf(byte, to - 1) : -1; at >= from; at = at > 0 ? buffer.lastIndexOf(byte, at - 1) : -1) {
      if (this.#endsRecord(buffer, at)) return at + 1;
    }
    return -1;
  }

  #firstBoundaryIn(buffer: Uint8Array, from: number, to: number): number {
    const byte = this.#lineEndByte();
    for (let at = buffer.indexOf(byte, from); at !== -1 && at < to; at = buffer.indexOf(byte, at + 1)) {
      if (this.#endsRecord(buffer, at)) return at + 1;
    }
    return -1;
  }
}
