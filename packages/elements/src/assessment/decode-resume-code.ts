// Imported lazily by <dbi-assessment>, only when the page address carries a resume code: the
// decoder is then a chunk of its own in the browser bundles, never fetched on the usual visit.
export { decodeAnswers } from '@dbi-kit/engine';
