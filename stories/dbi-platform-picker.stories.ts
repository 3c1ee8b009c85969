import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@dbi-kit/elements/dbi-platform-picker';

interface Args {
  lang: 'vi' | 'en';
  theme: 'light' | 'dark' | 'auto';
  registry: string;
  multiple: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/dbi-platform-picker',
  component: 'dbi-platform-picker',
  // Storybook serves no registry: point `registry` at one (e.g. `npm start`'s /registry/) to browse.
  args: { lang: 'vi', theme: 'light', registry: 'http://127.0.0.1:9/registry/', multiple: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    registry: { control: 'text' },
    multiple: { control: 'boolean' },
  },
  render: ({ lang, theme, registry, multiple }) =>
    html`<dbi-platform-picker lang=${lang} theme=${theme} registry=${registry} ?multiple=${multiple}></dbi-platform-picker>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The registry cannot be reached and there is no snapshot: the error state with a retry button. */
export const RegistryUnreachable: Story = {};

/** The same state in English. */
export const RegistryUnreachableEnglish: Story = { args: { lang: 'en' } };
