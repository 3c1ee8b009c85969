import type { Translations } from '../internal/lang.js';
import { pricePerPeriod } from '../picker/billing-period-names.js';
import type { ItemProblem } from './line-items.js';

/** Every piece of interface text `<dbi-subsidy-calculator>` shows. Legal reasons come from the engine. */
export interface CalculatorStrings extends Record<ItemProblem, string> {
  title: string;
  profile: string;
  sector: string;
  sectorChoose: string;
  sectorName: (sector: string) => string;
  employees: string;
  revenue: string;
  capital: string;
  moneyHelp: string;
  notANumber: string;
  notACount: string;
  notAnAmount: string;
  sizeHeading: string;
  sizeNeeds: string;
  sizeName: (size: string) => string;
  priority: string;
  womenCapitalShare: string;
  womanManager: string;
  femaleEmployees: string;
  socialEnterprise: string;
  items: string;
  fromPicker: string;
  planPrice: (price: string, period: string) => string;
  months: string;
  kind: string;
  label: string;
  cost: string;
  addItem: string;
  removeItem: (label: string) => string;
  noItems: string;
  rate: string;
  cap: string;
  support: string;
  net: string;
  reason: string;
  total: string;
  results: string;
  print: string;
  programmeError: (detail: string) => string;
  maximumNote: string;
  itemNumber: (n: number) => string;
}

const sectorsVi: Record<string, string> = {
  'agriculture-forestry-fishery': 'Nông, lâm nghiệp, thủy sản',
  'industry-construction': 'Công nghiệp, xây dựng',
  'trade-services': 'Thương mại, dịch vụ',
};
const sectorsEn: Record<string, string> = {
  'agriculture-forestry-fishery': 'Agriculture, forestry, fishery',
  'industry-construction': 'Industry and construction',
  'trade-services': 'Trade and services',
};
const sizesVi: Record<string, string> = { micro: 'siêu nhỏ', small: 'nhỏ', medium: 'vừa', large: 'lớn (không phải DNNVV)' };
const sizesEn: Record<string, string> = { micro: 'Micro', small: 'Small', medium: 'Medium', large: 'Large (not an SME)' };

/** `<dbi-subsidy-calculator>` in Vietnamese and English. */
export const calculatorStrings: Translations<CalculatorStrings> = {
  vi: {
    title: 'Tính mức hỗ trợ',
    profile: 'Thông tin doanh nghiệp',
    sector: 'Lĩnh vực',
    sectorChoose: 'Chọn lĩnh vực',
    sectorName: (sector) => sectorsVi[sector] ?? String(sector),
    employees: 'Số lao động tham gia BHXH (bình quân năm)',
    revenue: 'Tổng doanh thu năm (₫)',
    capital: 'Tổng nguồn vốn (₫)',
    moneyHelp: 'Ví dụ 20.000.000',
    notANumber: 'Hãy nhập một số không âm.',
    notACount: 'Hãy nhập một số nguyên không âm, ví dụ 1.000.',
    notAnAmount: 'Hãy nhập số tiền nguyên bằng đồng, ví dụ 20.000.000.',
    sizeHeading: 'Quy mô doanh nghiệp',
    sizeNeeds: 'Chọn lĩnh vực, nhập số lao động và doanh thu hoặc nguồn vốn để biết quy mô.',
    sizeName: (size) => `Doanh nghiệp ${sizesVi[size] ?? size}`,
    priority: 'Nhóm ưu tiên (không bắt buộc)',
    womenCapitalShare: 'Tỷ lệ vốn điều lệ do nữ sở hữu (%)',
    womanManager: 'Có người nữ trong số đó điều hành doanh nghiệp',
    femaleEmployees: 'Số lao động nữ',
    socialEnterprise: 'Doanh nghiệp xã hội',
    items: 'Các khoản chi',
    fromPicker: 'Từ nền tảng đã chọn',
    planPrice: pricePerPeriod.vi,
    months: 'Số tháng',
    kind: 'Nội dung hỗ trợ',
    label: 'Tên khoản chi',
    cost: 'Chi phí (₫)',
    addItem: 'Thêm khoản chi',
    removeItem: (label) => `Xóa ${label}`,
    noItems: 'Chưa có khoản chi nào. Chọn nền tảng hoặc thêm khoản chi.',
    rate: 'Tỷ lệ',
    cap: 'Mức trần',
    support: 'Hỗ trợ tối đa',
    net: 'Doanh nghiệp trả',
    reason: 'Căn cứ',
    total: 'Tổng cộng',
    results: 'Kết quả',
    print: 'In',
    programmeError: (detail) => `Không dùng được chương trình hỗ trợ: ${detail}`,
    maximumNote: 'Đây là mức tối đa Nhà nước có thể hỗ trợ; cơ quan hỗ trợ quyết định mức thực tế.',
    itemNumber: (n) => `Khoản ${n}`,
    costMissing: 'Hãy nhập chi phí.',
    costInvalid: 'Hãy nhập số tiền nguyên bằng đồng, ví dụ 20.000.000.',
    priceOnRequest: 'Gói này báo giá theo yêu cầu: hãy nhập chi phí như một khoản chi riêng.',
    monthsInvalid: 'Số tháng phải là số nguyên từ 1 đến 120.',
  },
  en: {
    title: 'Subsidy calculator',
    profile: 'Business profile',
    sector: 'Sector',
    sectorChoose: 'Choose a sector',
    sectorName: (sector) => sectorsEn[sector] ?? String(sector),
    employees: 'Employees in social insurance (yearly average)',
    revenue: 'Yearly revenue (₫)',
    capital: 'Total capital (₫)',
    moneyHelp: 'For example 20,000,000',
    notANumber: 'Enter a number of zero or more.',
    notACount: 'Enter a whole number of zero or more, for example 1,000.',
    notAnAmount: 'Enter a whole amount of đồng, for example 20,000,000.',
    sizeHeading: 'Size class',
    sizeNeeds: 'Choose a sector and enter employees and revenue or capital to see the size class.',
    sizeName: (size) => `${sizesEn[size] ?? size} enterprise`,
    priority: 'Priority groups (optional)',
    womenCapitalShare: 'Share of charter capital held by women (%)',
    womanManager: 'One of those women manages the business',
    femaleEmployees: 'Female employees',
    socialEnterprise: 'Social enterprise',
    items: 'Costs',
    fromPicker: 'From the chosen platforms',
    planPrice: pricePerPeriod.en,
    months: 'Months',
    kind: 'Support item',
    label: 'Cost name',
    cost: 'Cost (₫)',
    addItem: 'Add a cost',
    removeItem: (label) => `Remove ${label}`,
    noItems: 'No costs yet. Choose platforms or add a cost.',
    rate: 'Rate',
    cap: 'Cap',
    support: 'Support (at most)',
    net: 'Business pays',
    reason: 'Basis',
    total: 'Total',
    results: 'Results',
    print: 'Print',
    programmeError: (detail) => `The support programme cannot be used: ${detail}`,
    maximumNote: 'These are the most the State can pay; the supporting agency decides the actual amount.',
    itemNumber: (n) => `Cost ${n}`,
    costMissing: 'Enter the cost.',
    costInvalid: 'Enter a whole amount of đồng, for example 20,000,000.',
    priceOnRequest: 'This plan is quoted on request: enter its cost as a separate cost.',
    monthsInvalid: 'Months must be a whole number from 1 to 120.',
  },
};
