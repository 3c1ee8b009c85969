import type { OptionSpec, OptionValues } from './command.js';
import { UsageError } from './cli-error.js';

/** A language of dbi-kit's bilingual texts. */
export type Lang = 'vi' | 'en';

/** The `--lang` option every command with bilingual output shares. */
export const LANG_OPTION: OptionSpec = { type: 'string', value: '<vi|en>', description: 'language of labels and reasons (default: vi)' };

/** The `--lang` value, Vietnamese by default as everywhere in dbi-kit. */
export function readLang(values: OptionValues): Lang {
  const lang = (values.lang as string | undefined) ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang must be vi or en, not '${lang}'`);
  return lang;
}
