import type { Translations } from '../internal/lang.js';

/** Every piece of interface text `<dbi-assessment>` shows. Methodology text comes from the data. */
export interface AssessmentStrings {
  wizard: string;
  loading: string;
  loadError: (detail: string) => string;
  steps: string;
  stepOf: (n: number, count: number) => string;
  answeredOf: (answered: number, total: number) => string;
  stepIntro: string;
  stepProfile: string;
  stepReview: string;
  stepResults: string;
  stepDone: string;
  back: string;
  next: string;
  finish: string;

  introLead: (title: string) => string;
  introWhat: (criteria: number, pillars: number) => string;
  introTime: (minutes: number) => string;
  introStoredHere: string;
  introStoredNowhere: string;
  introSentTo: (host: string) => string;
  introNotSent: string;
  introSource: string;
  sourceStatus: (status: string) => string;
  start: string;

  profileLead: string;
  businessName: string;
  optional: string;
  sector: string;
  sectorChoose: string;
  employees: string;
  employeesHelp: string;
  revenue: string;
  capital: string;
  moneyHelp: string;
  notANumber: string;
  sizeHeading: string;
  sizeNeeds: string;
  sizeName: (size: string) => string;

  gateNo: string;
  gateYes: string;
  levelOf: (criterion: string) => string;
  share: (percent: string) => string;
  shareUnknown: string;
  shareAbove: (percent: string) => string;
  shareValue: (percent: string) => string;
  notAnswered: string;
  unitOf: (unit: string) => string;
  ratioProblem: (reason: string) => string;
  maxPoints: (max: string) => string;

  reviewComplete: string;
  reviewMissing: (n: number) => string;
  reviewGoTo: (name: string) => string;
  reviewLead: string;

  resultsLead: (title: string, date: string) => string;
  total: string;
  percent: string;
  overallLevel: string;
  levelNumber: (n: number) => string;
  pillarsHeading: string;
  pillarColumn: string;
  pointsColumn: string;
  levelColumn: string;
  radarCaption: string;
  nextStepsHeading: string;
  nextStepsNone: string;
  nextStep: (from: string, to: string, gain: string) => string;
  platformsHeading: string;
  platformsLead: string;
  findPlatforms: (category: string) => string;
  subsidyHeading: string;
  subsidyLead: (size: string) => string;
  subsidyNoProfile: string;
  subsidyNone: string;
  subsidyItem: (rate: string, cap: string, basis: string) => string;
  perContract: string;
  perYear: string;
  subsidyNote: string;
  incomplete: (n: number) => string;
  actions: string;
  print: string;
  downloadJson: string;
  downloadCsv: string;
  copyLink: string;
  linkCopied: string;
  linkLabel: string;
  startOver: string;
  startOverConfirm: string;
  cancel: string;

  sending: string;
  sent: string;
  sendFailed: (reason: string) => string;
  retry: string;

  noticeRestored: string;
  noticeLinkRestored: string;
  noticeLinkInvalid: string;
  noticeCorrupt: string;
  noticeOtherVersion: string;
  noticeFull: string;
  noticeUnavailable: string;
  dismiss: string;
}

const pick = (table: Readonly<Record<string, string>>, key: string, fallback = key): string => table[key] ?? String(fallback);

