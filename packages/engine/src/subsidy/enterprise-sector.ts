/**
 * The sector groups of Decree 80/2021/NĐ-CP Article 5. Agriculture and industry share one set of
 * limits in the Decree; they stay separate groups so a programme may give them different ones.
 */
export const ENTERPRISE_SECTORS = ['agriculture-forestry-fishery', 'industry-construction', 'trade-services'] as const;

/** An Article 5 sector group. */
export type EnterpriseSector = (typeof ENTERPRISE_SECTORS)[number];
