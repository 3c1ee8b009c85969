import { html, nothing, type TemplateResult } from 'lit';
import type { Methodology } from '@dbi-kit/engine';
import type { Lang } from '../internal/lang.js';
import type { AssessmentSubmission } from './assessment-submission.js';
import type { AssessmentStrings } from './assessment.translations.js';
import type { SubmitState } from './submit-controller.js';

/** What the results need from the element beyond the submission itself. */
export interface ResultsActions {
  registry: string;
  pickerUrl: string;
  /** The submission's state, or `undefined` without `submit-url`. */
  submit: SubmitState | undefined;
  /** The resume link once asked for. */
  link: string;
  confirmingReset: boolean;
  retry(): void;
  copyLink(): void;
  askReset(ask: boolean): void;
  reset(): void;
}

interface ActionsView extends ResultsActions {
  t: AssessmentStrings;
  lang: Lang;
  methodology: Methodology;
  submission: AssessmentSubmission;
}

/** Where the submission to `submit-url` stands, with a retry button when it failed. */
export function renderSubmitStatus(t: AssessmentStrings, state: SubmitState | undefined, retry: () => void): TemplateResult {
  const message =
    state?.status === 'sending'
      ? html`<p>${t.sending}</p>`
      : state?.status === 'sent'
        ? html`<p class="sent">${t.sent}</p>`
        : state?.status === 'failed'
          ? html`<p class="error">${t.sendFailed(state.reason)}</p>
              <button type="button" class="button" @click=${retry}>${t.retry}</button>`
          : nothing;
  return html`<div class="submit-status notice ${state?.status === 'failed' ? 'error' : ''} ${state && state.status !== 'idle' ? '' : 'empty'}" part="submit-status" role="status">
    ${message}
  </div>`;
}

/** The resume link, once asked for, in a field it can be copied from by hand too. */
export function renderLinkBox(t: AssessmentStrings, link: string): TemplateResult | typeof nothing {
  if (!link) return nothing;
  return html`<div class="link-box">
    <label for="resume-link">${t.linkLabel}</label>
    <input id="resume-link" readonly .value=${link} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
    <p class="help" role="status">${t.linkCopied}</p>
  </div>`;
}

/** Print, download JSON and CSV, copy the resume link, start over (with a confirmation). */
export function renderActions(view: ActionsView): TemplateResult {
  const { t, submission } = view;
  // The export code is fetched on the first download: most visitors never download, so it is a
  // lazy chunk of the browser bundles.
  const save = (format: 'json' | 'csv') => () =>
    void import('./results-export.js').then(({ downloadResults }) => downloadResults(format, submission, view.methodology, view.lang));
  const json = save('json');
  const csv = save('csv');
  return html`<section class="actions-section" part="actions" aria-labelledby="actions-heading">
    <h3 id="actions-heading">${t.actions}</h3>
    <div class="actions">
      <button type="button" class="button" @click=${() => window.print()}>${t.print}</button>
      <button type="button" class="button" @click=${json}>${t.downloadJson}</button>
      <button type="button" class="button" @click=${csv}>${t.downloadCsv}</button>
      <button type="button" class="button" @click=${view.copyLink}>${t.copyLink}</button>
      <button type="button" class="button" aria-expanded=${view.confirmingReset ? 'true' : 'false'} @click=${() => view.askReset(!view.confirmingReset)}>${t.startOver}</button>
    </div>
    ${renderLinkBox(t, view.link)}
    ${view.confirmingReset
      ? html`<div class="notice warning" role="alert">
          <p>${t.startOverConfirm}</p>
          <div class="actions">
            <button type="button" class="button primary" @click=${view.reset}>${t.startOver}</button>
            <button type="button" class="button" @click=${() => view.askReset(false)}>${t.cancel}</button>
          </div>
        </div>`
      : nothing}
  </section>`;
}
