import type { RecordDelimiter } from './csv-record-options.js';

/**
 * The record delimiter of a CSV file as csv-parse discovers it: the first line break outside
 * quotes in `head` (the start of the file) — CRLF, LF, or a lone CR. LF when there is none.
 */
export function detectRecordDelimiter(head: string, delimiter: string): RecordDelimiter {
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < head.length; i++) {
    const char = head[i];
    if (quoted) {
      if (char === '"') {
        if (head[i + 1] === '"') i += 1;
        else quoted = false;
      }
      continue;
    }
    if (char === '\n') return '\n';
    if (char === '\r') return head[i + 1] === '\n' || i + 1 === head.length ? '\r\n' : '\r';
    if (char === '"' && fieldStart) quoted = true;
    fieldStart = char === delimiter || (i === 0 && char === '\uFEFF');
  }
  return '\n';
}
