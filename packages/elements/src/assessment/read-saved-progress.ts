import { scoreAssessment, type Answers, type Methodology } from '@dbi-kit/engine';
import { toProfileDraft, type ProfileDraft } from './business-profile.js';
import type { SavedProgress } from './progress-store.js';
import { wizardSteps } from './wizard-steps.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks an autosaved entry against the methodology: the answers must pass the engine (an
 * `AnswerError` makes the entry corrupt), the profile must be a profile, and the step one of
 * this methodology's steps. Anything else → `undefined`, and the store starts clean.
 */
export function readSavedProgress(methodology: Methodology, entry: Readonly<Record<string, unknown>>): SavedProgress<Answers, ProfileDraft> | undefined {
  const { answers, profile, step, submission } = entry;
  if (!isRecord(answers)) return undefined;
  scoreAssessment(methodology, answers as Answers, { nextSteps: 0 });
  const draft = toProfileDraft(profile);
  if (!draft) return undefined;
  const steps: readonly string[] = wizardSteps(methodology);
  if (typeof step !== 'string' || !steps.includes(step)) return undefined;
  const progress: SavedProgress<Answers, ProfileDraft> = { answers: answers as Answers, profile: draft, step };
  if (submission !== undefined) {
    if (!isRecord(submission)) return undefined;
    const { idempotencyKey, submittedAt, sent } = submission;
    if (typeof idempotencyKey !== 'string' || typeof submittedAt !== 'string' || typeof sent !== 'boolean') return undefined;
    progress.submission = { idempotencyKey, submittedAt, sent };
  }
  return progress;
}
