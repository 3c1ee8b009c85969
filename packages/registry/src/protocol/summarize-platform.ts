import { monthlyPrice } from './monthly-price.js';
import type { Platform } from './schemas/platform.schema.js';
import type { PlatformSummary } from './schemas/platform-summary.schema.js';

/**
 * The `platforms.json` entry of a full platform record. Registry builds use it, so the list and
 * the full records cannot disagree.
 */
export function summarizePlatform(platform: Platform): PlatformSummary {
  const prices = platform.plans.map(monthlyPrice).filter((price): price is number => price !== null);
  return {
    id: platform.id,
    name: platform.name,
    vendor: platform.vendor.website === undefined ? { name: platform.vendor.name } : { name: platform.vendor.name, website: platform.vendor.website },
    categories: platform.categories,
    pillars: platform.pillars,
    summary: platform.summary,
    monthlyPriceFrom: prices.length ? Math.min(...prices) : null,
    trialDays: platform.trial?.days ?? null,
    website: platform.website,
    ...(platform.logo === undefined ? {} : { logo: platform.logo }),
    updatedAt: platform.updatedAt,
    ...(platform.sample === undefined ? {} : { sample: platform.sample }),
  };
}
