import type { Criterion } from './methodology.js';

/** The most points a criterion can give: its best answer's points times its multiplier. */
export function criterionMaxPoints(criterion: Criterion): number {
  switch (criterion.kind) {
    case 'ladder':
      return (criterion.steps.length - 1) * criterion.multiplier;
    case 'frequency':
      return criterion.options[criterion.options.length - 1].points * criterion.multiplier;
    case 'ratio':
      return criterion.bands[criterion.bands.length - 1].points * criterion.multiplier;
  }
}
