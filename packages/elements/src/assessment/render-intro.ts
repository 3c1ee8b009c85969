import { html, nothing, type TemplateResult } from 'lit';
import type { Methodology } from '@dbi-kit/engine';
import { localized, type Lang } from '../internal/lang.js';
import type { AssessmentStrings } from './assessment.translations.js';

/** About ten seconds a criterion, which puts the 60 criteria of the 2021 SME index at ten minutes. */
const SECONDS_PER_CRITERION = 10;

/** The intro: what the assessment is, the time it takes, and what is stored and sent where. */
export function renderIntro(view: { t: AssessmentStrings; lang: Lang; methodology: Methodology; criteria: number; autosave: boolean; submitUrl: string }): TemplateResult {
  const { t, lang, methodology } = view;
  const minutes = Math.max(1, Math.round((view.criteria * SECONDS_PER_CRITERION) / 60));
  const source = methodology.source;
  let host = '';
  if (view.submitUrl) {
    try {
      host = new URL(view.submitUrl, document.baseURI).host;
    } catch {
      host = view.submitUrl;
    }
  }
  return html`<p class="lead">${t.introLead(localized(methodology.title, lang))}</p>
    <ul class="facts">
      <li>${t.introWhat(view.criteria, methodology.pillars.length)}</li>
      <li>${t.introTime(minutes)}</li>
      <li>${view.autosave ? t.introStoredHere : t.introStoredNowhere}</li>
      <li>${host ? t.introSentTo(host) : t.introNotSent}</li>
    </ul>
    <p class="source">
      ${t.introSource}: ${source.url ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${localized(source.instrument, lang)}</a>` : localized(source.instrument, lang)}
      (${t.sourceStatus(source.status)})${source.status === 'official' ? nothing : html`. ${localized(source.note, lang)}`}
    </p>`;
}
