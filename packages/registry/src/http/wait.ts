// setTimeout's longest delay; a longer one would fire at once.
const MAX_TIMEOUT = 2_147_483_647;

/** Resolves after `ms`, or rejects with the signal's reason as soon as `signal` aborts. */
export function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as unknown);
    const abort = () => {
      clearTimeout(timer);
      reject(signal.reason as unknown);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', abort);
      resolve();
    }, Math.min(ms, MAX_TIMEOUT));
    signal.addEventListener('abort', abort, { once: true });
  });
}
