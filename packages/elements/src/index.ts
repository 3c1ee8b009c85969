// The public API of @dbi-kit/elements: classes, events and types. Importing this module
// registers no tags: import `@dbi-kit/elements/define` (all tags) or a tag's own entry
// (`@dbi-kit/elements/dbi-assessment`) for that.
export { DbiAssessment } from './assessment/assessment.js';
export type { AssessmentSubmission } from './assessment/assessment-submission.js';
export type { BusinessProfile } from './assessment/business-profile.js';
export type { StepId } from './assessment/wizard-steps.js';
export { DbiStepChangeEvent, type StepChangeDetail } from './events/dbi-step-change-event.js';
export { DbiAnswerChangeEvent, type AnswerChangeDetail } from './events/dbi-answer-change-event.js';
export { DbiAssessmentCompleteEvent } from './events/dbi-assessment-complete-event.js';
export { DbiPlatformPicker } from './picker/picker.js';
export type { PlatformSelection, SelectedPlatform } from './picker/platform-selection.js';
export { DbiSubsidyCalculator } from './calculator/calculator.js';
export { DbiPlatformSelectEvent } from './events/dbi-platform-select-event.js';
export { DbiSubsidyChangeEvent, type SubsidyChangeDetail } from './events/dbi-subsidy-change-event.js';
export { DbiBadge } from './badge/badge.js';
export type { BadgeStatus } from './badge/badge-status.js';
export { DbiVerifyEvent, type VerifyDetail } from './events/dbi-verify-event.js';
export { formatVnd, parseVnd } from './internal/money.js';
