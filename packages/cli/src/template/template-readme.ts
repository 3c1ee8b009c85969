import { type FrequencyCriterion, type LadderCriterion, type Methodology } from '@dbi-kit/engine';
import type { Lang } from '../cli/lang-option.js';
import { PROFILE_COLUMNS } from '../profile/profile-columns.js';
import { RATIO_PARTS } from './template-columns.js';

const cell = (text: string) => text.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');

const T = {
  vi: {
    heading: 'Mẫu CSV',
    rules: [
      'Dòng 1 là tên cột cố định: không sửa. Dòng 2 là nhãn cho người đọc, bắt đầu bằng `#`; `dbi-kit score` bỏ qua mọi dòng có ô đầu tiên bắt đầu bằng `#`.',
      'Từ dòng 3: mỗi doanh nghiệp một dòng. Có thể bỏ cột không dùng hoặc thêm cột ghi chú; tên cột giống mã tiêu chí phải là tiêu chí có thật.',
      'Ô trống là chưa trả lời: tiêu chí được 0 điểm và được đếm trong cột `missing` của kết quả.',
      'Số viết bằng chữ số, dấu `.` là dấu thập phân, không dùng dấu phân cách hàng nghìn (1500000000, không phải 1.500.000.000).',
      'Tiêu chí tỷ lệ có hai cột `<mã>.numerator` (tử số) và `<mã>.denominator` (mẫu số), không âm, tử số ≤ mẫu số; 0 và 0 nghĩa là "không có" (0 %). Điền cả hai hoặc để trống cả hai.',
      'Lưu tệp ở dạng CSV UTF-8. Dấu phân cách là dấu phẩy; dấu chấm phẩy hoặc tab cũng được nhận ra.',
    ],
    profile: 'Cột thông tin doanh nghiệp',
    profileNote: 'Có `sector`, `employees` và `revenue` hoặc `capital` thì kết quả có thêm quy mô doanh nghiệp (Điều 5 Nghị định 80/2021).',
    columns: ['cột', 'nội dung', 'cách điền'],
    points: 'điểm tối đa',
    gate: 'câu hỏi mở đầu',
    ratio: (part: string, unit: string) => `${part === 'numerator' ? 'tử số' : 'mẫu số'}, số ≥ 0 (${unit})`,
    units: { vnd: 'đồng', people: 'người', count: 'số lượng' },
    provisional: '(tạm định)',
    steps: 'một số nguyên',
  },
  en: {
    heading: 'CSV template',
    rules: [
      'Row 1 holds the stable column names: do not change them. Row 2 holds labels for people and starts with `#`; `dbi-kit score` skips every row whose first cell starts with `#`.',
      'From row 3: one business per row. Columns you do not use may be deleted and notes columns added; a column named like a criterion id must be a real criterion.',
      'An empty cell is no answer: the criterion scores 0 and is counted in the results\' `missing` column.',
      'Numbers are plain digits with `.` as the decimal point and no thousands separators (1500000000, not 1,500,000,000).',
      'A ratio criterion has two columns, `<id>.numerator` and `<id>.denominator`, both ≥ 0 with numerator ≤ denominator; 0 and 0 means "none" (0 %). Fill in both or neither.',
      'Save as CSV, UTF-8. The delimiter is the comma; a semicolon or tab is recognised too.',
    ],
    profile: 'Business profile columns',
    profileNote: 'With `sector`, `employees` and `revenue` or `capital`, each result also gets the business\'s size class (Decree 80/2021 Article 5).',
    columns: ['column', 'content', 'answer'],
    points: 'max points',
    gate: 'gate question',
    ratio: (part: string, unit: string) => `${part}, a number ≥ 0 (${unit})`,
    units: { vnd: 'VND', people: 'people', count: 'count' },
    provisional: '(provisional)',
    steps: 'an integer',
  },
} as const;

function answerFormat(criterion: LadderCriterion | FrequencyCriterion, lang: Lang): string {
  const t = T[lang];
  const labels = criterion.kind === 'ladder' ? criterion.steps.map((step) => step[lang]) : criterion.options.map((option) => option.text[lang]);
  // With a gate, answer 0 is the gate question's "No"; say which question that is.
  const gate = criterion.gate ? ` (${t.gate}: ${criterion.gate[lang]})` : '';
  return `${t.steps} 0–${labels.length - 1}: ${labels.map((label, step) => `${step} = ${label}${step === 0 ? gate : ''}`).join('; ')}`;
}

/**
 * The README section of a template: how to fill it in, then every column with its content and
 * the answers it takes, pillar by pillar, in one language.
 */
export function templateReadme(methodology: Methodology, lang: Lang): string {
  const t = T[lang];
  const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const tableHead = [row([...t.columns]), row(t.columns.map(() => '---'))];
  const lines = [
    `# ${t.heading}: ${methodology.title[lang]} (\`${methodology.id}\` ${methodology.version})`,
    '',
    `> ${cell(methodology.source.note[lang])}`,
    '',
    ...t.rules.map((rule) => `- ${rule}`),
    '',
    `## ${t.profile}`,
    '',
    t.profileNote,
    '',
    ...tableHead,
    ...PROFILE_COLUMNS.map((column) => row([`\`${column.name}\``, column.label[lang], column.format[lang]])),
  ];
  for (const pillar of methodology.pillars) {
    lines.push('', `## ${pillar.title[lang]} (${t.points}: ${pillar.maxPoints})`, '', ...tableHead);
    for (const index of pillar.indices) {
      for (const criterion of index.criteria) {
        const title = `${criterion.title[lang]}${criterion.provisional ? ` ${t.provisional}` : ''}`;
        if (criterion.kind === 'ratio') {
          for (const part of RATIO_PARTS) lines.push(row([`\`${criterion.id}.${part}\``, `${title}: ${criterion[part][lang]}`, t.ratio(part, t.units[criterion.unit])]));
        } else {
          lines.push(row([`\`${criterion.id}\``, title, answerFormat(criterion, lang)]));
        }
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
