import { html, nothing, type TemplateResult } from 'lit';
import type { AssessmentStrings } from './assessment.translations.js';
import { renderLinkBox } from './render-actions.js';
import type { StepId } from './wizard-steps.js';

/** The notices the wizard can show: restored answers, a bad link, storage problems. */
export type NoticeKey = Extract<keyof AssessmentStrings, `notice${string}`>;

/** A notice with a button that dismisses it; restorations are news, everything else a warning. */
export function renderNotice(t: AssessmentStrings, key: NoticeKey, dismiss: () => void): TemplateResult {
  const warning = key !== 'noticeRestored' && key !== 'noticeLinkRestored';
  return html`<div class="notice ${warning ? 'warning' : ''}" part="notice">
    <p>${t[key]}</p>
    <button type="button" class="link" @click=${dismiss}>${t.dismiss}</button>
  </div>`;
}

/**
 * Back, the resume link, and the primary button (Start on the intro, See results on the review,
 * Next elsewhere). The results have their own actions instead of a resume-link button.
 */
export function renderNav(view: { t: AssessmentStrings; steps: readonly StepId[]; current: StepId; link: string; go(step: StepId): void; copyLink(): void }): TemplateResult {
  const { t, steps, current } = view;
  const index = steps.indexOf(current);
  const previous = steps[index - 1];
  const next = steps[index + 1];
  const label = current === 'intro' ? t.start : current === 'review' ? t.finish : t.next;
  const questions = current !== 'intro' && current !== 'results';
  return html`<div class="nav" part="nav">
      ${previous ? html`<button type="button" class="button" @click=${() => view.go(previous)}>${t.back}</button>` : nothing}
      ${questions ? html`<button type="button" class="link" @click=${view.copyLink}>${t.copyLink}</button>` : nothing}
      ${next ? html`<button type="button" class="button primary" @click=${() => view.go(next)}>${label}</button>` : nothing}
    </div>
    ${questions ? renderLinkBox(t, view.link) : nothing}`;
}
