/** Passes chunks through, telling `onBytes` the size of each: how the progress bar knows how far the input is read. */
export async function* countBytes(chunks: AsyncIterable<Buffer>, onBytes: (count: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    onBytes(chunk.length);
    yield chunk;
  }
}
