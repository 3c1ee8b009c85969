// BilingualText is declared once, in ../bilingual-text.ts. This re-export keeps the imports of
// classify-enterprise.ts and classification-reasons.ts working unchanged while they are being
// edited elsewhere; fold it into them when they next change.
export { bilingual, LANGUAGES, type BilingualText } from '../bilingual-text.js';
