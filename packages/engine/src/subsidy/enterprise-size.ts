import type { BilingualText } from '../bilingual-text.js';

/** The size classes of Decree 80/2021/NĐ-CP Article 5, smallest first, plus `large` (not an SME). */
export const ENTERPRISE_SIZES = ['micro', 'small', 'medium', 'large'] as const;

/** An enterprise size class: `micro`, `small`, `medium`, or `large` (above the SME limits). */
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number];

/** The SME size classes, the ones Article 5 gives limits for, smallest first. */
export const SME_SIZES = ['micro', 'small', 'medium'] as const;

/** A size class that has limits in a programme: `micro`, `small` or `medium`. */
export type SmeSize = (typeof SME_SIZES)[number];

/** The name of each size class, as used in sentences ("a small enterprise"). */
export const SIZE_NAMES: Readonly<Record<EnterpriseSize, BilingualText>> = {
  micro: { vi: 'siêu nhỏ', en: 'micro' },
  small: { vi: 'nhỏ', en: 'small' },
  medium: { vi: 'vừa', en: 'medium' },
  large: { vi: 'lớn', en: 'large' },
};
