import { TimeoutError } from 'ky';

/**
 * Reads a whole response body within `timeout` ms. ky's own timeout stops at the response
 * headers, so without this a server that sends headers and then stalls would hang the call.
 * A stalled read throws ky's `TimeoutError`; a connection lost mid-body throws the runtime's
 * network error, which ky retries like any other.
 */
export async function readBody(response: Response, request: Request, timeout: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    reader.cancel().catch(() => undefined);
  }, timeout);
  try {
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      length += value.byteLength;
    }
    if (timedOut) throw new TimeoutError(request);
    const body = new Uint8Array(length);
    let offset = 0;
    for (const chunk of chunks) {
      body.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return body;
  } finally {
    clearTimeout(timer);
  }
}
