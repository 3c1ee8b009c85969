/**
 * A text in Vietnamese (the default language) and English.
 *
 * Not re-exported from the package root on purpose: the methodology may define its own text
 * type, and two `export *` of one name would clash. It can be named as `Programme['title']`.
 */
export interface BilingualText {
  readonly vi: string;
  readonly en: string;
}

/** The language codes every {@link BilingualText} carries. */
export const LANGUAGES = ['vi', 'en'] as const;

/** Builds one text per language from a function of the language. */
export function bilingual(build: (lang: (typeof LANGUAGES)[number]) => string): BilingualText {
  return { vi: build('vi'), en: build('en') };
}
