/** The field delimiters `score` recognises: comma, semicolon (Excel's choice in Vietnamese locales), tab. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;

/** One of {@link CSV_DELIMITERS}. */
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/**
 * Guesses a CSV file's delimiter from its header line: the candidate that occurs most often
 * outside quotes. A header of stable column names (`id`, `1.1.1`, …) holds none of them, so the
 * count is unambiguous; a tie (a one-column file) falls back to the comma.
 */
export function detectDelimiter(head: string): CsvDelimiter {
  const counts = new Map<string, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of head) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best: CsvDelimiter = ',';
  for (const delimiter of CSV_DELIMITERS) if (counts.get(delimiter)! > counts.get(best)!) best = delimiter;
  return best;
}
