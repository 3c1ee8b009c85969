import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createBlockScorer, type BlockResult, type ScoreSettings } from './score-block.js';

// Marks the workers this module starts. The module runs as their main module too (see below).
const WORKER_FLAG = 'dbiKitScoreWorker';

/**
 * The largest block sent to a worker; a larger one (a record of many megabytes, or a quote
 * never closed, which makes the rest of the file one record) is scored on the main thread,
 * whose heap is not capped.
 */
export const MAX_WORKER_BLOCK_BYTES = 16 << 20;

/** A block sent to a score worker: its bytes (transferred, not copied) and its first line. */
export interface ScoreRequest {
  readonly bytes: ArrayBuffer;
  readonly firstLine: number;
}

/**
 * A score worker's answer: the block's result with its text as UTF-8 bytes (transferred: the
 * main thread writes them as they are, and its heap never holds the results), or the stack of
 * an unexpected error (a bug).
 */
export type ScoreResponse =
  | { readonly result: Omit<BlockResult, 'text'>; readonly text: ArrayBuffer; readonly bug?: undefined }
  | { readonly bug: string };

/** `bytes` in an ArrayBuffer of their own (a copy unless they already are), to transfer. */
function ownArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy.buffer;
}

/**
 * Starts a worker thread that scores blocks with {@link createBlockScorer}: one
 * {@link ScoreResponse} per {@link ScoreRequest}, in order.
 *
 * The worker runs the file this module was bundled into (`import.meta.url`), where the check
 * below makes it serve requests: the CLI ships as one bundle, and a worker needs a file to start.
 */
export function startScoreWorker(settings: ScoreSettings): Worker {
  return new Worker(new URL(import.meta.url), {
    workerData: { [WORKER_FLAG]: true, settings },
    // None of Node's flags: a worker refuses many (`--input-type`, as the benchmark runs the
    // CLI inline; V8 heap sizes), and those it takes are about the main thread.
    execArgv: [],
    // A worker keeps little: the methodology, the programme and one block (at most
    // MAX_WORKER_BLOCK_BYTES). Small heap limits make V8 collect before the heap grows: with its
    // defaults two workers took some 80 MB more, for no speed.
    resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 },
  });
}

function serve(settings: ScoreSettings): void {
  const score = createBlockScorer(settings);
  parentPort!.on('message', (request: ScoreRequest) => {
    let response: ScoreResponse;
    try {
      const { text, ...result } = score({ bytes: Buffer.from(request.bytes), firstLine: request.firstLine });
      response = { result, text: ownArrayBuffer(Buffer.from(text)) };
    } catch (error) {
      response = { bug: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    parentPort!.postMessage(response, response.bug === undefined ? [response.text] : []);
  });
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true) {
  serve((workerData as { settings: ScoreSettings }).settings);
}
