import { describe, expect, it } from 'vitest';
import {
  PLATFORM_CATEGORIES,
  RegistryResponseError,
  monthlyPrice,
  parsePlatform,
  parsePlatformIndex,
  parseRegistryManifest,
  summarizePlatform,
} from '@dbi-kit/registry';
import { manifest, platform, platformIndex, summary } from './helpers/documents.js';

/** Whether this run tests the lean (browser) variant (the `registry-lean` vitest project). */
const LEAN = process.env.DBI_REGISTRY_VARIANT === 'lean';

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as RegistryResponseError;
  }
  throw new Error('expected a RegistryResponseError');
};

describe('categories', () => {
  it('are the ten official SMEdx groups plus four additions marked as such', () => {
    expect(PLATFORM_CATEGORIES.filter((category) => category.official)).toHaveLength(10);
    expect(PLATFORM_CATEGORIES.filter((category) => !category.official).map((category) => category.id)).toEqual([
      'e-invoice',
      'digital-signature',
      'e-contract',
      'e-commerce',
    ]);
  });
});

describe('parseRegistryManifest', () => {
  it('accepts a valid registry.json', () => {
    expect(parseRegistryManifest(manifest()).version).toBe('v1');
  });

  it('refuses a published private key, naming keys[0].d', () => {
    const key = { kty: 'OKP', crv: 'Ed25519', kid: 'k1', x: 'A'.repeat(43), d: 'B'.repeat(43) };
    const error = errorOf(() => parseRegistryManifest({ ...manifest(), keys: [key] }, 'https://r.example/registry.json'));
    expect(error).toBeInstanceOf(RegistryResponseError);
    expect(error).toMatchObject({ problem: 'schema', field: 'keys[0].d', url: 'https://r.example/registry.json' });
  });

  it('lists every problem, not only the first (the lean variant: the first)', () => {
    const error = errorOf(() => parseRegistryManifest({ ...manifest(), version: '', generatedAt: 'yesterday' }));
    // The lean (browser) variant's hand-written checks stop at the first problem; zod lists them all.
    expect(error.issues.map((issue) => issue.field).sort()).toEqual(LEAN ? ['version'] : ['generatedAt', 'version']);
  });
});

describe('parsePlatform', () => {
  it('accepts a full record and strips unknown fields (additive changes within /1)', () => {
    const parsed = parsePlatform({ ...platform('alpha'), futureField: 1 }, 'platforms/alpha.json', 'alpha');
    expect(parsed.id).toBe('alpha');
    expect('futureField' in parsed).toBe(false);
  });

  it.each([
    ['pillars', { pillars: ['operations', 'not-a-pillar'] }, 'pillars[1]'],
    ['duplicate pillars', { pillars: ['operations', 'operations'] }, 'pillars'],
    ['no category', { categories: [] }, 'categories'],
    ['javascript: website', { website: 'javascript:alert(1)' }, 'website'],
    ['absolute-path logo', { logo: '/etc/passwd' }, 'logo'],
    ['fractional price', { plans: [{ id: 'p', name: { vi: 'a', en: 'a' }, price: 99.5, billingPeriod: 'month' }] }, 'plans[0].price'],
    ['unknown period', { plans: [{ id: 'p', name: { vi: 'a', en: 'a' }, price: 1, billingPeriod: 'week' }] }, 'plans[0].billingPeriod'],
    ['missing English', { summary: { vi: 'chỉ tiếng Việt' } }, 'summary.en'],
    ['bad tax code', { vendor: { name: 'V', taxCode: '12345' } }, 'vendor.taxCode'],
    ['trial of 0 days', { trial: { days: 0, terms: { vi: 'a', en: 'a' } } }, 'trial.days'],
  ])('names the field of a bad %s', (_case, overrides, field) => {
    const error = errorOf(() => parsePlatform({ ...platform('alpha'), ...overrides }, 'platforms/alpha.json'));
    expect(error).toMatchObject({ recordId: 'alpha', field });
  });

  it('words its messages in English prose', () => {
    const error = errorOf(() => parsePlatform({ ...platform('alpha'), trial: { days: 1.5, terms: { vi: 'a', en: 'a' } } }, 'platforms/alpha.json'));
    expect(error.issues).toEqual([{ field: 'trial.days', message: 'Expected an integer' }]);
    expect(error.message).toBe('Invalid response from platforms/alpha.json (record "alpha" field trial.days): Expected an integer');
  });

  it('accepts a 10-digit and a branch tax code', () => {
    expect(parsePlatform(platform('a', { vendor: { name: 'V', taxCode: '0100000000' } })).vendor.taxCode).toBe('0100000000');
    expect(parsePlatform(platform('a', { vendor: { name: 'V', taxCode: '0100000000-001' } })).vendor.taxCode).toBe('0100000000-001');
  });
});

describe('parsePlatformIndex', () => {
  it('rejects the whole document when the envelope is invalid', () => {
    const error = errorOf(() => parsePlatformIndex({ ...platformIndex([]), platforms: 'all of them' }));
    expect(error).toMatchObject({ field: 'platforms', recordId: undefined });
  });

  it('names a record without an id by its position', () => {
    const { index, skipped } = parsePlatformIndex(platformIndex([summary('a'), { name: 'no id' }]));
    expect(index.platforms).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ recordId: '#1' });
  });
});

describe('monthlyPrice and summarizePlatform', () => {
  it('turns each billing period into a monthly price', () => {
    expect(monthlyPrice({ price: 250_000, billingPeriod: 'month' })).toBe(250_000);
    // 1 990 000 / 12 = 165 833.33…, rounded up so a "≤ 165 833" filter cannot let it through
    expect(monthlyPrice({ price: 1_990_000, billingPeriod: 'year' })).toBe(165_834);
    expect(monthlyPrice({ price: 3_390_000, billingPeriod: 'one-time' })).toBeNull();
    expect(monthlyPrice({ price: null, billingPeriod: 'month' })).toBeNull();
  });

  it('summarizes with the cheapest monthly equivalent and the trial length', () => {
    const full = platform('alpha', {
      plans: [
        { id: 'yearly', name: { vi: 'Năm', en: 'Year' }, price: 1_200_000, billingPeriod: 'year' }, // 100 000 / month
        { id: 'monthly', name: { vi: 'Tháng', en: 'Month' }, price: 120_000, billingPeriod: 'month' },
        { id: 'quote', name: { vi: 'Báo giá', en: 'Quote' }, price: null, billingPeriod: 'month' },
      ],
      trial: { days: 90, terms: { vi: 'a', en: 'a' } },
    });
    expect(summarizePlatform(full)).toMatchObject({ id: 'alpha', monthlyPriceFrom: 100_000, trialDays: 90, vendor: { name: 'Vendor (SAMPLE)', website: 'https://vendor.example/' } });
  });

  it('gives no monthly price when no plan has one', () => {
    const full = platform('alpha', { plans: [{ id: 'licence', name: { vi: 'a', en: 'a' }, price: 5_000_000, billingPeriod: 'one-time' }], trial: null });
    expect(summarizePlatform(full)).toMatchObject({ monthlyPriceFrom: null, trialDays: null });
  });
});