const vi: AssessmentStrings = {
  wizard: 'Tự đánh giá mức độ chuyển đổi số',
  loading: 'Đang tải bộ chỉ số…',
  loadError: (detail) => `Không tải được bộ chỉ số: ${detail}`,
  steps: 'Các bước',
  stepOf: (n, count) => `Bước ${n}/${count}`,
  answeredOf: (answered, total) => `Đã trả lời ${answered}/${total} tiêu chí`,
  stepIntro: 'Giới thiệu',
  stepProfile: 'Doanh nghiệp',
  stepReview: 'Rà soát',
  stepResults: 'Kết quả',
  stepDone: 'đã trả lời hết',
  back: 'Quay lại',
  next: 'Tiếp tục',
  finish: 'Xem kết quả',

  introLead: (title) => `${title}: doanh nghiệp tự đánh giá mức độ chuyển đổi số của mình và biết nên làm gì tiếp theo.`,
  introWhat: (criteria, pillars) => `Bạn trả lời ${criteria} tiêu chí thuộc ${pillars} trụ cột. Kết quả gồm điểm, mức độ chuyển đổi số, việc nên làm tiếp và mức hỗ trợ có thể nhận.`,
  introTime: (minutes) => `Thời gian: khoảng ${minutes} phút. Bạn có thể dừng lại và tiếp tục sau.`,
  introStoredHere: 'Câu trả lời chỉ được lưu trong trình duyệt này (localStorage) để bạn tiếp tục sau; chọn “Làm lại từ đầu” để xoá.',
  introStoredNowhere: 'Câu trả lời không được lưu lại: đóng trang là mất.',
  introSentTo: (host) => `Khi bạn xem kết quả, câu trả lời, kết quả và thông tin doanh nghiệp được gửi tới ${host}.`,
  introNotSent: 'Không có dữ liệu nào được gửi đi.',
  introSource: 'Nguồn',
  sourceStatus: (status) => pick({ official: 'chính thức', reconstructed: 'dựng lại từ nguồn công khai', provisional: 'tạm thời' }, status),
  start: 'Bắt đầu',

  profileLead: 'Thông tin này dùng để xác định quy mô doanh nghiệp theo Nghị định 80/2021 và ước tính mức hỗ trợ.',
  businessName: 'Tên doanh nghiệp',
  optional: 'không bắt buộc',
  sector: 'Lĩnh vực hoạt động',
  sectorChoose: 'Chọn lĩnh vực',
  employees: 'Số lao động tham gia BHXH bình quân năm',
  employeesHelp: 'Số người',
  revenue: 'Tổng doanh thu năm (đồng)',
  capital: 'Tổng nguồn vốn (đồng)',
  moneyHelp: 'Ví dụ: 20.000.000.000. Chỉ cần doanh thu hoặc nguồn vốn.',
  notANumber: 'Nhập một số nguyên không âm, ví dụ 20.000.000.',
  sizeHeading: 'Quy mô doanh nghiệp',
  sizeNeeds: 'Nhập lĩnh vực, số lao động và doanh thu hoặc nguồn vốn để xác định quy mô.',
  sizeName: (size) => pick({ micro: 'Doanh nghiệp siêu nhỏ', small: 'Doanh nghiệp nhỏ', medium: 'Doanh nghiệp vừa', large: 'Doanh nghiệp lớn (không thuộc doanh nghiệp nhỏ và vừa)' }, size),

  gateNo: 'Không',
  gateYes: 'Có',
  levelOf: (criterion) => `Mức độ: ${criterion}`,
  share: (percent) => `Tỷ lệ: ${percent}`,
  shareUnknown: 'Nhập cả hai số để tính tỷ lệ.',
  shareAbove: (percent) => `tỷ lệ trên ${percent}`,
  shareValue: (percent) => `tỷ lệ ${percent}`,
  notAnswered: 'chưa trả lời',
  unitOf: (unit) => `Đơn vị: ${pick({ vnd: 'đồng', people: 'người' }, unit, 'số lượng')}`,
  ratioProblem: (reason) =>
    pick({
      'ratio-above-one': 'Số thứ nhất không được lớn hơn số thứ hai.',
      'zero-denominator': 'Số thứ hai bằng 0 thì số thứ nhất cũng phải bằng 0.',
    }, reason, 'Nhập số nguyên không âm, ví dụ 20.000.000.'),
  maxPoints: (max) => `tối đa ${max} điểm`,

  reviewLead: 'Kiểm tra lại trước khi xem kết quả. Tiêu chí chưa trả lời được tính 0 điểm.',
  reviewComplete: 'Bạn đã trả lời tất cả các tiêu chí.',
  reviewMissing: (n) => `Còn ${n} tiêu chí chưa trả lời:`,
  reviewGoTo: (name) => `Trả lời: ${name}`,

  resultsLead: (title, date) => `${title} · ${date}`,
  total: 'Tổng điểm',
  percent: 'Tỷ lệ',
  overallLevel: 'Mức độ chuyển đổi số',
  levelNumber: (n) => `Mức ${n}`,
  pillarsHeading: 'Theo trụ cột',
  pillarColumn: 'Trụ cột',
  pointsColumn: 'Điểm',
  levelColumn: 'Mức',
  radarCaption: 'Biểu đồ radar: tỷ lệ điểm của từng trụ cột',
  nextStepsHeading: 'Làm gì để lên mức cao hơn',
  nextStepsNone: 'Bạn đã đạt mức cao nhất.',
  nextStep: (from, to, gain) => `Từ “${from}” lên “${to}” (+${gain} điểm)`,
  platformsHeading: 'Nền tảng số cho các trụ cột yếu nhất',
  platformsLead: 'Các nhóm nền tảng phục vụ những trụ cột có điểm thấp nhất của bạn:',
  findPlatforms: (category) => `Tìm nền tảng: ${category}`,
  subsidyHeading: 'Hỗ trợ có thể nhận (ước tính)',
  subsidyLead: (size) => `${size}: theo Điều 11 Nghị định 80/2021, Nhà nước có thể hỗ trợ:`,
  subsidyNoProfile: 'Nhập thông tin doanh nghiệp để ước tính mức hỗ trợ.',
  subsidyNone: 'Doanh nghiệp không thuộc diện hỗ trợ theo Điều 11.',
  subsidyItem: (rate, cap, basis) => `tới ${rate} chi phí, tối đa ${cap} ${basis}`,
  perContract: 'mỗi hợp đồng',
  perYear: 'mỗi năm',
  subsidyNote: 'Đây là ước tính; cơ quan hỗ trợ quyết định mức hỗ trợ thực tế.',
  incomplete: (n) => `Còn ${n} tiêu chí chưa trả lời, được tính 0 điểm.`,
  actions: 'Lưu và chia sẻ',
  print: 'In báo cáo',
  downloadJson: 'Tải JSON',
  downloadCsv: 'Tải CSV',
  copyLink: 'Sao chép liên kết tiếp tục',
  linkCopied: 'Đã sao chép liên kết. Mở liên kết trên thiết bị khác để tiếp tục với các câu trả lời này.',
  linkLabel: 'Liên kết tiếp tục',
  startOver: 'Làm lại từ đầu',
  startOverConfirm: 'Xoá mọi câu trả lời và làm lại từ đầu?',
  cancel: 'Huỷ',

  sending: 'Đang gửi kết quả…',
  sent: 'Đã gửi kết quả.',
  sendFailed: (reason) => `Chưa gửi được kết quả (${reason}). Câu trả lời của bạn vẫn được giữ.`,
  retry: 'Gửi lại',

  noticeRestored: 'Đã khôi phục câu trả lời bạn lưu lần trước.',
  noticeLinkRestored: 'Đã khôi phục câu trả lời từ liên kết.',
  noticeLinkInvalid: 'Liên kết tiếp tục không dùng được (hỏng hoặc thuộc phiên bản bộ chỉ số khác). Bắt đầu mới.',
  noticeCorrupt: 'Dữ liệu đã lưu bị hỏng và đã được xoá. Bắt đầu mới.',
  noticeOtherVersion: 'Câu trả lời đã lưu thuộc phiên bản khác của bộ chỉ số nên không dùng được. Bắt đầu mới.',
  noticeFull: 'Bộ nhớ trình duyệt đã đầy: câu trả lời không được lưu. Hãy sao chép liên kết tiếp tục để không mất câu trả lời.',
  noticeUnavailable: 'Trình duyệt không cho phép lưu: câu trả lời sẽ mất khi đóng trang.',
  dismiss: 'Đóng thông báo',
};

