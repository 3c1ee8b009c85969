import type { BillingPeriod } from '@dbi-kit/registry';

/** One platform chosen in `<dbi-platform-picker>`, with the plan chosen for it. Plain data. */
export interface SelectedPlatform {
  id: string;
  name: string;
  vendor: string;
  plan: {
    id: string;
    name: { vi: string; en: string };
    /** Whole VND per `billingPeriod`; `null` when the vendor quotes on request. */
    price: number | null;
    billingPeriod: BillingPeriod;
  };
}

/** What the picker has selected, in the order chosen. */
export interface PlatformSelection {
  platforms: SelectedPlatform[];
}
