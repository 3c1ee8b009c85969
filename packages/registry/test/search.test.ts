import { describe, expect, it } from 'vitest';
import {
  buildPlatformSearchIndex,
  checkPlatformFilter,
  foldText,
  platformSearchIndexOf,
  queryPlatforms,
  type PlatformFilter,
  type PlatformIndex,
} from '@dbi-kit/registry';
import { platformIndex, summary } from './helpers/documents.js';

describe('foldText', () => {
  it.each([
    ['Kế toán', 'ke toan'],
    ['Đơn hàng ĐIỆN TỬ', 'don hang dien tu'],
    ['Thương mại—điện tử!', 'thuong mai dien tu'],
    ['Quản trị  tổng thể', 'quan tri tong the'],
    ['ơ ư ă â ê ô', 'o u a a e o'],
  ])('%s → %s', (text, folded) => expect(foldText(text)).toBe(folded));

  it('folds precomposed and decomposed input alike', () => {
    expect(foldText('Ke\u0302\u0301 toa\u0301n')).toBe('ke toan');
  });
});

const index = (platforms: ReturnType<typeof summary>[]): PlatformIndex => ({ ...platformIndex(platforms), protocol: 'dbi-registry/1' }) as PlatformIndex;

const docs = index([
  summary('desc-only', { name: 'Alpha Suite', vendor: { name: 'Zeta Co' }, summary: { vi: 'Phần mềm kế toán cho hộ kinh doanh', en: 'Accounting' } }),
  summary('vendor-only', { name: 'Beta Suite', vendor: { name: 'Kế Toán Việt Co' }, summary: { vi: 'Bán hàng', en: 'Sales' } }),
  summary('name-match', { name: 'Sổ Kế Toán', vendor: { name: 'Omega' }, summary: { vi: 'Sổ sách', en: 'Books' } }),
  summary('exact-name', { name: 'Kế toán', vendor: { name: 'Psi' }, summary: { vi: 'Sổ', en: 'Ledger' } }),
  summary('dong', { name: 'Đồng Hồ Chấm Công', vendor: { name: 'Đèn' }, summary: { vi: 'Chấm công', en: 'Time' } }),
]);
const ids = (filter: PlatformFilter) => queryPlatforms(buildPlatformSearchIndex(docs), filter).items.map((item) => item.id);

describe('queryPlatforms: search', () => {
  it('ignores case and diacritics and ranks name > vendor > description', () => {
    // exact-name: the name is the phrase; name-match: name contains it; then vendor, then description.
    expect(ids({ q: 'ke toan' })).toEqual(['exact-name', 'name-match', 'vendor-only', 'desc-only']);
    expect(ids({ q: 'KẾ TOÁN' })).toEqual(ids({ q: 'ke toan' }));
  });

  it('matches đ with d', () => {
    expect(ids({ q: 'dong ho' })).toEqual(['dong']);
    expect(ids({ q: 'đong' })).toEqual(['dong']);
  });

  it('requires every word to match somewhere', () => {
    expect(ids({ q: 'ke toan zeta' })).toEqual(['desc-only']);
    expect(ids({ q: 'ke toan nowhere' })).toEqual([]);
  });

  it('ranks a word-start match above a match inside a word', () => {
    const words = index([
      summary('inside', { name: 'Sotoan', summary: { vi: 'x', en: 'x' } }),
      summary('start', { name: 'Toan Cau', summary: { vi: 'x', en: 'x' } }),
    ]);
    expect(queryPlatforms(buildPlatformSearchIndex(words), { q: 'toan' }).items.map((item) => item.id)).toEqual(['start', 'inside']);
  });

  it('sorts by name when there is no query', () => {
    // folded names: alpha suite, beta suite, dong ho cham cong, ke toan, so ke toan
    expect(ids({})).toEqual(['desc-only', 'vendor-only', 'dong', 'exact-name', 'name-match']);
  });
});

