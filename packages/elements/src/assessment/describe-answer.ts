import type { Answer, Criterion } from '@dbi-kit/engine';
import { localized, type Lang } from '../internal/lang.js';
import type { AssessmentStrings } from './assessment.translations.js';
import { formatPercent, formatShare } from './format-figures.js';

/**
 * An answer in words: the step's or option's text, or a ratio's share. With `abovePercent`
 * (a next step's target for a ratio) it reads "a share above N %".
 */
export function describeAnswer(criterion: Criterion, answer: Answer | null | undefined, lang: Lang, t: AssessmentStrings, abovePercent?: number): string {
  if (criterion.kind === 'ratio') {
    if (abovePercent !== undefined) return t.shareAbove(formatPercent(abovePercent, lang));
    if (typeof answer !== 'object' || answer === null) return t.notAnswered;
    return t.shareValue(formatShare(answer, lang));
  }
  if (typeof answer !== 'number') return t.notAnswered;
  const text = criterion.kind === 'ladder' ? criterion.steps[answer] : criterion.options[answer]?.text;
  return localized(text, lang);
}
