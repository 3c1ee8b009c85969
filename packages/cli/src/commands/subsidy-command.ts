import {
  calculateSubsidy,
  classifyEnterprise,
  PRIORITY_GROUPS,
  type EnterpriseFigures,
  type PriorityFlags,
  type SubsidyInput,
  type SubsidyResult,
} from '@dbi-kit/engine';
import type { Command } from '../cli/command.js';
import { UsageError } from '../cli/cli-error.js';
import { ExitCode } from '../cli/exit-code.js';
import { OUT_OPTION, PROGRAMME_OPTION, TEXT_FORMAT_OPTION } from '../cli/shared-options.js';
import { LANG_OPTION, readLang, type Lang } from '../cli/lang-option.js';
import { readChoice } from '../cli/read-choice.js';
import { loadProgramme } from '../data/load-programme.js';
import { FIGURE_OPTIONS, parseFlagNumber, readFigures } from '../data/read-figures.js';
import { formatMoney } from '../output/format-money.js';
import { formatTable } from '../output/format-table.js';
import { writeOutput } from '../output/write-output.js';

/** `--item kind:cost[:label]` → a subsidy item. */
function parseItem(text: string, index: number): { kind: string; cost: number; label?: string } {
  const [kind, cost, ...label] = text.split(':');
  if (!kind || cost === undefined) throw new UsageError(`--item must be <kind>:<cost>[:<label>], not '${text}'`);
  return { kind, cost: parseFlagNumber(cost, `item (#${index + 1})`), ...(label.length > 0 ? { label: label.join(':') } : {}) };
}

function parsePriority(text: string): PriorityFlags {
  const groups = text.split(',').map((group) => group.trim()).filter(Boolean);
  for (const group of groups) {
    if (!(PRIORITY_GROUPS as readonly string[]).includes(group)) throw new UsageError(`--priority takes ${PRIORITY_GROUPS.join(', ')}; not '${group}'`);
  }
  return Object.fromEntries(PRIORITY_GROUPS.map((group) => [group, groups.includes(group)])) as PriorityFlags;
}

function formatResult(result: SubsidyResult, lang: Lang, sizeNote: string | undefined): string {
  const money = (vnd: number) => formatMoney(vnd, lang);
  const vi = lang === 'vi';
  const rows = result.items.map((item) => [
    item.label ?? item.kind,
    money(item.cost),
    `${Math.round(item.rate * 1000) / 10} %`,
    money(item.cap),
    money(item.support),
    money(item.net),
  ]);
  rows.push([vi ? 'Tổng' : 'Total', money(result.totals.cost), '', '', money(result.totals.support), money(result.totals.net)]);
  const header = vi ? ['khoản', 'chi phí', 'tỷ lệ', 'mức trần', 'hỗ trợ', 'còn phải trả'] : ['item', 'cost', 'rate', 'cap', 'support', 'net'];
  const lines = [
    `${vi ? 'Quy mô' : 'Size class'}: ${result.size}${sizeNote ? ` (${sizeNote})` : ''}`,
    `${vi ? 'Chương trình' : 'Programme'}: ${result.programme.id} ${result.programme.version}`,
    '',
    formatTable(header, rows, [1, 2, 3, 4, 5]),
    '',
    ...result.items.map((item, index) => `${index + 1}. ${item.label ?? item.kind}: ${item.reason[lang]}`),
  ];
  if (result.priority) lines.push('', result.priority.note[lang]);
  return `${lines.join('\n')}\n`;
}

/** `dbi-kit subsidy`: the Decree 80/2021 Article 11 support for one business's costs. */
export const subsidyCommand: Command = {
  name: 'subsidy',
  summary: 'the Decree 80/2021 Article 11 support for one business: per item and in total',
  usage: '[options] [request.json|-]',
  description:
    'The request comes from flags, from a JSON file { "size" | "sector", "employees", "revenue", "capital",\n"items": [{ "kind", "cost", "label"? }], "priority"? }, or both (flags win; --item replaces the\nfile\'s items). Without --size, the size class is decided from the business\'s figures (Article 5).\nAmounts are the most the programme can pay, not an entitlement.',
  options: {
    size: { type: 'string', value: '<size>', description: 'micro | small | medium | large (or give the figures below)' },
    ...FIGURE_OPTIONS,
    item: { type: 'string', multiple: true, value: '<kind:cost[:label]>', description: 'a cost, repeatable; kinds: dx-consulting, dx-solution, ip-consulting, technology-transfer-consulting' },
    priority: { type: 'string', value: '<groups>', description: `comma-separated priority groups: ${PRIORITY_GROUPS.join(', ')}` },
    programme: PROGRAMME_OPTION,
    format: TEXT_FORMAT_OPTION,
    lang: LANG_OPTION,
    out: OUT_OPTION,
  },
  examples: [
    'dbi-kit subsidy --size small --item dx-solution:80000000:"Accounting suite" --item dx-solution:40000000',
    'dbi-kit subsidy --sector trade-services --employees 30 --revenue 20000000000 --item dx-consulting:60000000',
    'dbi-kit subsidy request.json --format json',
  ],
  positionals: [0, 1],
  async run(values, [file], io) {
    const format = readChoice(values, 'format', ['text', 'json'] as const);
    const lang = readLang(values);
    const programme = await loadProgramme(values.programme as string | undefined, io);
    const request = await readFigures(values, file, io);
    if (typeof values.size === 'string') request.size = values.size;
    const items = values.item as string[] | undefined;
    if (items) request.items = items.map(parseItem);
    if (typeof values.priority === 'string') request.priority = parsePriority(values.priority);
    if (request.items === undefined) throw new UsageError('no costs: give --item <kind>:<cost> (or "items" in the JSON file)');

    let sizeNote: string | undefined;
    if (request.size === undefined) {
      if (request.sector === undefined) throw new UsageError('give --size, or the business\'s --sector, --employees and --revenue or --capital');
      request.size = classifyEnterprise(request as unknown as EnterpriseFigures, programme).size;
      sizeNote = lang === 'vi' ? 'theo Điều 5 từ số liệu đã cho' : 'from the figures given, Article 5';
    }
    const result = calculateSubsidy(request as unknown as SubsidyInput, programme);
    await writeOutput(values.out as string | undefined, io, format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : formatResult(result, lang, sizeNote));
    return ExitCode.ok;
  },
};