const shop = index([
  summary('cheap-trial', { name: 'A', monthlyPriceFrom: 99_000, trialDays: 30, categories: ['e-commerce'], pillars: ['customer-experience'], updatedAt: '2025-03-01T00:00:00Z' }),
  summary('dear', { name: 'B', monthlyPriceFrom: 2_500_000, trialDays: null, categories: ['enterprise-management'], pillars: ['operations', 'strategy'], updatedAt: '2025-03-01T08:00:00+07:00' }),
  summary('unpriced', { name: 'C', monthlyPriceFrom: null, trialDays: 90, categories: ['e-commerce', 'e-invoice'], pillars: ['operations'], updatedAt: '2025-02-28T23:00:00Z' }),
  summary('mid', { name: 'D', monthlyPriceFrom: 500_000, trialDays: 14, categories: ['e-invoice'], pillars: ['data-assets'], updatedAt: '2025-01-01T00:00:00Z' }),
]);
const shopIds = (filter: PlatformFilter) => queryPlatforms(buildPlatformSearchIndex(shop), filter).items.map((item) => item.id);

describe('queryPlatforms: filters, sorts, pages', () => {
  it('filters by category (any of)', () => {
    expect(shopIds({ category: 'e-commerce' })).toEqual(['cheap-trial', 'unpriced']);
    expect(shopIds({ category: ['e-invoice', 'enterprise-management'] })).toEqual(['dear', 'unpriced', 'mid']);
  });

  it('filters by pillar (any of)', () => {
    expect(shopIds({ pillar: 'operations' })).toEqual(['dear', 'unpriced']);
    expect(shopIds({ pillar: ['data-assets', 'customer-experience'] })).toEqual(['cheap-trial', 'mid']);
  });

  it('filters by monthly price, leaving out unpriced platforms', () => {
    expect(shopIds({ maxMonthlyPrice: 500_000 })).toEqual(['cheap-trial', 'mid']);
    expect(shopIds({ maxMonthlyPrice: 499_999 })).toEqual(['cheap-trial']);
  });

  it('filters by trial, both ways', () => {
    expect(shopIds({ hasTrial: true })).toEqual(['cheap-trial', 'unpriced', 'mid']);
    expect(shopIds({ hasTrial: false })).toEqual(['dear']);
  });

  it('combines filters with AND', () => {
    expect(shopIds({ category: 'e-invoice', hasTrial: true, maxMonthlyPrice: 1_000_000 })).toEqual(['mid']);
  });

  it('sorts by price (unpriced last) and by update time (instants, not strings)', () => {
    expect(shopIds({ sort: 'price' })).toEqual(['cheap-trial', 'mid', 'dear', 'unpriced']);
    // dear: 2025-03-01T08:00+07:00 = 01:00Z, after cheap-trial's 00:00Z; unpriced: 2025-02-28T23:00Z
    expect(shopIds({ sort: 'updated' })).toEqual(['dear', 'cheap-trial', 'unpriced', 'mid']);
  });

  it('pages with offset and limit and counts every match', () => {
    const page = queryPlatforms(buildPlatformSearchIndex(shop), { sort: 'price', offset: 1, limit: 2 });
    expect(page.items.map((item) => item.id)).toEqual(['mid', 'dear']);
    expect(page).toMatchObject({ total: 4, offset: 1, limit: 2, version: 'v1' });
  });
});

describe('checkPlatformFilter', () => {
  it.each([
    [{ categories: 'x' }, 'categories'],
    [{ limit: -1 }, 'limit'],
    [{ offset: 1.5 }, 'offset'],
    [{ pillar: 'marketing' }, 'pillar'],
    [{ sort: 'cheapest' }, 'sort'],
    [{ maxMonthlyPrice: '100000' }, 'maxMonthlyPrice'],
  ])('names the bad field of %j', (filter, field) => {
    expect(() => checkPlatformFilter(filter)).toThrow(expect.objectContaining({ code: 'registry/invalid-argument', message: expect.stringContaining(`field ${field}`) }));
  });
});

describe('platformSearchIndexOf', () => {
  it('builds the index once per document', () => {
    const first = platformSearchIndexOf(shop);
    expect(platformSearchIndexOf(shop)).toBe(first);
    expect(platformSearchIndexOf({ ...shop })).not.toBe(first);
  });
});
