import { html, nothing, type TemplateResult } from 'lit';
import type { Criterion, Pillar } from '@dbi-kit/engine';
import { localized, type Lang } from '../internal/lang.js';
import type { AssessmentStrings } from './assessment.translations.js';
import { formatNumber } from './format-figures.js';
import { renderCriterion, type CriterionView } from './render-criterion.js';

/**
 * One pillar: its component indices, each with its criteria under the source's sub-headings,
 * in the methodology's order.
 */
export function renderPillarStep(view: { t: AssessmentStrings; lang: Lang; pillar: Pillar; criterion: (criterion: Criterion) => CriterionView }): TemplateResult {
  const { t, lang, pillar } = view;
  return html`${pillar.indices.map((index) => {
    let section = '';
    return html`<section class="index" part="index" aria-labelledby="index-${index.id}">
      <h3 id="index-${index.id}">
        <span class="criterion-id">${index.id}</span> ${localized(index.title, lang)}
        <span class="muted max-points">${t.maxPoints(formatNumber(index.maxPoints, lang))}</span>
      </h3>
      ${index.criteria.map((criterion) => {
        const heading = localized(criterion.section, lang);
        const showHeading = heading && heading !== section;
        section = heading;
        return html`${showHeading ? html`<h4 class="section-heading">${heading}</h4>` : nothing}${renderCriterion(criterion, view.criterion(criterion))}`;
      })}
    </section>`;
  })}`;
}
