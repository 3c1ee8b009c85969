/** The languages every dbi-kit element speaks. Vietnamese is the default. */
export type Lang = 'vi' | 'en';

/** The locale whose number and currency formats a language's figures use. */
export const numberLocale = (lang: string): string => (lang === 'en' ? 'en-US' : 'vi-VN');

/** The languages in the order an element falls back through them. */
export const LANGS: readonly Lang[] = ['vi', 'en'];

/**
 * Reads a BCP 47 tag (`en`, `en-GB`, `vi-VN`, `EN`) as one of our languages; anything else,
 * or nothing, is Vietnamese, the programme's language.
 */
export function toLang(tag: string | null | undefined): Lang {
  return tag?.trim().toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/**
 * The language an element should speak: its own `lang`, else the nearest ancestor's across
 * shadow roots, else the document's.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return toLang(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return toLang(document.documentElement.lang);
}

/**
 * A string table for both languages, checked by the compiler: `vi` and `en` must have exactly
 * the same keys. Values are strings or functions that build a string from parameters.
 */
export type Translations<T> = { readonly [L in Lang]: T };

/** A `{ vi, en }` pair as the engine and the registry carry them. */
export interface LocalizedText {
  vi: string;
  en: string;
}

/** Picks the text for `lang` out of a `{ vi, en }` pair, falling back to the other language. */
export function localized(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text[lang === 'vi' ? 'en' : 'vi'] || '';
}
