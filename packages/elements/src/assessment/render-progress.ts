import { html, nothing, type TemplateResult } from 'lit';
import type { AssessmentStrings } from './assessment.translations.js';
import type { StepId } from './wizard-steps.js';

/** What the progress bar and the step list need. */
export interface ProgressView {
  t: AssessmentStrings;
  steps: readonly StepId[];
  current: StepId;
  answered: number;
  total: number;
  name(step: StepId): string;
  /** Every criterion of the step is answered (pillar steps only). */
  done(step: StepId): boolean;
  /** Results can only be opened once they exist. */
  reachable(step: StepId): boolean;
  go(step: StepId): void;
}

/**
 * The progress bar (criteria answered) and the step list, an `<ol>` of buttons with
 * `aria-current="step"` on the current one. On a narrow screen only the current step's name
 * shows; the others keep theirs for screen readers.
 */
export function renderProgress(view: ProgressView): TemplateResult {
  const { t, steps, current } = view;
  const position = steps.indexOf(current) + 1;
  return html`<nav class="progress" part="progress" aria-label=${t.steps}>
    <p class="progress-text"><span>${t.stepOf(position, steps.length)}</span> <span>${t.answeredOf(view.answered, view.total)}</span></p>
    <progress part="progress-bar" max=${view.total} .value=${view.answered} aria-label=${t.answeredOf(view.answered, view.total)}></progress>
    <ol class="step-list" part="step-list">
      ${steps.map((step, i) => {
        const isCurrent = step === current;
        const done = view.done(step);
        return html`<li>
          <button type="button" class="step-button ${isCurrent ? 'current' : ''} ${done ? 'done' : ''}" aria-current=${isCurrent ? 'step' : nothing}
            ?disabled=${!view.reachable(step)} @click=${() => view.go(step)}>
            <span class="step-number" aria-hidden="true">${done ? '✓' : i + 1}</span>
            <span class="step-name">${view.name(step)}${done ? html`<span class="visually-hidden"> (${t.stepDone})</span>` : nothing}</span>
          </button>
        </li>`;
      })}
    </ol>
  </nav>`;
}
