import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createBlockScorer, type BlockResult, type ScoreSettings } from './score-block.js';

// Marks the workers this module starts. The module runs as their main module too (see below).
const WORKER_FLAG = 'dbiKitScoreWorker';

/** A block sent to a score worker: its bytes (transferred, not copied) and its first line. */
export interface ScoreRequest {
  readonly bytes: ArrayBuffer;
  readonly firstLine: number;
}

/** A score worker's answer: the block's result, or the stack of an unexpected error (a bug). */
export type ScoreResponse = { readonly result: BlockResult; readonly bug?: undefined } | { readonly bug: string };

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
    // Node's flags pass on (--cpu-prof, memory limits), but not those about an inline script
    // (`node --input-type=module -e …`, as the benchmark runs the CLI), which a worker refuses.
    execArgv: process.execArgv.filter((arg) => arg.startsWith('--') && !/^--(input-type|eval|print)\b/.test(arg)),
    // A block's garbage is short-lived: a small young generation keeps each worker's memory
    // low (with V8's default, two workers took 60 MB more at the same speed).
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
}

function serve(settings: ScoreSettings): void {
  const score = createBlockScorer(settings);
  parentPort!.on('message', (request: ScoreRequest) => {
    let response: ScoreResponse;
    try {
      response = { result: score({ bytes: Buffer.from(request.bytes), firstLine: request.firstLine }) };
    } catch (error) {
      response = { bug: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    parentPort!.postMessage(response);
  });
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true) {
  serve((workerData as { settings: ScoreSettings }).settings);
}