const en: AssessmentStrings = {
  wizard: 'Digital transformation self-assessment',
  loading: 'Loading the index…',
  loadError: (detail) => `The index could not be loaded: ${detail}`,
  steps: 'Steps',
  stepOf: (n, count) => `Step ${n} of ${count}`,
  answeredOf: (answered, total) => `${answered} of ${total} criteria answered`,
  stepIntro: 'Introduction',
  stepProfile: 'Your business',
  stepReview: 'Review',
  stepResults: 'Results',
  stepDone: 'all answered',
  back: 'Back',
  next: 'Next',
  finish: 'See results',

  introLead: (title) => `${title}: assess your business's digital transformation and find out what to do next.`,
  introWhat: (criteria, pillars) => `You answer ${criteria} criteria in ${pillars} pillars. You get your points, your digital transformation level, the next steps and the support you may be eligible for.`,
  introTime: (minutes) => `Time needed: about ${minutes} minutes. You can stop and continue later.`,
  introStoredHere: 'Your answers are stored only in this browser (localStorage) so you can continue later; “Start over” deletes them.',
  introStoredNowhere: 'Your answers are not stored: closing the page loses them.',
  introSentTo: (host) => `When you see your results, your answers, result and business details are sent to ${host}.`,
  introNotSent: 'Nothing is sent anywhere.',
  introSource: 'Source',
  sourceStatus: (status) => pick({ official: 'official', reconstructed: 'reconstructed from public sources', provisional: 'provisional' }, status),
  start: 'Start',

  profileLead: 'These details give your business size class under Decree 80/2021 and an estimate of the support you may get.',
  businessName: 'Business name',
  optional: 'optional',
  sector: 'Sector',
  sectorChoose: 'Choose a sector',
  employees: 'Yearly average employees with social insurance',
  employeesHelp: 'People',
  revenue: 'Yearly revenue (VND)',
  capital: 'Total capital (VND)',
  moneyHelp: 'For example 20,000,000,000. Revenue or capital is enough.',
  notANumber: 'Enter a whole number, for example 20,000,000.',
  sizeHeading: 'Size class',
  sizeNeeds: 'Enter the sector, the employees and the revenue or capital to get the size class.',
  sizeName: (size) => pick({ micro: 'Micro enterprise', small: 'Small enterprise', medium: 'Medium enterprise', large: 'Large enterprise (not an SME)' }, size),

  gateNo: 'No',
  gateYes: 'Yes',
  levelOf: (criterion) => `Level: ${criterion}`,
  share: (percent) => `Share: ${percent}`,
  shareUnknown: 'Enter both figures to get the share.',
  shareAbove: (percent) => `a share above ${percent}`,
  shareValue: (percent) => `a share of ${percent}`,
  notAnswered: 'not answered',
  unitOf: (unit) => `Unit: ${pick({ vnd: 'VND', people: 'people' }, unit, 'count')}`,
  ratioProblem: (reason) =>
    pick({
      'ratio-above-one': 'The first figure cannot be larger than the second.',
      'zero-denominator': 'When the second figure is 0, the first must be 0 too.',
    }, reason, 'Enter a whole number, for example 20,000,000.'),
  maxPoints: (max) => `up to ${max} points`,

  reviewLead: 'Check your answers before you see the results. Unanswered criteria score 0.',
  reviewComplete: 'You have answered every criterion.',
  reviewMissing: (n) => `${n} criteria are not answered yet:`,
  reviewGoTo: (name) => `Answer: ${name}`,

  resultsLead: (title, date) => `${title} · ${date}`,
  total: 'Total points',
  percent: 'Share',
  overallLevel: 'Digital transformation level',
  levelNumber: (n) => `Level ${n}`,
  pillarsHeading: 'By pillar',
  pillarColumn: 'Pillar',
  pointsColumn: 'Points',
  levelColumn: 'Level',
  radarCaption: 'Radar chart: each pillar’s share of its points',
  nextStepsHeading: 'What moves you up',
  nextStepsNone: 'You are at the highest level.',
  nextStep: (from, to, gain) => `From “${from}” to “${to}” (+${gain} points)`,
  platformsHeading: 'Digital platforms for your weakest pillars',
  platformsLead: 'The platform categories that serve your lowest-scoring pillars:',
  findPlatforms: (category) => `Find platforms: ${category}`,
  subsidyHeading: 'Support you may get (estimate)',
  subsidyLead: (size) => `${size}: under Article 11 of Decree 80/2021 the State can pay:`,
  subsidyNoProfile: 'Enter your business details to estimate your support.',
  subsidyNone: 'Your business is not eligible for support under Article 11.',
  subsidyItem: (rate, cap, basis) => `up to ${rate} of the cost, at most ${cap} ${basis}`,
  perContract: 'per contract',
  perYear: 'per year',
  subsidyNote: 'This is an estimate; the support agency decides the actual amount.',
  incomplete: (n) => `${n} criteria are not answered and score 0.`,
  actions: 'Save and share',
  print: 'Print report',
  downloadJson: 'Download JSON',
  downloadCsv: 'Download CSV',
  copyLink: 'Copy resume link',
  linkCopied: 'Link copied. Open it on another device to continue with these answers.',
  linkLabel: 'Resume link',
  startOver: 'Start over',
  startOverConfirm: 'Delete every answer and start over?',
  cancel: 'Cancel',

  sending: 'Sending your results…',
  sent: 'Your results have been sent.',
  sendFailed: (reason) => `Your results could not be sent (${reason}). Your answers are kept.`,
  retry: 'Send again',

  noticeRestored: 'Your saved answers have been restored.',
  noticeLinkRestored: 'Your answers have been restored from the link.',
  noticeLinkInvalid: 'The resume link cannot be used (it is damaged or for another version of the index). Starting afresh.',
  noticeCorrupt: 'The saved answers were damaged and have been deleted. Starting afresh.',
  noticeOtherVersion: 'The saved answers belong to another version of the index and cannot be used. Starting afresh.',
  noticeFull: 'Browser storage is full: your answers are not being saved. Copy the resume link to keep them.',
  noticeUnavailable: 'This browser does not allow saving: your answers will be lost when you close the page.',
  dismiss: 'Dismiss',
};

export const assessmentStrings: Translations<AssessmentStrings> = { vi, en };
