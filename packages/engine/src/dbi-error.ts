/**
 * The base class of every error dbi-kit throws on purpose. Catch it to tell our typed errors
 * (bad methodology, bad answer, bad subsidy input, registry failures) from bugs.
 *
 * `code` is a stable machine-readable string; `message` is English prose for logs. UIs map
 * `code` to their own localized text.
 *
 * @example
 * try { scoreAssessment(m, answers); }
 * catch (error) { if (isDbiError(error)) console.warn(error.code, error.message); else throw error; }
 */
export class DbiError extends Error {
  /** A stable identifier for the kind of failure, e.g. `'answer/out-of-range'`. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/**
 * True for any dbi-kit error, also across bundle copies (where `instanceof` fails because two
 * copies of the class exist on one page).
 */
export function isDbiError(value: unknown): value is DbiError {
  return value instanceof DbiError || (value instanceof Error && typeof (value as { code?: unknown }).code === 'string');
}
