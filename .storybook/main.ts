import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // Docs pages (autodocs) built from custom-elements.json; see preview.ts.
  addons: ['@storybook/addon-docs'],
  // The stories read only what this Storybook serves, so they work offline: the SAMPLE registry
  // and the bundled methodology file (a URL to show loading from one). Both come from `npm run build`
  // and the engine's data.
  staticDirs: [
    { from: '../packages/registry/dist/sample-registry', to: '/sample-registry' },
    { from: '../packages/engine/src/methodology/data', to: '/methodology' },
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
