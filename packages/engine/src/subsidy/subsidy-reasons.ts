import { bilingual, type BilingualText } from '../bilingual-text.js';
import { ENTERPRISE_SIZES, SIZE_NAMES, type EnterpriseSize } from './enterprise-size.js';
import { formatList, formatPercent, formatVnd } from './format-figures.js';
import type { ItemTerms, ProgrammeItem } from './programme.js';

/** Why an item is not eligible for this size class. */
export function ineligibleReason(item: ProgrammeItem, size: EnterpriseSize): BilingualText {
  const covered = ENTERPRISE_SIZES.filter((s) => item.sizes[s] !== undefined);
  return bilingual((lang) => {
    const list = formatList(covered.map((s) => SIZE_NAMES[s][lang]), lang);
    return lang === 'vi'
      ? `${item.reference.vi} áp dụng cho doanh nghiệp ${list || '(không có quy mô nào)'}; doanh nghiệp ${SIZE_NAMES[size].vi} không thuộc đối tượng được hỗ trợ.`
      : `${item.reference.en} covers ${list || 'no size class'} enterprises; a ${SIZE_NAMES[size].en} enterprise is not eligible.`;
  });
}

/** The figures behind one eligible item's support. */
export interface SupportSteps {
  readonly item: ProgrammeItem;
  readonly terms: ItemTerms;
  readonly cost: number;
  /** floor(cost × rate), before any cap. */
  readonly gross: number;
  /** The cap still available to this item. */
  readonly capLeft: number;
  readonly support: number;
}

/** The rule, the arithmetic, and which cap (if any) cut the support. */
export function supportReason({ item, terms, cost, gross, capLeft, support }: SupportSteps): BilingualText {
  const perYear = item.capBasis === 'per-year';
  return bilingual((lang) => {
    const [rate, cap] = [formatPercent(terms.rate, lang), formatVnd(terms.cap, lang)];
    const vi = lang === 'vi';
    const rule = vi
      ? `${item.reference.vi}: hỗ trợ tối đa ${rate} chi phí, không quá ${cap} ${perYear ? 'mỗi năm cho tất cả các khoản thuộc nội dung này' : 'mỗi hợp đồng'}`
      : `${item.reference.en}: up to ${rate} of the cost, at most ${cap} ${perYear ? 'a year for all items of this kind together' : 'per contract'}`;
    const arithmetic = vi
      ? `${rate} của ${formatVnd(cost, lang)} là ${formatVnd(gross, lang)}`
      : `${rate} of ${formatVnd(cost, lang)} is ${formatVnd(gross, lang)}`;
    let limit = '';
    if (support < gross) {
      if (capLeft === terms.cap) limit = vi ? `, giới hạn ở mức ${cap}` : `, capped at ${cap}`;
      else if (support > 0) limit = vi ? `; hạn mức năm chỉ còn ${formatVnd(capLeft, lang)} sau các khoản trước` : `; only ${formatVnd(capLeft, lang)} of the yearly cap was left after earlier items`;
      else limit = vi ? '; hạn mức năm đã dùng hết cho các khoản trước nên không còn hỗ trợ' : '; the yearly cap was used up by earlier items, so no support is left';
    }
    return `${rule}; ${arithmetic}${limit}.`;
  });
}
