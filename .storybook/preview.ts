import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '@dbi-kit/elements/custom-elements.json';

interface Manifest {
  modules: { declarations?: { members?: { privacy?: string; static?: boolean }[] }[] }[];
}

/**
 * The manifest without private and protected members and static fields: Storybook would list
 * them as properties (it does not read `privacy`), but they are not the elements' API.
 */
function publicApiOf(full: Manifest): Manifest {
  return {
    ...full,
    modules: full.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => !member.static && (member.privacy ?? 'public') === 'public'),
      })),
    })),
  };
}

// Controls and the docs pages' tables (attributes, properties, events, parts, CSS custom
// properties) come from custom-elements.json, written by `npm run build`.
setCustomElementsManifest(publicApiOf(manifest as Manifest));

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
};
export default preview;
