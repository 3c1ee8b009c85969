// Answers for every criterion of the bundled DBI methodology, so a story can open the results.
import { criteriaOf, getMethodology, type Answer, type Answers, type Criterion } from '@dbi-kit/engine';

/** A varied answer: ladders and scales cycle through their steps, ratios through shares. */
function answerFor(criterion: Criterion, position: number): Answer {
  if (criterion.kind === 'ratio') return { numerator: position % 7, denominator: 10 };
  const steps = criterion.kind === 'ladder' ? criterion.steps.length : criterion.kind === 'frequency' ? criterion.options.length : 2;
  return position % steps;
}

/** An answer to every criterion of `dbi-2021-sme`. */
export function sampleAnswers(): Answers {
  return Object.fromEntries(criteriaOf(getMethodology('dbi-2021-sme')).map((criterion, position) => [criterion.id, answerFor(criterion, position)]));
}
