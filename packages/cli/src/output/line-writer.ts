import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { CliIo } from '../cli/cli-io.js';

// Writing a million short lines one by one costs more than scoring them; batches of this many
// characters keep the number of writes low while memory stays small and constant.
const BATCH = 1 << 16;

/**
 * Buffered, backpressure-aware output: `write` resolves at once unless the destination is
 * full, so a fast producer waits for a slow disk or pipe instead of filling memory.
 */
export class LineWriter {
  readonly #stream: Writable;
  readonly #owned: boolean;
  #buffer = '';

  private constructor(stream: Writable, owned: boolean) {
    this.#stream = stream;
    this.#owned = owned;
  }

  /** Writes to `path`, or to standard output when `path` is undefined or `-`. */
  static open(path: string | undefined, io: CliIo): LineWriter {
    if (path === undefined || path === '-') return new LineWriter(io.stdout, false);
    return new LineWriter(createWriteStream(resolve(io.cwd, path)), true);
  }

  /**
   * Queues text. Returns a promise only when the batch went out and the destination is full:
   * the caller awaits that, and nothing else, so writing a row costs no promise. Bytes (UTF-8
   * text already encoded, in big blocks) go out at once, after the queued text.
   */
  write(text: string | Uint8Array): Promise<void> | undefined {
    if (typeof text !== 'string') return this.#send(text);
    this.#buffer += text;
    return this.#buffer.length >= BATCH ? this.flush() : undefined;
  }

  #send(bytes: Uint8Array): Promise<void> | undefined {
    if (this.#buffer !== '') {
      this.#stream.write(this.#buffer);
      this.#buffer = '';
    }
    return this.#stream.write(bytes) ? undefined : once(this.#stream, 'drain').then(() => undefined);
  }

  /** Hands the queued text to the destination and waits while it is full. */
  async flush(): Promise<void> {
    if (this.#buffer === '') return;
    const chunk = this.#buffer;
    this.#buffer = '';
    if (!this.#stream.write(chunk)) await once(this.#stream, 'drain');
  }

  /** Flushes, then closes a file (standard output stays open). */
  async close(): Promise<void> {
    await this.flush();
    if (!this.#owned) return;
    this.#stream.end();
    await once(this.#stream, 'finish');
  }
}
