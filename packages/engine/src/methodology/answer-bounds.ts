import type { Answer } from './answers.js';
import type { Criterion } from './methodology.js';

/**
 * The best answer to a criterion: the top step or option, or a 100 % ratio (`1/1`).
 *
 * @example
 * maxAnswer(criterion); // 5 for a 2021 ladder
 */
export function maxAnswer(criterion: Criterion): Answer {
  switch (criterion.kind) {
    case 'ladder':
      return criterion.steps.length - 1;
    case 'frequency':
      return criterion.options.length - 1;
    case 'ratio':
      return { numerator: 1, denominator: 1 };
  }
}

/** The worst answer to a criterion: step or option 0 (the gate's "No"), or a ratio of none (`0/0`). */
export function minAnswer(criterion: Criterion): Answer {
  return criterion.kind === 'ratio' ? { numerator: 0, denominator: 0 } : 0;
}
