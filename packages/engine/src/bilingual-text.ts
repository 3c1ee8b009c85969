/**
 * A text in Vietnamese (the default language) and English. Every text of a methodology, of a
 * programme and of a reason the engine gives has both.
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
