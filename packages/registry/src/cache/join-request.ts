import type { MemoryCache, SharedRequest } from './memory-cache.js';

/**
 * Runs `start` for `url` unless a request for it is already in flight, in which case the caller
 * joins that one: one request per URL however many callers ask. Each caller's `signal` only
 * detaches that caller (it rejects with the signal's reason at once); the request itself is
 * aborted when its last caller leaves.
 */
export function joinRequest<T>(cache: MemoryCache, url: string, start: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
  signal?.throwIfAborted();
  let shared = cache.inflight.get(url);
  if (!shared) {
    const controller = new AbortController();
    const request: SharedRequest = {
      controller,
      waiters: 0,
      promise: start(controller.signal).finally(() => {
        if (cache.inflight.get(url) === request) cache.inflight.delete(url);
      }),
    };
    cache.inflight.set(url, request);
    shared = request;
  }
  const joined = shared;
  joined.waiters++;
  return new Promise<T>((resolve, reject) => {
    let attached = true;
    const detach = () => {
      if (!attached) return false;
      attached = false;
      joined.waiters--;
      signal?.removeEventListener('abort', onAbort);
      return true;
    };
    function onAbort() {
      if (!detach()) return;
      if (joined.waiters === 0) {
        // Nobody wants the answer any more: stop the download, and let the next caller start afresh.
        if (cache.inflight.get(url) === joined) cache.inflight.delete(url);
        joined.controller.abort(signal?.reason);
      }
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    joined.promise.then(
      (value) => detach() && resolve(value as T),
      (error: unknown) => detach() && reject(error),
    );
  });
}
