import { PLATFORM_CATEGORIES, type PlatformCategory, type PlatformCategoryId } from '@dbi-kit/registry';

/**
 * The registry's platform categories that serve each DBI pillar, best fit first.
 *
 * **Provisional, a dbi-kit choice:** neither the DBI nor SMEdx publishes such a mapping. It is
 * read from what each pillar's 2021 SME criteria ask about (customer experience: website,
 * social networks, e-commerce; infrastructure: cloud, ERP, security, e-invoices; operations:
 * ICT policy, staff, training; culture: ICT use and online work; data: databases, BI).
 * Strategy has no platform category of its own: enterprise-management suites are the closest.
 */
export const PILLAR_PLATFORM_CATEGORIES: Readonly<Record<string, readonly PlatformCategoryId[]>> = {
  'customer-experience': ['marketing-customer-care', 'e-commerce', 'social-network'],
  strategy: ['enterprise-management'],
  'infrastructure-technology': ['technology-infrastructure', 'cybersecurity', 'e-invoice'],
  operations: ['enterprise-management', 'hr-organisation', 'accounting-finance'],
  culture: ['online-education', 'hr-organisation'],
  'data-assets': ['enterprise-management', 'technology-infrastructure'],
};

/** The categories for a pillar, with their names; none for a pillar the table does not know. */
export function platformCategoriesFor(pillarId: string): PlatformCategory[] {
  const ids = PILLAR_PLATFORM_CATEGORIES[pillarId] ?? [];
  return ids.flatMap((id) => PLATFORM_CATEGORIES.filter((category) => category.id === id));
}
