// Small, valid dbi-registry/1 documents for tests, built by hand so that every expected value
// in a test can be read off here.
import type { Platform, PlatformSummary, RegistryManifest } from '@dbi-kit/registry';

export const manifest = (overrides: Partial<RegistryManifest> = {}): RegistryManifest => ({
  protocol: 'dbi-registry/1',
  version: 'v1',
  name: { vi: 'Sổ đăng ký thử (SAMPLE)', en: 'Test registry (SAMPLE)' },
  operator: { name: 'Test operator (SAMPLE)' },
  generatedAt: '2025-01-01T00:00:00Z',
  sample: true,
  keys: [],
  categories: [{ id: 'accounting-finance', name: { vi: 'Kế toán tài chính', en: 'Accounting and finance' }, official: true }],
  ...overrides,
});

export const summary = (id: string, overrides: Partial<PlatformSummary> = {}): PlatformSummary => ({
  id,
  name: `Platform ${id}`,
  vendor: { name: 'Vendor (SAMPLE)' },
  categories: ['accounting-finance'],
  pillars: ['operations'],
  summary: { vi: 'Mô tả mẫu', en: 'Sample summary' },
  monthlyPriceFrom: 100_000,
  trialDays: null,
  website: `https://${id}.example/`,
  updatedAt: '2025-01-01T00:00:00Z',
  sample: true,
  ...overrides,
});

export const platformIndex = (platforms: unknown[], version = 'v1') => ({
  protocol: 'dbi-registry/1',
  version,
  generatedAt: '2025-01-01T00:00:00Z',
  platforms,
});

export const platform = (id: string, overrides: Partial<Platform> = {}): Platform => ({
  protocol: 'dbi-registry/1',
  id,
  name: `Platform ${id}`,
  vendor: { name: 'Vendor (SAMPLE)', website: 'https://vendor.example/' },
  categories: ['accounting-finance'],
  pillars: ['operations', 'data-assets'],
  summary: { vi: 'Mô tả ngắn mẫu', en: 'Short sample summary' },
  description: { vi: 'Mô tả mẫu (SAMPLE)', en: 'Sample description (SAMPLE)' },
  plans: [{ id: 'basic', name: { vi: 'Cơ bản', en: 'Basic' }, price: 1_200_000, billingPeriod: 'year' }],
  trial: { days: 30, terms: { vi: '30 ngày', en: '30 days' } },
  website: `https://${id}.example/`,
  updatedAt: '2025-01-01T00:00:00Z',
  sample: true,
  ...overrides,
});
