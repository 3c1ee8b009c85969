import type { Worker } from 'node:worker_threads';
import type { InputBlock } from '../input/split-blocks.js';
import { createBlockScorer, type BlockResult, type BlockScorer, type ScoreSettings } from './score-block.js';
import { MAX_WORKER_BLOCK_BYTES, startScoreWorker, type ScoreRequest, type ScoreResponse } from './score-worker.js';

/**
 * A block's result, its text as a string (scored on this thread) or UTF-8 bytes (from a
 * worker), with the size of the block it came from (for the progress bar).
 */
export interface ScoredBlock extends Omit<BlockResult, 'text'> {
  readonly text: string | Uint8Array;
  readonly bytes: number;
}

// One worker and the answers it owes, oldest first (a worker answers in order).
interface Lane {
  readonly worker: Worker;
  readonly waiting: { resolve: (result: Omit<ScoredBlock, 'bytes'>) => void; reject: (error: Error) => void }[];
}

function openLane(settings: ScoreSettings): Lane {
  const lane: Lane = { worker: startScoreWorker(settings), waiting: [] };
  const failAll = (error: Error) => lane.waiting.splice(0).forEach((waiter) => waiter.reject(error));
  lane.worker.on('message', (response: ScoreResponse) => {
    const waiter = lane.waiting.shift()!;
    if (response.bug === undefined) waiter.resolve({ ...response.result, text: new Uint8Array(response.text) });
    else waiter.reject(new Error(`score worker: ${response.bug}`));
  });
  lane.worker.on('error', failAll);
  lane.worker.on('exit', (code) => failAll(new Error(`score worker stopped (exit code ${code})`)));
  return lane;
}

function send(lane: Lane, block: InputBlock): Promise<Omit<ScoredBlock, 'bytes'>> {
  // Always a copy, moved to the worker: the block's own memory may be shared (a read stream's
  // chunk, the rest of the input behind it) and must not be detached.
  const request: ScoreRequest = { bytes: new Uint8Array(block.bytes).buffer, firstLine: block.firstLine };
  const result = new Promise<Omit<ScoredBlock, 'bytes'>>((resolve, reject) => lane.waiting.push({ resolve, reject }));
  lane.worker.postMessage(request, [request.bytes]);
  return result;
}

/**
 * Scores blocks of an input and yields their results in input order, with `workers` worker
 * threads (0: on this thread). Each worker scores whole blocks, so the work that costs (parsing,
 * decoding, scoring, formatting) runs in parallel while this thread only reads, cuts and writes.
 *
 * At most two blocks per worker are in flight and the next block is read only when the caller
 * asks for the next result, so memory stays bounded whatever the input's size, and a slow
 * output (the caller awaiting a full pipe) slows the reading down. An input of a single block
 * is scored here: starting workers would cost more than it saves; so is a block too large for
 * a worker's capped heap (see MAX_WORKER_BLOCK_BYTES).
 */
export async function* scoreBlocksInOrder(blocks: AsyncIterable<InputBlock>, settings: ScoreSettings, workers: number): AsyncGenerator<ScoredBlock> {
  const input = blocks[Symbol.asyncIterator]();
  const first = await input.next();
  if (first.done) return;
  const second = workers > 0 ? await input.next() : undefined;
  if (second === undefined || second.done) {
    const score = createBlockScorer(settings);
    yield { ...score(first.value), bytes: first.value.bytes.length };
    if (second !== undefined) return;
    for (let next = await input.next(); !next.done; next = await input.next()) yield { ...score(next.value), bytes: next.value.bytes.length };
    return;
  }

  const lanes = Array.from({ length: workers }, () => openLane(settings));
  const inFlight: Promise<ScoredBlock>[] = [];
  let here: BlockScorer | undefined;
  const dispatch = (block: InputBlock) => {
    if (block.bytes.length > MAX_WORKER_BLOCK_BYTES) {
      here ??= createBlockScorer(settings);
      inFlight.push(Promise.resolve({ ...here(block), bytes: block.bytes.length }));
      return;
    }
    // The lane owing the fewest answers: an uneven block does not hold up the others.
    const lane = lanes.reduce((best, candidate) => (candidate.waiting.length < best.waiting.length ? candidate : best));
    const promise = send(lane, block).then((result) => ({ ...result, bytes: block.bytes.length }));
    // Handled when its turn comes; until then a rejection must not count as unhandled.
    promise.catch(() => undefined);
    inFlight.push(promise);
  };
  try {
    dispatch(first.value);
    dispatch(second.value);
    for (let next = await input.next(); !next.done; next = await input.next()) {
      dispatch(next.value);
      while (inFlight.length >= 2 * workers) yield await inFlight.shift()!;
    }
    while (inFlight.length > 0) yield await inFlight.shift()!;
  } finally {
    await Promise.all(lanes.map((lane) => lane.worker.terminate()));
  }
}
