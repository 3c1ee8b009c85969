// The @lit/react wrappers render the real elements from React, pass props as properties
// (objects included) and attributes, and call the typed event props.
import { expect, waitUntil } from '@open-wc/testing';
// Default imports: React ships CommonJS, converted for the browser by the test runner.
import React, { type ReactElement } from 'react';
import ReactDOMClient, { type Root } from 'react-dom/client';
import { criteriaOf, getMethodology } from '@dbi-kit/engine';
import { DbiAssessment, DbiBadge, DbiPlatformPicker, DbiSubsidyCalculator } from '../../src/react/index.js';
import { DbiBadge as DbiBadgeElement } from '../../src/badge/badge.js';
import { DbiAssessment as DbiAssessmentElement } from '../../src/assessment/assessment.js';
import { DbiPlatformPicker as DbiPlatformPickerElement } from '../../src/picker/picker.js';
import { DbiSubsidyCalculator as DbiSubsidyCalculatorElement } from '../../src/calculator/calculator.js';
import type { DbiAssessmentCompleteEvent } from '../../src/events/dbi-assessment-complete-event.js';
import type { DbiPlatformSelectEvent } from '../../src/events/dbi-platform-select-event.js';
import type { DbiStepChangeEvent } from '../../src/events/dbi-step-change-event.js';
import type { DbiSubsidyChangeEvent } from '../../src/events/dbi-subsidy-change-event.js';
import type { DbiVerifyEvent } from '../../src/events/dbi-verify-event.js';
import { atTime, BADGE_REGISTRY, table } from '../badge/helpers.js';
import { REGISTRY } from '../picker/helpers.js';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let container: HTMLElement | undefined;

async function render(element: ReactElement): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  root = ReactDOMClient.createRoot(container);
  await act(async () => root!.render(element));
  return container;
}

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  localStorage.clear();
});

const { act, createElement } = React;

const shadow = <T extends Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

