/**
 * The ids of the six DBI pillars, shared by every 2021 index (SME, large enterprise, corporation)
 * and by the registry protocol, which tags each platform with the pillars it serves.
 *
 * | id | Vietnamese (Decision 1970/QĐ-BTTTT) |
 * |---|---|
 * | `customer-experience` | Trải nghiệm số cho khách hàng |
 * | `strategy` | Chiến lược |
 * | `infrastructure-technology` | Hạ tầng và công nghệ số |
 * | `operations` | Vận hành |
 * | `culture` | Chuyển đổi số văn hóa doanh nghiệp |
 * | `data-assets` | Dữ liệu và tài sản thông tin |
 *
 * Kept apart from the methodology data so that the registry can validate pillar ids without
 * bundling a whole methodology.
 */
export const DBI_PILLAR_IDS = [
  'customer-experience',
  'strategy',
  'infrastructure-technology',
  'operations',
  'culture',
  'data-assets',
] as const;

/** One of {@link DBI_PILLAR_IDS}. */
export type DbiPillarId = (typeof DBI_PILLAR_IDS)[number];
