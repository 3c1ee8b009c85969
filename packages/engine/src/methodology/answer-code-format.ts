// The answer code: `<methodology id>~<version>~<answers>`, the answers one token per criterion in
// methodology order, joined by '.'. Every character is URL-unreserved (A–Z a–z 0–9 - . _ ~), so
// a code goes in a path, a query or a fragment without escaping. Tokens:
//   ''            unanswered
//   '<base36>'    a step or option
//   '<n>_<d>'     a ratio, each figure as base 36 when a safe integer, else '-' and its decimal
//                 form with 'p' for the point (e.g. 1.5 → '-1p5', 1e21 → '-1e21')

/** Separates the id, the version and the answers. */
export const HEADER_SEPARATOR = '~';
/** Separates one criterion's token from the next. */
export const TOKEN_SEPARATOR = '.';
/** Separates a ratio's numerator from its denominator. */
export const RATIO_SEPARATOR = '_';

/** One figure of a ratio, as written in a code. */
export function encodeFigure(value: number): string {
  return Number.isSafeInteger(value) ? value.toString(36) : `-${String(value).replace('.', 'p').replace('+', '')}`;
}

/** A figure back from its code, or NaN when the text is not one. */
export function decodeFigure(text: string): number {
  if (/^[0-9a-z]+$/.test(text)) return parseInt(text, 36);
  return /^-[0-9]+(p[0-9]+)?(e-?[0-9]+)?$/.test(text) ? Number(text.slice(1).replace('p', '.')) : NaN;
}
