import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Answers } from '@dbi-kit/engine';
import type { DbiAssessment } from '@dbi-kit/elements';
import '@dbi-kit/elements/dbi-assessment';
import { renderFromManifest } from './render-from-manifest.js';
import { sampleAnswers } from './sample-answers.js';
import { dark, english, lookArgs, lookArgTypes, type LookArgs } from './shared-args.js';
import { clickUntil, elementIn } from './user-steps.js';

interface Args extends LookArgs {
  autosave: 'on' | 'off';
  methodology?: string;
  answers?: Answers;
}

const meta: Meta<Args> = {
  title: 'Elements/dbi-assessment',
  component: 'dbi-assessment',
  // Autosave off: each story starts as written instead of resuming what another one saved.
  args: { ...lookArgs, autosave: 'off' },
  argTypes: { ...lookArgTypes, autosave: { control: 'inline-radio', options: ['on', 'off'] } },
  render: renderFromManifest('dbi-assessment'),
};
export default meta;

type Story = StoryObj<Args>;

/** Walks to the results with the primary button (Start, Next, …, See results), as a visitor would. */
const walkToResults: Story['play'] = async ({ canvasElement }) => {
  const wizard = elementIn<DbiAssessment>(canvasElement, 'dbi-assessment');
  await clickUntil(wizard, '.nav .primary', () => wizard.currentStep === 'results');
};

/** The wizard's first step in Vietnamese, the default language. */
export const Vietnamese: Story = {};

/** The same wizard in English. */
export const English: Story = { args: english };

/** The dark theme. */
export const Dark: Story = { args: dark };

/**
 * The methodology read from a URL (here the bundled file, served by this Storybook): "Loading…"
 * shows until the file has arrived and been validated, then the first step.
 */
export const Loading: Story = { args: { methodology: 'methodology/dbi-2021-sme.json' } };

/** A methodology URL that answers 404: the error names what failed. */
export const LoadError: Story = { args: { methodology: 'methodology/no-such-methodology.json' } };

/** The same error in English. */
export const LoadErrorEnglish: Story = { args: { ...english, methodology: 'methodology/no-such-methodology.json' } };

/** The results, after every criterion was answered through the `answers` property. */
export const Results: Story = { args: { answers: sampleAnswers() }, play: walkToResults };

/** The results in English. */
export const ResultsEnglish: Story = { args: { ...english, answers: sampleAnswers() }, play: walkToResults };

/** The results in the dark theme. */
export const ResultsDark: Story = { args: { ...dark, answers: sampleAnswers() }, play: walkToResults };
