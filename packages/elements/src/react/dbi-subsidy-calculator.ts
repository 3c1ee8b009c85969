import { createComponent, type EventName } from '@lit/react';
// The default import: React ships CommonJS, whose module.exports every bundler and Node give as the default.
import React from 'react';
import { DbiSubsidyCalculator as DbiSubsidyCalculatorElement } from '../dbi-subsidy-calculator.js';
import type { DbiSubsidyChangeEvent } from '../events/dbi-subsidy-change-event.js';

/**
 * `<dbi-subsidy-calculator>` as a React component (registers the tag). `programme`, `htmlFor`
 * (the `for` attribute) and `selection` are props; `onDbiSubsidyChange` hears the figures.
 *
 * @example
 * <DbiSubsidyCalculator selection={selection} onDbiSubsidyChange={(e) => setSupport(e.detail.result?.totals.support)} />
 */
export const DbiSubsidyCalculator = createComponent({
  tagName: 'dbi-subsidy-calculator',
  elementClass: DbiSubsidyCalculatorElement,
  react: React,
  events: {
    onDbiSubsidyChange: 'dbi-subsidy-change' as EventName<DbiSubsidyChangeEvent>,
  },
});
