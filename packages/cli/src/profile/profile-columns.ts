import { ENTERPRISE_SECTORS } from '@dbi-kit/engine';

/** A column of the template that describes the business rather than answering a criterion. */
export interface ProfileColumn {
  readonly name: 'id' | 'name' | 'sector' | 'employees' | 'revenue' | 'capital';
  readonly label: { readonly vi: string; readonly en: string };
  readonly format: { readonly vi: string; readonly en: string };
}

/**
 * The profile columns, first in every template, all optional when scoring. `id` names the row
 * in the results; `sector`, `employees` and `revenue` or `capital` together give the row its
 * Decree 80/2021 size class.
 */
export const PROFILE_COLUMNS: readonly ProfileColumn[] = [
  {
    name: 'id',
    label: { vi: 'Mã doanh nghiệp', en: 'Business id' },
    format: { vi: 'văn bản, ví dụ mã số thuế; không bắt đầu bằng #', en: 'text, e.g. the tax code; must not start with #' },
  },
  { name: 'name', label: { vi: 'Tên doanh nghiệp', en: 'Business name' }, format: { vi: 'văn bản (không dùng khi chấm điểm)', en: 'text (not used in scoring)' } },
  {
    name: 'sector',
    label: { vi: 'Lĩnh vực (Điều 5 NĐ 80/2021)', en: 'Sector (Decree 80/2021 Art. 5)' },
    format: { vi: `một trong: ${ENTERPRISE_SECTORS.join(', ')}`, en: `one of: ${ENTERPRISE_SECTORS.join(', ')}` },
  },
  {
    name: 'employees',
    label: { vi: 'Số lao động tham gia BHXH bình quân năm', en: 'Yearly average employees with social insurance' },
    format: { vi: 'số, ví dụ 25 hoặc 12.5', en: 'a number, e.g. 25 or 12.5' },
  },
  {
    name: 'revenue',
    label: { vi: 'Tổng doanh thu năm (VND)', en: 'Total revenue of the year (VND)' },
    format: { vi: 'số nguyên đồng, chỉ chữ số, ví dụ 20000000000', en: 'whole VND, digits only, e.g. 20000000000' },
  },
  {
    name: 'capital',
    label: { vi: 'Tổng nguồn vốn (VND)', en: 'Total capital (VND)' },
    format: { vi: 'số nguyên đồng, chỉ chữ số, ví dụ 5000000000', en: 'whole VND, digits only, e.g. 5000000000' },
  },
];
