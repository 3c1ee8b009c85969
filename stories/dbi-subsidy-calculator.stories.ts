import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@dbi-kit/elements/dbi-subsidy-calculator';

interface Args {
  lang: 'vi' | 'en';
  theme: 'light' | 'dark' | 'auto';
  programme: string;
}

const meta: Meta<Args> = {
  title: 'Elements/dbi-subsidy-calculator',
  component: 'dbi-subsidy-calculator',
  args: { lang: 'vi', theme: 'light', programme: 'decree-80-2021' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    programme: { control: 'text' },
  },
  render: ({ lang, theme, programme }) => html`<dbi-subsidy-calculator lang=${lang} theme=${theme} programme=${programme}></dbi-subsidy-calculator>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Decree 80/2021 Article 11, in Vietnamese. */
export const Vietnamese: Story = {};

/** The same calculator in English. */
export const English: Story = { args: { lang: 'en' } };

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** An unknown programme id: the calculator names it in an error. */
export const UnknownProgramme: Story = { args: { programme: 'no-such-programme' } };
