import { html, nothing, type TemplateResult } from 'lit';
import type { Answer, Criterion, RatioCriterion } from '@dbi-kit/engine';
import { localized, type Lang, type LocalizedText } from '../internal/lang.js';
import type { AssessmentStrings } from './assessment.translations.js';
import { formatShare } from './format-figures.js';

/** A ratio criterion's two figures as typed. */
export interface RatioDraft {
  numerator: string;
  denominator: string;
  /** Why the engine refused the figures, as an `AnswerError` reason or `not-a-number`. */
  problem?: string;
}

/** What a criterion needs to render, and where its changes go. */
export interface CriterionView {
  lang: Lang;
  t: AssessmentStrings;
  answer: Answer | undefined;
  /** "Yes" is chosen at the gate, but no step yet. */
  gateOpen: boolean;
  ratio: RatioDraft | undefined;
  choose(criterion: Criterion, value: number): void;
  gate(criterion: Criterion, yes: boolean): void;
  ratioInput(criterion: RatioCriterion, draft: RatioDraft): void;
}

/** A DOM id for a criterion (`1.1.1` → `c-1-1-1`); ids with dots make poor selectors. */
export const criterionDomId = (id: string, prefix = 'c') => `${prefix}-${id.replace(/[^a-zA-Z0-9_-]/gu, '-')}`;

function choiceTexts(criterion: Exclude<Criterion, RatioCriterion>): readonly LocalizedText[] {
  return criterion.kind === 'ladder' ? criterion.steps : criterion.options.map((option) => option.text);
}

function radio(name: string, value: number, checked: boolean, label: string, onChange: () => void, describedBy?: string): TemplateResult {
  return html`<label class="choice" part="choice"
    ><input type="radio" name=${name} value=${value} .checked=${checked} aria-describedby=${describedBy ?? nothing} @change=${onChange} /><span
      >${label}</span
    ></label
  >`;
}

function scale(criterion: Exclude<Criterion, RatioCriterion>, view: CriterionView): TemplateResult {
  const texts = choiceTexts(criterion);
  const domId = criterionDomId(criterion.id);
  const answer = typeof view.answer === 'number' ? view.answer : undefined;
  const question = localized(criterion.question, view.lang);
  const options = (first: number) =>
    texts.slice(first).map((text, i) => radio(`${domId}-step`, first + i, answer === first + i, localized(text, view.lang), () => view.choose(criterion, first + i)));
  if (!criterion.gate) {
    return html`${question ? html`<p class="question">${question}</p>` : nothing}
      <div class="options">${options(0)}</div>`;
  }
  const yes = view.gateOpen || (answer !== undefined && answer > 0);
  const gateId = `${domId}-gate-q`;
  return html`<p class="question" id=${gateId}>${localized(criterion.gate, view.lang)}</p>
    <div class="gate">
      ${radio(`${domId}-gate`, 0, answer === 0, view.t.gateNo, () => view.gate(criterion, false), gateId)}
      ${radio(`${domId}-gate`, 1, yes, view.t.gateYes, () => view.gate(criterion, true), gateId)}
    </div>
    ${yes
      ? html`<fieldset class="options">
          <legend>${question || view.t.levelOf(localized(criterion.title, view.lang))}</legend>
          ${options(1)}
        </fieldset>`
      : nothing}`;
}

function figure(criterion: RatioCriterion, view: CriterionView, part: 'numerator' | 'denominator', draft: RatioDraft, describedBy: string): TemplateResult {
  const id = criterionDomId(criterion.id, part === 'numerator' ? 'n' : 'd');
  // Both figures are read from the form, not from this render's draft, which may be stale.
  const onInput = (event: Event) => {
    const box = (event.target as HTMLElement).closest('.ratio')!;
    const value = (which: string) => box.querySelector<HTMLInputElement>(`#${criterionDomId(criterion.id, which)}`)!.value;
    view.ratioInput(criterion, { numerator: value('n'), denominator: value('d') });
  };
  return html`<div class="field">
    <label for=${id}>${localized(criterion[part], view.lang)}</label>
    <input id=${id} class="figure" inputmode="numeric" autocomplete="off" .value=${draft[part]} aria-describedby=${describedBy}
      aria-invalid=${draft.problem ? 'true' : 'false'} @input=${onInput} />
  </div>`;
}

function ratio(criterion: RatioCriterion, view: CriterionView): TemplateResult {
  const draft = view.ratio ?? { numerator: '', denominator: '' };
  const answer = typeof view.answer === 'object' && view.answer ? view.answer : undefined;
  const shareId = criterionDomId(criterion.id, 'share');
  const unitId = criterionDomId(criterion.id, 'unit');
  const message = draft.problem
    ? html`<p class="error" id=${shareId} role="alert">${view.t.ratioProblem(draft.problem)}</p>`
    : html`<p class="share" id=${shareId}>${answer ? view.t.share(formatShare(answer, view.lang)) : view.t.shareUnknown}</p>`;
  return html`<p class="unit" id=${unitId}>${view.t.unitOf(criterion.unit)}</p>
    <div class="ratio">
      ${figure(criterion, view, 'numerator', draft, `${unitId} ${shareId}`)} ${figure(criterion, view, 'denominator', draft, `${unitId} ${shareId}`)}
    </div>
    ${message}`;
}

/**
 * One criterion as the methodology defines it: a yes/no gate and then the ladder's or the
 * scale's steps in words (native radio groups, so arrow keys move within a group), or a ratio's
 * two figures with their unit and the computed share.
 */
export function renderCriterion(criterion: Criterion, view: CriterionView): TemplateResult {
  return html`<fieldset class="criterion" part="criterion" id=${criterionDomId(criterion.id)}>
    <legend><span class="criterion-id">${criterion.id}</span> ${localized(criterion.title, view.lang)}</legend>
    ${criterion.kind === 'ratio' ? ratio(criterion, view) : scale(criterion, view)}
  </fieldset>`;
}
