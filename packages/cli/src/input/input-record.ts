/**
 * One record read from an input file, with the line it starts on (1-based, counting every line
 * of the file, headers included) so that error messages can point at it. A record the reader
 * could not even split into fields carries `error` instead of a value.
 */
export type InputRecord<T> = { readonly line: number; readonly value: T; readonly error?: undefined } | { readonly line: number; readonly error: string };
