import { criteriaOf, type Criterion, type Methodology } from '@dbi-kit/engine';
import { PROFILE_COLUMNS } from '../profile/profile-columns.js';

type Text = { readonly vi: string; readonly en: string };

/** One column of a template: its stable name (the header) and its human label (the second row). */
export interface TemplateColumn {
  readonly name: string;
  readonly label: Text;
  /** The criterion it answers; absent for profile columns. */
  readonly criterion?: Criterion;
}

/** The suffixes of a ratio criterion's two columns: `1.1.3.numerator`, `1.1.3.denominator`. */
export const RATIO_PARTS = ['numerator', 'denominator'] as const;

/**
 * The columns of a methodology's template, in order: the profile fields, then one column per
 * ladder or frequency criterion (`1.1.1`) and two per ratio criterion (`1.1.3.numerator`,
 * `1.1.3.denominator`), in the methodology's order.
 */
export function templateColumns(methodology: Methodology): TemplateColumn[] {
  const columns: TemplateColumn[] = PROFILE_COLUMNS.map(({ name, label }) => ({ name, label }));
  for (const criterion of criteriaOf(methodology)) {
    if (criterion.kind === 'ratio') {
      for (const part of RATIO_PARTS) {
        const text = criterion[part];
        columns.push({ name: `${criterion.id}.${part}`, label: { vi: `${criterion.id} ${text.vi}`, en: `${criterion.id} ${text.en}` }, criterion });
      }
    } else {
      columns.push({ name: criterion.id, label: { vi: `${criterion.id} ${criterion.title.vi}`, en: `${criterion.id} ${criterion.title.en}` }, criterion });
    }
  }
  return columns;
}
