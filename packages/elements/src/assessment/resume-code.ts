// Imported lazily by <dbi-assessment>, only when the page address carries a resume code or the
// visitor asks for a resume link: the answer-code encoder and decoder, and the making of the link,
// are then a chunk of their own in the browser bundles, never fetched on the usual visit.
import { RESUME_KEY } from './resume-link.js';

export { decodeAnswers, encodeAnswers } from '@dbi-kit/engine';

/** The page address with the code as its fragment (any other fragment is dropped); see resume-link.ts. */
export function resumeLink(pageUrl: string, code: string): string {
  const url = new URL(pageUrl);
  url.hash = `${RESUME_KEY}=${encodeURIComponent(code)}`;
  return url.href;
}
