// A generated SAMPLE registry of n platforms, shared by the 10,000-platform test and the picker
// benchmark. Platform i is named after WORDS[i % 8], so n / 8 of them are "Kế Toán".
import { DBI_PILLAR_IDS } from '@dbi-kit/engine';

const WORDS = ['Kế Toán', 'Bán Hàng', 'Nhân Sự', 'Kho', 'Hóa Đơn', 'Vận Tải', 'Khách Sạn', 'Tiếp Thị'];
const CATEGORIES = ['accounting-finance', 'e-commerce', 'hr-organisation', 'transport-logistics', 'e-invoice'];

/** `{ 'registry.json': …, 'platforms.json': … }` for a registry whose version is `version`. */
export function generatedRegistry(count, version = `generated-${count}`) {
  const platforms = Array.from({ length: count }, (_, i) => ({
    id: `p-${i}`,
    name: `${WORDS[i % WORDS.length]} ${i} (SAMPLE)`,
    vendor: { name: `Vendor ${i % 97} (SAMPLE)` },
    categories: [CATEGORIES[i % CATEGORIES.length]],
    pillars: [DBI_PILLAR_IDS[i % DBI_PILLAR_IDS.length]],
    summary: { vi: `[MẪU] Nền tảng số ${i}.`, en: `[SAMPLE] Digital platform ${i}.` },
    monthlyPriceFrom: (i % 50) * 10_000,
    trialDays: i % 3 === 0 ? 30 : null,
    website: `https://p-${i}.example/`,
    updatedAt: '2025-01-01T00:00:00Z',
    sample: true,
  }));
  const generatedAt = '2025-01-01T00:00:00Z';
  return {
    'registry.json': {
      protocol: 'dbi-registry/1',
      version,
      name: { vi: 'Sổ đăng ký MẪU sinh tự động', en: 'Generated SAMPLE registry' },
      operator: { name: 'dbi-kit tests (SAMPLE)' },
      generatedAt,
      sample: true,
      keys: [],
      categories: CATEGORIES.map((id) => ({ id, name: { vi: id, en: id }, official: true })),
    },
    'platforms.json': { protocol: 'dbi-registry/1', version, generatedAt, platforms },
  };
}
