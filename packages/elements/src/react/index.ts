// `@dbi-kit/elements/react`: React components for the dbi-kit elements, made with @lit/react.
// One module per element; importing a component registers its tag. React 18 or 19 is a peer.
export { DbiAssessment } from './dbi-assessment.js';
export { DbiPlatformPicker } from './dbi-platform-picker.js';
export { DbiSubsidyCalculator } from './dbi-subsidy-calculator.js';
export { DbiBadge } from './dbi-badge.js';
