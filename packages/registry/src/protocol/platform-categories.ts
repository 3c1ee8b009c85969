/** A category's names. */
export interface PlatformCategory {
  readonly id: string;
  readonly name: { readonly vi: string; readonly en: string };
  /**
   * `true` for the ten official SMEdx platform groups ("nhóm nền tảng", as reported in Sep 2022);
   * `false` for the four dbi-kit additions, which the official list does not name.
   */
  readonly official: boolean;
}

/**
 * The standard platform categories of `dbi-registry/1`: the ten official SMEdx platform groups,
 * then four additions (e-invoice, digital signature, e-contract, e-commerce). The additions are
 * a dbi-kit choice, not an official grouping: the 2022 list does not name them, and a 2026 draft
 * decree calls them "basic" solution types. Registries may declare further categories in
 * `registry.json`; clients must accept any category id (additive changes only within `/1`).
 */
export const PLATFORM_CATEGORIES = [
  { id: 'enterprise-management', name: { vi: 'Quản trị tổng thể doanh nghiệp', en: 'Enterprise management' }, official: true },
  { id: 'hr-organisation', name: { vi: 'Nhân sự, tổ chức', en: 'HR and organisation' }, official: true },
  { id: 'travel-hospitality', name: { vi: 'Du lịch, khách sạn', en: 'Travel and hospitality' }, official: true },
  { id: 'technology-infrastructure', name: { vi: 'Hạ tầng công nghệ', en: 'Technology infrastructure' }, official: true },
  { id: 'accounting-finance', name: { vi: 'Kế toán tài chính', en: 'Accounting and finance' }, official: true },
  { id: 'marketing-customer-care', name: { vi: 'Quảng cáo, tiếp thị, chăm sóc khách hàng', en: 'Advertising, marketing and customer care' }, official: true },
  { id: 'online-education', name: { vi: 'Giáo dục trực tuyến', en: 'Online education' }, official: true },
  { id: 'transport-logistics', name: { vi: 'Vận tải, logistic', en: 'Transport and logistics' }, official: true },
  { id: 'cybersecurity', name: { vi: 'An toàn, an ninh mạng', en: 'Cybersecurity' }, official: true },
  { id: 'social-network', name: { vi: 'Mạng xã hội', en: 'Social network' }, official: true },
  { id: 'e-invoice', name: { vi: 'Hóa đơn điện tử', en: 'E-invoice' }, official: false },
  { id: 'digital-signature', name: { vi: 'Chữ ký số', en: 'Digital signature' }, official: false },
  { id: 'e-contract', name: { vi: 'Hợp đồng điện tử', en: 'E-contract' }, official: false },
  { id: 'e-commerce', name: { vi: 'Thương mại điện tử', en: 'E-commerce' }, official: false },
] as const satisfies readonly PlatformCategory[];

/** The id of a standard category. Records may also use ids a registry declares itself. */
export type PlatformCategoryId = (typeof PLATFORM_CATEGORIES)[number]['id'];
