import type { Readable } from 'node:stream';

/** A stream's chunks, with the start of the first one decoded for sniffing. */
export interface PeekedChunks {
  /** The first chunk as text; `undefined` when the stream is empty. */
  readonly head: string | undefined;
  /** Every chunk, the first included, in order. Iterate once. */
  readonly chunks: AsyncIterable<Buffer>;
}

const toBuffer = (chunk: Buffer | string): Buffer => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk);

async function* resume(first: Buffer | undefined, rest: AsyncIterator<Buffer | string>): AsyncGenerator<Buffer> {
  if (first === undefined) return;
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield toBuffer(next.value);
}

/**
 * Reads a stream's first chunk so that its format or delimiter can be sniffed, and hands back
 * all its chunks, the first one included, for the parser.
 */
export async function peekChunks(stream: Readable): Promise<PeekedChunks> {
  const iterator: AsyncIterator<Buffer | string> = stream[Symbol.asyncIterator]();
  const next = await iterator.next();
  const first = next.done ? undefined : toBuffer(next.value);
  return { head: first?.toString('utf8'), chunks: resume(first, iterator) };
}
