import { createComponent, type EventName } from '@lit/react';
// The default import: React ships CommonJS, whose module.exports every bundler and Node give as the default.
import React from 'react';
import { DbiAssessment as DbiAssessmentElement } from '../dbi-assessment.js';
import type { DbiAnswerChangeEvent } from '../events/dbi-answer-change-event.js';
import type { DbiAssessmentCompleteEvent } from '../events/dbi-assessment-complete-event.js';
import type { DbiStepChangeEvent } from '../events/dbi-step-change-event.js';

/**
 * `<dbi-assessment>` as a React component (registers the tag). Attributes and properties are
 * props (`submitUrl`, `methodologyData`, `answers`, …); the element's events are typed props.
 *
 * @example
 * <DbiAssessment lang="vi" submitUrl="/api/dbi-assessments" onDbiAssessmentComplete={(e) => save(e.detail)} />
 */
export const DbiAssessment = createComponent({
  tagName: 'dbi-assessment',
  elementClass: DbiAssessmentElement,
  react: React,
  events: {
    onDbiStepChange: 'dbi-step-change' as EventName<DbiStepChangeEvent>,
    onDbiAnswerChange: 'dbi-answer-change' as EventName<DbiAnswerChangeEvent>,
    onDbiAssessmentComplete: 'dbi-assessment-complete' as EventName<DbiAssessmentCompleteEvent>,
  },
});
