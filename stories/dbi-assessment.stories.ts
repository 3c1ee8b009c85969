import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@dbi-kit/elements/dbi-assessment';

interface Args {
  lang: 'vi' | 'en';
  theme: 'light' | 'dark' | 'auto';
  autosave: 'on' | 'off';
}

const meta: Meta<Args> = {
  title: 'Elements/dbi-assessment',
  component: 'dbi-assessment',
  args: { lang: 'vi', theme: 'light', autosave: 'off' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    autosave: { control: 'inline-radio', options: ['on', 'off'] },
  },
  render: ({ lang, theme, autosave }) => html`<dbi-assessment lang=${lang} theme=${theme} autosave=${autosave}></dbi-assessment>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The wizard's first step in Vietnamese, the default language. */
export const Vietnamese: Story = {};

/** The same wizard in English. */
export const English: Story = { args: { lang: 'en' } };

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };
