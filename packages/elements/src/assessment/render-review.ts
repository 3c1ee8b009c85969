import { html, type TemplateResult } from 'lit';
import type { Criterion, Methodology } from '@dbi-kit/engine';
import { localized, type Lang } from '../internal/lang.js';
import type { AssessmentStrings } from './assessment.translations.js';

/**
 * The review: every unanswered criterion, grouped by pillar, each a button that goes back to
 * it and focuses it.
 */
export function renderReview(view: { t: AssessmentStrings; lang: Lang; methodology: Methodology; missing: ReadonlySet<string>; goTo(criterion: Criterion): void }): TemplateResult {
  const { t, lang, missing } = view;
  const pillars = view.methodology.pillars
    .map((pillar) => ({ pillar, criteria: pillar.indices.flatMap((index) => index.criteria.filter((c) => missing.has(c.id))) }))
    .filter((group) => group.criteria.length > 0);
  return html`<p class="lead">${t.reviewLead}</p>
    ${missing.size === 0
      ? html`<p class="complete" part="review-complete">${t.reviewComplete}</p>`
      : html`<p>${t.reviewMissing(missing.size)}</p>
          ${pillars.map(
            ({ pillar, criteria }) => html`<section class="missing" part="missing" aria-labelledby="missing-${pillar.id}">
              <h3 id="missing-${pillar.id}">${localized(pillar.title, lang)}</h3>
              <ul>
                ${criteria.map(
                  (criterion) => html`<li>
                    <button type="button" class="link" @click=${() => view.goTo(criterion)}>
                      <span class="criterion-id">${criterion.id}</span> ${t.reviewGoTo(localized(criterion.title, lang))}
                    </button>
                  </li>`,
                )}
              </ul>
            </section>`,
          )}`}`;
}
