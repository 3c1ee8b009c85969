/** True for an abort (the caller's signal, or a request all its callers gave up on). */
export function isAbortError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}
