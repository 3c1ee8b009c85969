import { html, svg, type TemplateResult } from 'lit';
import { criteriaOf, type Methodology } from '@dbi-kit/engine';
import { localized, type Lang } from '../internal/lang.js';
import type { AssessmentSubmission } from './assessment-submission.js';
import type { AssessmentStrings } from './assessment.translations.js';
import { describeAnswer } from './describe-answer.js';
import { formatDate, formatNumber, formatPercent } from './format-figures.js';
import { radarChart } from './radar-chart.js';
import { renderActions, renderSubmitStatus, type ResultsActions } from './render-actions.js';
import { renderPlatformCategories, renderSubsidyEstimate } from './render-recommendations.js';

interface ResultsView extends ResultsActions {
  t: AssessmentStrings;
  lang: Lang;
  methodology: Methodology;
  submission: AssessmentSubmission;
}

/** A bar of `percent` (0–100) as SVG geometry, so its width needs no inline style. */
const bar = (percent: number) =>
  svg`<svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="bar-track" width="100" height="4" rx="2"></rect><rect class="bar-fill" width=${Math.max(0, Math.min(100, percent))} height="4" rx="2"></rect></svg>`;

function levelName(methodology: Methodology, level: number, lang: Lang): string {
  return localized(methodology.levels.find((l) => l.level === level)?.name, lang);
}

function renderPillars(view: ResultsView): TemplateResult {
  const { t, lang, methodology } = view;
  const { result } = view.submission;
  const title = (id: string) => localized(methodology.pillars.find((p) => p.id === id)?.title, lang);
  return html`<section aria-labelledby="pillars-heading">
    <h3 id="pillars-heading">${t.pillarsHeading}</h3>
    <div class="pillars">
      <table>
        <thead>
          <tr>
            <th scope="col">${t.pillarColumn}</th>
            <th scope="col" class="number">${t.pointsColumn}</th>
            <th scope="col">${t.levelColumn}</th>
          </tr>
        </thead>
        <tbody>
          ${result.pillars.map(
            (pillar) => html`<tr>
              <th scope="row">${title(pillar.id)} ${bar(pillar.percent)}</th>
              <td class="number">${formatNumber(pillar.points, lang)}/${formatNumber(pillar.maxPoints, lang)}<br /><span class="muted">${formatPercent(pillar.percent, lang)}</span></td>
              <td class="level">${t.levelNumber(pillar.level)}<br /><span class="muted">${levelName(methodology, pillar.level, lang)}</span></td>
            </tr>`,
          )}
        </tbody>
      </table>
      <figure>
        ${radarChart(result.pillars.map((pillar) => ({ label: title(pillar.id), value: pillar.percent / 100 })))}
        <figcaption class="muted">${t.radarCaption}</figcaption>
      </figure>
    </div>
  </section>`;
}

function renderNextSteps(view: ResultsView): TemplateResult {
  const { t, lang, methodology, submission } = view;
  const criteria = new Map(criteriaOf(methodology).map((c) => [c.id, c]));
  const steps = submission.result.nextSteps.filter((step) => criteria.has(step.criterionId));
  return html`<section aria-labelledby="next-heading">
    <h3 id="next-heading">${t.nextStepsHeading}</h3>
    ${steps.length === 0
      ? html`<p>${t.nextStepsNone}</p>`
      : html`<ol class="next-steps" part="next-steps">
          ${steps.map((step) => {
            const criterion = criteria.get(step.criterionId)!;
            const from = describeAnswer(criterion, submission.answers[criterion.id], lang, t);
            const to = describeAnswer(criterion, step.answer, lang, t, step.abovePercent);
            return html`<li>
              <strong><span class="criterion-id">${criterion.id}</span> ${localized(criterion.title, lang)}</strong><br />
              ${t.nextStep(from, to, formatNumber(step.gain, lang))}
            </li>`;
          })}
        </ol>`}
  </section>`;
}

/**
 * The results: total points, percent, overall level with its description; pillars as a table
 * with bars and as a radar chart; the next steps; platform categories for the weakest pillars;
 * the support estimate; the submission status; print, downloads, resume link, start over.
 */
export function renderResults(view: ResultsView): TemplateResult {
  const { t, lang, methodology, submission } = view;
  const { result, profile } = submission;
  const level = methodology.levels.find((l) => l.level === result.level);
  const date = formatDate(new Date(submission.submittedAt), lang);
  return html`<div class="results" part="results">
    <p class="muted">${t.resultsLead(profile.name ?? localized(methodology.title, lang), date)}</p>
    ${renderSubmitStatus(t, view.submit, view.retry)}
    ${result.missing.length > 0 ? html`<p class="notice warning">${t.incomplete(result.missing.length)}</p>` : ''}
    <dl class="summary" part="summary">
      <div class="figure-card">
        <dt>${t.total}</dt>
        <dd data-figure="points">${formatNumber(result.points, lang)}/${formatNumber(result.maxPoints, lang)}</dd>
      </div>
      <div class="figure-card">
        <dt>${t.percent}</dt>
        <dd data-figure="percent">${formatPercent(result.percent, lang)}</dd>
      </div>
      <div class="figure-card">
        <dt>${t.overallLevel}</dt>
        <dd data-figure="level">${t.levelNumber(result.level)} · ${localized(level?.name, lang)}</dd>
      </div>
    </dl>
    <p class="level-description">${localized(level?.description, lang)}</p>
    ${renderPillars(view)} ${renderNextSteps(view)}
    ${renderPlatformCategories({ t, lang, methodology, result, registry: view.registry, pickerUrl: view.pickerUrl })}
    ${renderSubsidyEstimate({ t, lang, size: profile.size })} ${renderActions(view)}
  </div>`;
}
