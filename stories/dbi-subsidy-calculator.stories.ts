import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DbiSubsidyCalculator } from '@dbi-kit/elements';
import '@dbi-kit/elements/dbi-subsidy-calculator';
import { renderFromManifest } from './render-from-manifest.js';
import { loadSampleSelection } from './sample-registry.js';
import { dark, english, lookArgs, lookArgTypes, type LookArgs } from './shared-args.js';
import { elementIn, fill } from './user-steps.js';

interface Args extends LookArgs {
  programme: string;
}

const meta: Meta<Args> = {
  title: 'Elements/dbi-subsidy-calculator',
  component: 'dbi-subsidy-calculator',
  args: { ...lookArgs, programme: 'decree-80-2021' },
  argTypes: { ...lookArgTypes, programme: { control: 'text' } },
  render: renderFromManifest('dbi-subsidy-calculator'),
};
export default meta;

type Story = StoryObj<Args>;

/** Two SAMPLE platforms with their first plan, as `<dbi-platform-picker>` hands them over. */
const twoPlatforms = () => loadSampleSelection(['ke-toan-chuon-chuon', 'cham-cong-ban-tay']);

/** A small trading business, typed into the profile as a visitor would. */
const smallBusiness: Story['play'] = async ({ canvasElement }) => {
  const calculator = elementIn<DbiSubsidyCalculator>(canvasElement, 'dbi-subsidy-calculator');
  await fill(calculator, '#sector', 'trade-services');
  await fill(calculator, '#employees', '25');
  await fill(calculator, '#revenue', '20.000.000.000');
};

/** Decree 80/2021 Article 11, in Vietnamese. */
export const Vietnamese: Story = {};

/** The same calculator in English. */
export const English: Story = { args: english };

/** The dark theme. */
export const Dark: Story = { args: dark };

/** An unknown programme id: the calculator names it in an error. */
export const UnknownProgramme: Story = { args: { programme: 'no-such-programme' } };

/** A selection from the picker becomes line items; the figures wait for the profile. */
export const WithSelection: Story = { loaders: [twoPlatforms] };

/** Profile and selection: the size class, support per item and the totals. */
export const Results: Story = { loaders: [twoPlatforms], play: smallBusiness };

/** The results in English. */
export const ResultsEnglish: Story = { args: english, loaders: [twoPlatforms], play: smallBusiness };

/** The results in the dark theme. */
export const ResultsDark: Story = { args: dark, loaders: [twoPlatforms], play: smallBusiness };

/** A headcount that is not a number: the field is marked invalid with a message tied to it. */
export const InvalidInput: Story = {
  play: async ({ canvasElement }) => {
    const calculator = elementIn<DbiSubsidyCalculator>(canvasElement, 'dbi-subsidy-calculator');
    await fill(calculator, '#employees', 'hai mươi');
  },
};
