import { bilingual, type BilingualText } from '../bilingual-text.js';
import type { EnterpriseSize, SmeSize } from './enterprise-size.js';
import { SIZE_NAMES } from './enterprise-size.js';
import { capitalize, formatList, formatNumber, formatVnd } from './format-figures.js';
import type { SectorSizeLimits, SizeLimits } from './programme.js';

/** The figures an enterprise was judged on; `undefined` where not given. */
export interface JudgedFigures {
  readonly employees: number;
  readonly revenue: number | undefined;
  readonly capital: number | undefined;
}

/** How one size class's limits compare with the figures. */
export interface TierCheck {
  readonly size: SmeSize;
  readonly limits: SizeLimits;
  readonly employeesOk: boolean;
  /** Per money figure given: whether it is within its limit. */
  readonly money: readonly { readonly figure: 'revenue' | 'capital'; readonly value: number; readonly ok: boolean }[];
  readonly meets: boolean;
}

type Figure = 'employees' | 'revenue' | 'capital';

const FIGURE_NAMES: Record<Figure, BilingualText> = {
  employees: { vi: 'số lao động', en: 'employees' },
  revenue: { vi: 'tổng doanh thu', en: 'revenue' },
  capital: { vi: 'tổng nguồn vốn', en: 'capital' },
};

const sizeHeading = (size: EnterpriseSize, lang: 'vi' | 'en') =>
  lang === 'vi' ? `Doanh nghiệp ${SIZE_NAMES[size].vi}` : capitalize(SIZE_NAMES[size].en);

function comparison(figure: Figure, value: number, limit: number, ok: boolean, lang: 'vi' | 'en'): string {
  const format = figure === 'employees' ? formatNumber : formatVnd;
  const verb = lang === 'vi' ? (ok ? 'không vượt' : 'vượt') : ok ? 'within' : 'above';
  const of = lang === 'vi' ? 'mức' : 'the limit of';
  return `${FIGURE_NAMES[figure][lang]} ${format(value, lang)} ${verb} ${of} ${format(limit, lang)}`;
}

/** The rule being applied, with its legal reference and the sector group. */
export const ruleReason = (reference: BilingualText, sector: SectorSizeLimits): BilingualText => ({
  vi: `${reference.vi} (lĩnh vực ${sector.title.vi}): mỗi quy mô yêu cầu số lao động tham gia bảo hiểm xã hội bình quân năm không vượt mức giới hạn, và tổng doanh thu hoặc tổng nguồn vốn không vượt mức giới hạn; doanh nghiệp thuộc quy mô nhỏ nhất mà nó đáp ứng.`,
  en: `${reference.en} (${sector.title.en}): a size class needs the yearly average headcount enrolled in social insurance within its limit, and revenue or capital within its limit; the enterprise takes the smallest class it meets.`,
});

/** Said when only one of revenue and capital was given and a smaller class failed on it alone. */
export const oneFigureReason = (given: 'revenue' | 'capital'): BilingualText => {
  const other: Figure = given === 'revenue' ? 'capital' : 'revenue';
  return {
    vi: `Chỉ có ${FIGURE_NAMES[given].vi} nên quy mô được xác định theo ${FIGURE_NAMES[given].vi}; ${FIGURE_NAMES[other].vi}, nếu nằm trong giới hạn của quy mô nhỏ hơn, có thể xếp doanh nghiệp vào quy mô nhỏ hơn.`,
    en: `Only ${given} was given, so the size is judged on ${given} alone; ${other}, if within a smaller class's limit, could make the enterprise smaller.`,
  };
};

/** Why a size class applies, or which limits ruled it out. */
export function tierReason(check: TierCheck, figures: JudgedFigures): BilingualText {
  return bilingual((lang) => {
    const employees = comparison('employees', figures.employees, check.limits.employees, check.employeesOk, lang);
    if (check.meets) {
      const within = check.money.filter((m) => m.ok).map((m) => comparison(m.figure, m.value, check.limits[m.figure], true, lang));
      return `${sizeHeading(check.size, lang)}: ${employees}; ${formatList(within, lang)}.`;
    }
    const failures = check.employeesOk ? [] : [employees];
    if (!check.money.some((m) => m.ok)) {
      failures.push(formatList(check.money.map((m) => comparison(m.figure, m.value, check.limits[m.figure], false, lang)), lang));
    }
    const not = lang === 'vi' ? `Không phải doanh nghiệp ${SIZE_NAMES[check.size].vi}` : `Not ${SIZE_NAMES[check.size].en}`;
    return `${not}: ${failures.join('; ')}.`;
  });
}

/** Why an enterprise above every SME limit is `large`. */
export const largeReason = (reference: BilingualText): BilingualText => ({
  vi: `${sizeHeading('large', 'vi')}: vượt giới hạn doanh nghiệp vừa của ${reference.vi}, nên không phải doanh nghiệp nhỏ và vừa.`,
  en: `${sizeHeading('large', 'en')}: above the medium limits of ${reference.en}, so not a small or medium enterprise.`,
});
