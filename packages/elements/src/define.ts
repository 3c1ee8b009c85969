// The drop-in entry (`dbi-kit.min.js`): importing it registers every dbi-kit tag.
// Each tag's own module registers it; this file only gathers them.
import './dbi-assessment.js';
import './dbi-platform-picker.js';
import './dbi-subsidy-calculator.js';
import './dbi-badge.js';

export * from './index.js';
