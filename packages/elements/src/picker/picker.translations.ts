import type { Translations } from '../internal/lang.js';
import { pricePerPeriod } from './billing-period-names.js';

/** Every piece of interface text `<dbi-platform-picker>` shows. Platform text comes from the registry. */
export interface PickerStrings {
  title: string;
  search: string;
  searchHelp: string;
  category: string;
  pillar: string;
  any: string;
  pillarName: (id: string) => string;
  maxPrice: string;
  trialOnly: string;
  sort: string;
  sortRelevance: string;
  sortPrice: string;
  sortName: string;
  results: (n: number) => string;
  loading: string;
  empty: string;
  error: (detail: string) => string;
  retry: string;
  stale: string;
  vendor: string;
  categories: string;
  pillars: string;
  priceFrom: (price: string) => string;
  priceOnRequest: string;
  trial: (days: number) => string;
  noTrial: string;
  certificateStatus: (status: string) => string;
  plans: (name: string) => string;
  compare: (name: string) => string;
  compareFull: string;
  compareHeading: string;
  uncompare: (name: string) => string;
  price: string;
  trialColumn: string;
  showMore: (shown: number, total: number) => string;
  back: string;
  choosePlan: string;
  perPeriod: (price: string, period: string) => string;
  select: string;
  selected: string;
  remove: (name: string) => string;
  selectionHeading: string;
  notAnAmount: string;
}

const pillarsVi: Record<string, string> = {
  'customer-experience': 'Trải nghiệm khách hàng',
  strategy: 'Chiến lược',
  'infrastructure-technology': 'Hạ tầng và công nghệ số',
  operations: 'Vận hành',
  culture: 'Văn hóa doanh nghiệp',
  'data-assets': 'Dữ liệu và tài sản thông tin',
};
const pillarsEn: Record<string, string> = {
  'customer-experience': 'Customer experience',
  strategy: 'Strategy',
  'infrastructure-technology': 'Digital infrastructure and technology',
  operations: 'Operations',
  culture: 'Business culture',
  'data-assets': 'Data and information assets',
};
const certificatesVi: Record<string, string> = {
  valid: 'hợp lệ',
  expired: 'đã hết hạn',
  'not-yet-valid': 'chưa có hiệu lực',
  revoked: 'đã bị thu hồi',
  'invalid-signature': 'chữ ký không hợp lệ',
  'unknown-key': 'khóa ký không được tin cậy',
  'wrong-platform': 'cấp cho nền tảng khác',
  malformed: 'không đọc được',
  'not-found': 'không có',
  unreachable: 'chưa kiểm tra được',
};
const certificatesEn: Record<string, string> = {
  valid: 'valid',
  expired: 'expired',
  'not-yet-valid': 'not yet valid',
  revoked: 'revoked',
  'invalid-signature': 'invalid signature',
  'unknown-key': 'signed by a key that is not trusted',
  'wrong-platform': 'issued for another platform',
  malformed: 'unreadable',
  'not-found': 'none',
  unreachable: 'could not be checked',
};

