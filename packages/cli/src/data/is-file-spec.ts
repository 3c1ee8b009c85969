/**
 * Whether a `--methodology` or `--programme` value names a file rather than a bundled id: it
 * ends in `.json` or holds a path separator. Ids are kebab-case words, so neither can clash.
 */
export function isFileSpec(spec: string): boolean {
  return spec.endsWith('.json') || spec.includes('/') || spec.includes('\\');
}
