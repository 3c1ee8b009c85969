// The args every dbi-kit element story shares: the interface language and the theme. The other
// controls come from custom-elements.json (see .storybook/preview.ts).
import type { ArgTypes } from '@storybook/web-components-vite';

/** The language and theme of an element, as its `lang` and `theme` attributes. */
export interface LookArgs {
  lang: 'vi' | 'en';
  theme: 'light' | 'dark' | 'auto';
}

/** Vietnamese first (the elements' default language), in the light theme. */
export const lookArgs: LookArgs = { lang: 'vi', theme: 'light' };

export const lookArgTypes: Partial<ArgTypes<LookArgs>> = {
  lang: { control: 'inline-radio', options: ['vi', 'en'], description: 'The interface language.' },
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'], description: '`auto` follows `prefers-color-scheme`.' },
};

/** Story args for the English version of a story. */
export const english: Partial<LookArgs> = { lang: 'en' };

/** Story args for the dark theme. */
export const dark: Partial<LookArgs> = { theme: 'dark' };
