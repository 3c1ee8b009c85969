/** The input formats `score` and `summary` read. */
export type InputFormat = 'csv' | 'ndjson';

/**
 * Decides how to read an input: by its extension (`.csv`/`.tsv`/`.txt` are CSV,
 * `.ndjson`/`.jsonl`/`.json` are NDJSON), else by its first character (`{` starts NDJSON).
 */
export function detectInputFormat(name: string, head: string | undefined): InputFormat {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  if (extension === 'ndjson' || extension === 'jsonl' || extension === 'json') return 'ndjson';
  return head?.replace(/^\uFEFF/, '').trimStart().startsWith('{') ? 'ndjson' : 'csv';
}
