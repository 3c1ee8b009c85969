import type { Readable } from 'node:stream';

// A stream found empty has ended and will emit nothing more, so a second peek must not wait.
const empty = new WeakSet<Readable>();

/**
 * Reads the first chunk of a stream and puts it back, so that the format or delimiter can be
 * sniffed before the stream is handed to a parser. Resolves to `undefined` for an empty stream
 * (which has then ended: do not pipe it anywhere). Peeking twice is fine.
 */
export function peekHead(stream: Readable): Promise<string | undefined> {
  if (empty.has(stream) || stream.readableEnded) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const done = () => {
      stream.off('readable', onReadable);
      stream.off('error', onError);
    };
    const onReadable = () => {
      const chunk: Buffer | string | null = stream.read();
      done();
      if (chunk === null) {
        empty.add(stream);
        return resolve(undefined);
      }
      stream.unshift(chunk);
      resolve(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    stream.on('readable', onReadable);
    stream.on('error', onError);
  });
}
