import type { Writable } from 'node:stream';
import { formatCount } from './format-count.js';

// Redrawing costs a write to the terminal; a few times a second is smooth enough.
const REDRAW_MS = 100;

/** What the progress bar shows: rows done and, when the input size is known, bytes read of the total. */
export interface Progress {
  readonly rows: number;
  readonly failed: number;
  readonly bytes: number;
}

/**
 * A one-line progress bar on a terminal (`\r` redraws in place). With a known total it draws a
 * bar and a percentage; without (a pipe) it shows the row count and rate only.
 */
export class ProgressBar {
  readonly #stream: Writable;
  readonly #total: number | undefined;
  readonly #width: number;
  readonly #clock: () => number;
  readonly #started: number;
  #last = 0;
  #drawn = false;

  /** `clock` (milliseconds) is `performance.now` but in tests, which need time to stand still. */
  constructor(stream: Writable, total: number | undefined, columns = 80, clock: () => number = () => performance.now()) {
    this.#stream = stream;
    this.#total = total;
    this.#width = Math.max(10, Math.min(40, columns - 50));
    this.#clock = clock;
    this.#started = clock();
  }

  /** Redraws if enough time has passed since the last redraw. Cheap to call on every row. */
  update(progress: Progress): void {
    const now = this.#clock();
    if (now - this.#last < REDRAW_MS) return;
    this.#last = now;
    this.#draw(progress, now);
  }

  /** Erases the bar so that the summary line starts on a clean line. */
  clear(): void {
    if (this.#drawn) this.#stream.write('\r\x1b[2K');
    this.#drawn = false;
  }

  #draw({ rows, failed, bytes }: Progress, now: number): void {
    const seconds = (now - this.#started) / 1000;
    const rate = seconds > 0 ? Math.round(rows / seconds) : 0;
    const counts = `${formatCount(rows)} rows${failed > 0 ? `, ${formatCount(failed)} failed` : ''}, ${formatCount(rate)}/s`;
    let line = counts;
    if (this.#total !== undefined && this.#total > 0) {
      const ratio = Math.min(1, bytes / this.#total);
      const filled = Math.round(ratio * this.#width);
      line = `[${'#'.repeat(filled)}${'-'.repeat(this.#width - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ${counts}`;
    }
    this.#stream.write(`\r\x1b[2K${line}`);
    this.#drawn = true;
  }
}
