/**
 * The exit codes of `dbi-kit`, stable so that scripts can branch on them.
 *
 * - `ok` (0): everything was done.
 * - `failed` (1): the command ran but something was wrong with the data: some rows failed to
 *   score, an input file is unreadable or invalid, a business could not be classified.
 * - `usage` (2): the command line itself is wrong (unknown command or option, missing argument).
 */
export const ExitCode = { ok: 0, failed: 1, usage: 2 } as const;

/** One of the values of {@link ExitCode}. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
