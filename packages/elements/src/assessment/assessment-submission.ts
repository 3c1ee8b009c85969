import type { Answers, AssessmentResult } from '@dbi-kit/engine';
import type { BusinessProfile } from './business-profile.js';

/**
 * A finished assessment: what `<dbi-assessment>` POSTs to `submit-url` and what
 * `dbi-assessment-complete` carries. Plain JSON data.
 */
export interface AssessmentSubmission {
  /** The methodology the answers belong to; a result without it could not be re-scored. */
  methodology: { id: string; version: string };
  answers: Answers;
  result: AssessmentResult;
  profile: BusinessProfile;
  /** ISO 8601, when the visitor asked for the results. */
  submittedAt: string;
  /** A random UUID, the same across retries (and reloads) of one submission. */
  idempotencyKey: string;
}
