// Imported lazily by <dbi-assessment>, only when the page address carries a resume code or the
// visitor asks for a resume link: the answer-code encoder and decoder are then a chunk of their
// own in the browser bundles, never fetched on the usual visit.
export { decodeAnswers, encodeAnswers } from '@dbi-kit/engine';