describe('@dbi-kit/elements/react', () => {
  it('DbiAssessment: props reach the element; onDbiStepChange and onDbiAssessmentComplete fire', async () => {
    const methodology = getMethodology('dbi-2021-sme');
    const answers = Object.fromEntries(criteriaOf(methodology).map((criterion) => [criterion.id, criterion.kind === 'ratio' ? { numerator: 1, denominator: 2 } : 0]));
    const steps: string[] = [];
    const completed: DbiAssessmentCompleteEvent[] = [];
    const page = await render(
      createElement(DbiAssessment, {
        lang: 'en',
        autosave: false,
        answers,
        onDbiStepChange: (event: DbiStepChangeEvent) => steps.push(event.detail.to),
        onDbiAssessmentComplete: (event: DbiAssessmentCompleteEvent) => completed.push(event),
      }),
    );
    const el = page.querySelector('dbi-assessment')!;
    expect(el).to.be.instanceOf(DbiAssessmentElement);
    const wizard = el as DbiAssessmentElement;
    await wizard.updateComplete;
    expect(wizard.getAttribute('lang')).to.equal('en');
    expect(wizard.autosave).to.equal(false);
    expect(wizard.answers).to.deep.equal(answers);
    while (wizard.currentStep !== 'results' && steps.length < 20) {
      shadow<HTMLButtonElement>(wizard, '.nav .primary').click();
      await wizard.updateComplete;
    }
    expect(steps[0]).to.equal('profile');
    expect(steps.at(-1)).to.equal('results');
    expect(completed).to.have.length(1);
    expect(completed[0].detail.result.complete).to.equal(true);
    expect(completed[0].detail.answers).to.deep.equal(answers);
  });

  it('DbiPlatformPicker: registry and multiple reach the element; onDbiPlatformSelect gets the selection', async () => {
    const selections: DbiPlatformSelectEvent[] = [];
    const page = await render(createElement(DbiPlatformPicker, { registry: REGISTRY, multiple: true, lang: 'en', onDbiPlatformSelect: (event: DbiPlatformSelectEvent) => selections.push(event) }));
    const el = page.querySelector('dbi-platform-picker')!;
    expect(el).to.be.instanceOf(DbiPlatformPickerElement);
    const picker = el as DbiPlatformPickerElement;
    expect(picker.registry).to.equal(REGISTRY);
    expect(picker.hasAttribute('multiple')).to.equal(true);
    await waitUntil(() => shadow(picker, '[data-platform=ke-toan-chuon-chuon] .open'), 'the cards show', { timeout: 8000 });
    shadow<HTMLButtonElement>(picker, '[data-platform=ke-toan-chuon-chuon] .open').click();
    await waitUntil(() => picker.shadowRoot!.querySelector('.detail .select'), 'the detail view opens');
    shadow<HTMLButtonElement>(picker, '.detail .select').click();
    expect(selections).to.have.length(1);
    expect(selections[0].detail.platforms.map((platform) => platform.id)).to.deep.equal(['ke-toan-chuon-chuon']);
    expect(selections[0].detail).to.deep.equal(picker.selection);
  });

  it('DbiSubsidyCalculator: an object prop is set as a property; onDbiSubsidyChange fires with the size', async () => {
    const selection = {
      platforms: [{ id: 'p', name: 'SAMPLE platform', vendor: 'SAMPLE vendor', plan: { id: 'm', name: { vi: 'Tháng', en: 'Monthly' }, price: 1_000_000, billingPeriod: 'month' as const } }],
    };
    const changes: DbiSubsidyChangeEvent[] = [];
    const page = await render(createElement(DbiSubsidyCalculator, { programme: 'decree-80-2021', selection, onDbiSubsidyChange: (event: DbiSubsidyChangeEvent) => changes.push(event) }));
    const el = page.querySelector('dbi-subsidy-calculator')!;
    expect(el).to.be.instanceOf(DbiSubsidyCalculatorElement);
    const calculator = el as DbiSubsidyCalculatorElement;
    expect(calculator.selection).to.equal(selection);
    expect(calculator.getAttribute('programme')).to.equal('decree-80-2021');
    await calculator.updateComplete;
    for (const [selector, value] of [['#sector', 'trade-services'], ['#employees', '25'], ['#revenue', '20000000000']]) {
      const field = shadow<HTMLInputElement>(calculator, selector);
      field.value = value;
      field.dispatchEvent(new Event(field.localName === 'select' ? 'change' : 'input'));
      await calculator.updateComplete;
    }
    await waitUntil(() => changes.at(-1)?.detail.size === 'small', 'the size class arrives through onDbiSubsidyChange');
    expect(changes.at(-1)!.detail.result!.items).to.have.length(1);
  });

  it('DbiBadge: trustedKeys (an array) is set as a property; onDbiVerify fires with the verdict', async () => {
    const verdicts: DbiVerifyEvent[] = [];
    const genuine = table.cases.find((c) => c.expected === 'valid')!;
    const page = await atTime(table.now, async () => {
      const rendered = await render(
        createElement(DbiBadge, {
          platform: table.id,
          registry: new URL(genuine.base, BADGE_REGISTRY).href,
          trustedKeys: [table.trustedKey],
          size: 'large',
          onDbiVerify: (event: DbiVerifyEvent) => verdicts.push(event),
        }),
      );
      await waitUntil(() => verdicts.length > 0, 'onDbiVerify is called when the check finishes');
      return rendered;
    });
    const el = page.querySelector('dbi-badge')!;
    expect(el).to.be.instanceOf(DbiBadgeElement);
    expect((el as DbiBadgeElement).trustedKeys).to.deep.equal([table.trustedKey]);
    expect(el.getAttribute('size')).to.equal('large');
    expect(verdicts[0].detail).to.include({ platform: table.id, status: 'valid' });
  });
});
