import { classifyEnterprise, type EnterpriseFigures } from '@dbi-kit/engine';
import type { Command } from '../cli/command.js';
import { ExitCode } from '../cli/exit-code.js';
import { OUT_OPTION, PROGRAMME_OPTION, TEXT_FORMAT_OPTION } from '../cli/shared-options.js';
import { LANG_OPTION, readLang } from '../cli/lang-option.js';
import { readChoice } from '../cli/read-choice.js';
import { loadProgramme } from '../data/load-programme.js';
import { FIGURE_OPTIONS, readFigures } from '../data/read-figures.js';
import { writeOutput } from '../output/write-output.js';

const BASIS = {
  'revenue-or-capital': { vi: 'doanh thu hoặc tổng nguồn vốn', en: 'revenue or capital' },
  'revenue-only': { vi: 'chỉ doanh thu', en: 'revenue only' },
  'capital-only': { vi: 'chỉ tổng nguồn vốn', en: 'capital only' },
} as const;

/** `dbi-kit classify`: the Decree 80/2021 Article 5 size class of one business. */
export const classifyCommand: Command = {
  name: 'classify',
  summary: 'the Decree 80/2021 size class (micro, small, medium, large) of one business',
  usage: '[options] [business.json|-]',
  description:
    'The business comes from flags, from a JSON file { "sector", "employees", "revenue", "capital" },\nor both (flags win). Article 5: headcount AND (revenue OR capital) within a class\'s limits.',
  options: {
    ...FIGURE_OPTIONS,
    programme: PROGRAMME_OPTION,
    format: TEXT_FORMAT_OPTION,
    lang: LANG_OPTION,
    out: OUT_OPTION,
  },
  examples: [
    'dbi-kit classify --sector trade-services --employees 30 --revenue 20000000000',
    'dbi-kit classify business.json --format json',
    'dbi-kit classify business.json --capital 5000000000 --lang en',
  ],
  positionals: [0, 1],
  async run(values, [file], io) {
    const format = readChoice(values, 'format', ['text', 'json'] as const);
    const lang = readLang(values);
    const programme = await loadProgramme(values.programme as string | undefined, io);
    const figures = await readFigures(values, file, io);
    const result = classifyEnterprise(figures as unknown as EnterpriseFigures, programme);
    let text = `${JSON.stringify(result, null, 2)}\n`;
    if (format === 'text') {
      const lines = [
        `${lang === 'vi' ? 'Quy mô' : 'Size class'}: ${result.size}`,
        `${lang === 'vi' ? 'Căn cứ' : 'Judged on'}: ${BASIS[result.basis][lang]}`,
        `${lang === 'vi' ? 'Chương trình' : 'Programme'}: ${result.programme.id} ${result.programme.version}`,
        '',
        ...result.reasons.map((reason) => `- ${reason[lang]}`),
      ];
      text = `${lines.join('\n')}\n`;
    }
    await writeOutput(values.out as string | undefined, io, text);
    return ExitCode.ok;
  },
};
