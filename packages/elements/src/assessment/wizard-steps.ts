import type { Methodology, Pillar } from '@dbi-kit/engine';

/**
 * A step of the wizard: `intro`, `profile`, one `pillar:<pillar id>` per pillar in the
 * methodology's order, `review`, `results`. Step ids are what `dbi-step-change` reports and
 * what autosave remembers, so they stay stable across languages and releases.
 */
export type StepId = 'intro' | 'profile' | `pillar:${string}` | 'review' | 'results';

const pillarStep = (pillar: Pillar): StepId => `pillar:${pillar.id}`;

/** Every step of the wizard for a methodology, in order. */
export function wizardSteps(methodology: Methodology): StepId[] {
  return ['intro', 'profile', ...methodology.pillars.map(pillarStep), 'review', 'results'];
}

/** The pillar a step asks about, if it is a pillar step. */
export function pillarOfStep(methodology: Methodology, step: StepId): Pillar | undefined {
  return methodology.pillars.find((pillar) => pillarStep(pillar) === step);
}

/** The step that asks a criterion. */
export function stepOfCriterion(methodology: Methodology, criterionId: string): StepId | undefined {
  const pillar = methodology.pillars.find((p) => p.indices.some((index) => index.criteria.some((c) => c.id === criterionId)));
  return pillar && pillarStep(pillar);
}
