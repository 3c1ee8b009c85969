import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { criteriaOf, getMethodology, type Answer, type Answers, type Criterion } from '@dbi-kit/engine';
import '../../src/dbi-assessment.js';
import type { DbiAssessment } from '../../src/assessment/assessment.js';

export const METHODOLOGY = getMethodology('dbi-2021-sme');
export const CRITERIA = criteriaOf(METHODOLOGY);
export const STORAGE_KEY = `dbi-kit:assessment:${METHODOLOGY.id}@${METHODOLOGY.version}`;

/** Forgets everything a previous test left: saved progress and a resume code in the address. */
export function cleanSlate(): void {
  localStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
}

/** A wizard in a fixture, after its first render. */
export async function wizard(template = html`<dbi-assessment></dbi-assessment>`): Promise<DbiAssessment> {
  const el = await fixture<DbiAssessment>(template);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: DbiAssessment, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: DbiAssessment, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `predicate` holds for the focused element; fails after `max` presses. */
export async function tabUntil(el: DbiAssessment, predicate: (active: Element | null) => boolean, what: string, max = 40): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    const active = deepActiveElement();
    if (predicate(active)) return active!;
  }
  throw new Error(`Tab never reached ${what}; focus is on <${deepActiveElement()?.localName} id=${deepActiveElement()?.id}>`);
}

export async function press(el: DbiAssessment, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    await sendKeys({ press: key });
    await el.updateComplete;
  }
}

/** Clicks the primary nav button (Start / Next / See results) with the mouse. */
export async function next(el: DbiAssessment): Promise<void> {
  $<HTMLButtonElement>(el, '.nav .primary')!.click();
  await el.updateComplete;
}

export async function goTo(el: DbiAssessment, step: string): Promise<void> {
  while (el.currentStep !== step) await next(el);
}

const choices = (criterion: Criterion) => (criterion.kind === 'ladder' ? criterion.steps.length : criterion.kind === 'frequency' ? criterion.options.length : 0);

/**
 * A varied, deterministic answer for the criterion at `position`: every fourth gated question
 * answered "No", the others a step that cycles through the scale; ratios with a zero numerator
 * every third time, otherwise a share that varies.
 */
export function plannedAnswer(criterion: Criterion, position: number): Answer {
  if (criterion.kind === 'ratio') {
    const denominator = 10 + position;
    return { numerator: position % 3 === 0 ? 0 : position % denominator, denominator };
  }
  const n = choices(criterion);
  if (!criterion.gate) return position % n;
  return position % 4 === 0 ? 0 : 1 + (position % (n - 1));
}

/** {@link plannedAnswer} for every criterion. */
export function plannedAnswers(): Record<string, Answer> {
  return Object.fromEntries(CRITERIA.map((criterion, i) => [criterion.id, plannedAnswer(criterion, i)]));
}

/** Answers through the property, then walks to `step`. */
export async function answeredWizard(answers: Answers, step = 'review', template?: ReturnType<typeof html>): Promise<DbiAssessment> {
  const el = await wizard(template);
  el.answers = answers;
  await goTo(el, step);
  return el;
}
