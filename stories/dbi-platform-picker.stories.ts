import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DbiPlatformPicker } from '@dbi-kit/elements';
import '@dbi-kit/elements/dbi-platform-picker';
import { renderFromManifest } from './render-from-manifest.js';
import { loadSampleSnapshot, SAMPLE_REGISTRY, SAMPLE_TRUSTED_KEYS, unreachableRegistry } from './sample-registry.js';
import { dark, english, lookArgs, lookArgTypes, type LookArgs } from './shared-args.js';
import { elementIn, fill } from './user-steps.js';

interface Args extends LookArgs {
  registry: string;
  multiple: boolean;
  trustedKeys?: readonly object[];
}

/** The SAMPLE registry served by this Storybook, its SAMPLE key pinned so certificates show. */
const sample: Partial<Args> = { registry: SAMPLE_REGISTRY, trustedKeys: SAMPLE_TRUSTED_KEYS };

const meta: Meta<Args> = {
  title: 'Elements/dbi-platform-picker',
  component: 'dbi-platform-picker',
  args: { ...lookArgs, registry: unreachableRegistry('registry'), multiple: false },
  argTypes: { ...lookArgTypes, registry: { control: 'text' }, multiple: { control: 'boolean' } },
  render: renderFromManifest('dbi-platform-picker'),
};
export default meta;

type Story = StoryObj<Args>;

/** The registry cannot be reached and there is no snapshot: the error state with a retry button. */
export const RegistryUnreachable: Story = {};

/** The same state in English. */
export const RegistryUnreachableEnglish: Story = { args: english };

/** "Loading platforms…" shows until the registry's platform list has arrived. */
export const Loading: Story = { args: sample };

/** The SAMPLE registry's platforms as cards, with their certificate status. */
export const Results: Story = { args: sample };

/** The same list in English. */
export const ResultsEnglish: Story = { args: { ...sample, ...english } };

/** The same list in the dark theme. */
export const ResultsDark: Story = { args: { ...sample, ...dark } };

/** Several platforms may be chosen. */
export const Multiple: Story = { args: { ...sample, multiple: true } };

/** A search that matches nothing: the empty state. */
export const Empty: Story = {
  args: sample,
  play: async ({ canvasElement }) => {
    const picker = elementIn<DbiPlatformPicker>(canvasElement, 'dbi-platform-picker');
    await fill(picker, '#q', 'zzzz không có nền tảng này');
  },
};

/**
 * The registry cannot be reached, but the page bundles a snapshot of it (`.snapshot`): the
 * list shows with the saved-copy notice.
 */
export const SavedCopy: Story = {
  args: { registry: unreachableRegistry('offline-registry') },
  loaders: [loadSampleSnapshot],
};

/** The saved copy in English. */
export const SavedCopyEnglish: Story = {
  args: { ...english, registry: unreachableRegistry('offline-registry-en') },
  loaders: [loadSampleSnapshot],
};