/** `<dbi-platform-picker>` in Vietnamese and English. */
export const pickerStrings: Translations<PickerStrings> = {
  vi: {
    title: 'Chọn nền tảng số',
    search: 'Tìm nền tảng',
    searchHelp: 'Gõ có dấu hoặc không dấu, ví dụ “ke toan”.',
    category: 'Nhóm nền tảng',
    pillar: 'Trụ cột DBI',
    any: 'Tất cả',
    pillarName: (id) => pillarsVi[id] ?? String(id),
    maxPrice: 'Giá tối đa mỗi tháng (₫)',
    trialOnly: 'Chỉ nền tảng có dùng thử miễn phí',
    sort: 'Sắp xếp',
    sortRelevance: 'Phù hợp nhất',
    sortPrice: 'Giá thấp trước',
    sortName: 'Tên A–Z',
    results: (n) => `${n} nền tảng`,
    loading: 'Đang tải danh sách nền tảng…',
    empty: 'Không có nền tảng nào khớp. Hãy bỏ bớt bộ lọc hoặc đổi từ khóa.',
    error: (detail) => `Không tải được danh sách nền tảng: ${detail}`,
    retry: 'Thử lại',
    stale: 'Không kết nối được sổ đăng ký nền tảng: đang hiển thị bản lưu, có thể đã cũ.',
    vendor: 'Nhà cung cấp',
    categories: 'Nhóm',
    pillars: 'Trụ cột',
    priceFrom: (price) => `Từ ${price}/tháng`,
    priceOnRequest: 'Giá theo yêu cầu',
    trial: (days) => `Dùng thử miễn phí ${days} ngày`,
    noTrial: 'Không có dùng thử',
    certificateStatus: (status) => `Chứng nhận: ${certificatesVi[status] ?? status}`,
    plans: (name) => `Xem các gói của ${name}`,
    compare: (name) => `So sánh ${name}`,
    compareFull: 'Chỉ so sánh được tối đa ba nền tảng.',
    compareHeading: 'So sánh',
    uncompare: (name) => `Bỏ ${name} khỏi so sánh`,
    price: 'Giá',
    trialColumn: 'Dùng thử',
    showMore: (shown, total) => `Xem thêm (đang hiện ${shown}/${total})`,
    back: 'Quay lại danh sách',
    choosePlan: 'Chọn gói',
    perPeriod: pricePerPeriod.vi,
    select: 'Chọn gói này',
    selected: 'Đã chọn',
    remove: (name) => `Bỏ chọn ${name}`,
    selectionHeading: 'Nền tảng đã chọn',
    notAnAmount: 'Hãy nhập số tiền nguyên bằng đồng, ví dụ 500.000.',
  },
  en: {
    title: 'Choose digital platforms',
    search: 'Search platforms',
    searchHelp: 'With or without Vietnamese accents, for example “ke toan”.',
    category: 'Category',
    pillar: 'DBI pillar',
    any: 'Any',
    pillarName: (id) => pillarsEn[id] ?? String(id),
    maxPrice: 'Highest monthly price (₫)',
    trialOnly: 'Only platforms with a free trial',
    sort: 'Sort by',
    sortRelevance: 'Best match',
    sortPrice: 'Lowest price',
    sortName: 'Name A–Z',
    results: (n) => `${n} ${n === 1 ? 'platform' : 'platforms'}`,
    loading: 'Loading platforms…',
    empty: 'No platform matches. Remove a filter or change the words.',
    error: (detail) => `The platforms could not be loaded: ${detail}`,
    retry: 'Try again',
    stale: 'The platform registry could not be reached: showing a saved copy, which may be out of date.',
    vendor: 'Vendor',
    categories: 'Categories',
    pillars: 'Pillars',
    priceFrom: (price) => `From ${price}/month`,
    priceOnRequest: 'Price on request',
    trial: (days) => `${days}-day free trial`,
    noTrial: 'No free trial',
    certificateStatus: (status) => `Certificate: ${certificatesEn[status] ?? status}`,
    plans: (name) => `Plans of ${name}`,
    compare: (name) => `Compare ${name}`,
    compareFull: 'At most three platforms can be compared.',
    compareHeading: 'Comparison',
    uncompare: (name) => `Remove ${name} from the comparison`,
    price: 'Price',
    trialColumn: 'Free trial',
    showMore: (shown, total) => `Show more (${shown} of ${total} shown)`,
    back: 'Back to the list',
    choosePlan: 'Choose a plan',
    perPeriod: pricePerPeriod.en,
    select: 'Choose this plan',
    selected: 'Chosen',
    remove: (name) => `Remove ${name}`,
    selectionHeading: 'Chosen platforms',
    notAnAmount: 'Enter a whole amount of đồng, for example 500,000.',
  },
};
