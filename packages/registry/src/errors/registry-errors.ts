import { DbiError, isDbiError } from '@dbi-kit/engine';

/** One schema problem in a registry document: where it is and what is wrong. */
export interface RegistryIssue {
  /** JSON path inside the record (or the document when there is no record), e.g. `plans[0].price`. */
  readonly field: string;
  /** English prose for logs. */
  readonly message: string;
}

/**
 * The base class of every registry failure. `url` names the document involved, when there is one.
 * Aborting a call is not a failure: it rejects with the signal's reason (an `AbortError`), never
 * with a `RegistryError`.
 */
export class RegistryError extends DbiError {
  // Fields are `declare`d and set in the constructor: no field definitions in the browser bundles.
  /** The document URL the failure concerns, when there is one. */
  declare readonly url: string | undefined;

  constructor(code: string, message: string, options?: { url?: string; cause?: unknown }) {
    super(code, message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.url = options?.url;
  }
}

/** The server answered with an HTTP error status (after any retries). */
export class RegistryHttpError extends RegistryError {
  /** The HTTP status of the last attempt. */
  declare readonly status: number;
  /** The wait the server asked for with `Retry-After`, in ms, when it sent one. */
  declare readonly retryAfter: number | undefined;
  declare readonly url: string;

  constructor(url: string, status: number, options?: { retryAfter?: number; cause?: unknown }) {
    super('registry/http', `HTTP ${status} from ${url}`, { url, cause: options?.cause });
    this.status = status;
    this.retryAfter = options?.retryAfter;
  }
}

/** An attempt took longer than the client's `timeout` (for the response headers or for the body). */
export class RegistryTimeoutError extends RegistryError {
  /** The timeout that was exceeded, in ms. */
  declare readonly timeout: number;
  declare readonly url: string;

  constructor(url: string, timeout: number, options?: { cause?: unknown }) {
    super('registry/timeout', `No complete response from ${url} within ${timeout} ms`, { url, cause: options?.cause });
    this.timeout = timeout;
  }
}

/** The request failed below HTTP: DNS, refused or reset connection, CORS, offline. */
export class RegistryNetworkError extends RegistryError {
  declare readonly url: string;

  constructor(url: string, options?: { cause?: unknown }) {
    const reason = options?.cause instanceof Error ? `: ${options.cause.message}` : '';
    super('registry/network', `Network failure fetching ${url}${reason}`, { url, cause: options?.cause });
  }
}

/** Why a response was rejected. */
export type RegistryResponseProblem = 'content-type' | 'encoding' | 'json' | 'schema';

/**
 * The server answered, but not with a valid `dbi-registry/1` document: wrong content type, not
 * UTF-8, unparsable JSON, or a schema violation. For schema violations `recordId` names the platform
 * (when the record has a readable id), `field` the first offending JSON path and `issues` all of them.
 */
export class RegistryResponseError extends RegistryError {
  declare readonly problem: RegistryResponseProblem;
  /** The platform id of the offending record, when the failure is inside one. */
  declare readonly recordId: string | undefined;
  /** The first offending field (JSON path relative to the record, or to the document). */
  declare readonly field: string | undefined;
  /** Every schema problem found (empty for the other problems). */
  declare readonly issues: readonly RegistryIssue[];
  declare readonly url: string;

  constructor(
    url: string,
    problem: RegistryResponseProblem,
    message: string,
    options?: { recordId?: string; issues?: readonly RegistryIssue[]; cause?: unknown },
  ) {
    const issues = options?.issues ?? [];
    const where = [options?.recordId && `record "${options.recordId}"`, issues[0] && `field ${issues[0].field}`].filter(Boolean).join(' ');
    super('registry/response', `Invalid response from ${url}${where ? ` (${where})` : ''}: ${message}`, { url, cause: options?.cause });
    this.problem = problem;
    this.recordId = options?.recordId;
    this.field = issues[0]?.field;
    this.issues = issues;
  }
}

const hasCode = (value: unknown, code: string): boolean => isDbiError(value) && value.code === code;

/** True for any registry failure, also across bundle copies (compares `code` when `instanceof` fails). */
export function isRegistryError(value: unknown): value is RegistryError {
  return value instanceof RegistryError || (isDbiError(value) && value.code.startsWith('registry/'));
}

/** True for {@link RegistryHttpError}. */
export function isRegistryHttpError(value: unknown): value is RegistryHttpError {
  return value instanceof RegistryHttpError || hasCode(value, 'registry/http');
}

/** True for {@link RegistryTimeoutError}. */
export function isRegistryTimeoutError(value: unknown): value is RegistryTimeoutError {
  return value instanceof RegistryTimeoutError || hasCode(value, 'registry/timeout');
}

/** True for {@link RegistryNetworkError}. */
export function isRegistryNetworkError(value: unknown): value is RegistryNetworkError {
  return value instanceof RegistryNetworkError || hasCode(value, 'registry/network');
}

/** True for {@link RegistryResponseError}. */
export function isRegistryResponseError(value: unknown): value is RegistryResponseError {
  return value instanceof RegistryResponseError || hasCode(value, 'registry/response');
}
