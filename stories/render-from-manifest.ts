// Renders a tag from its story args, reading custom-elements.json to know what each arg is: an
// attribute (set as an attribute, so the story shows the markup a page would write), an event
// handler (`onDbiPlatformSelect`, logged in the Actions panel) or otherwise a property.
import { getCustomElements } from '@storybook/web-components-vite';

interface ManifestDeclaration {
  tagName?: string;
  attributes?: { name: string; type?: { text?: string } }[];
  events?: { name?: string }[];
}

function declarationOf(tag: string): ManifestDeclaration {
  const manifest = getCustomElements() as { modules: { declarations?: ManifestDeclaration[] }[] };
  const found = manifest.modules.flatMap((mod) => mod.declarations ?? []).find((declaration) => declaration.tagName === tag);
  if (!found) throw new Error(`custom-elements.json does not list <${tag}>: run npm run build`);
  return found;
}

/** `dbi-platform-select` → `onDbiPlatformSelect`, the arg name Storybook gives an event. */
const handlerName = (event: string) => `on${event.replace(/(^|-)([a-z])/gu, (_match, _dash, letter: string) => letter.toUpperCase())}`;

/**
 * A story `render` for `tag`: a fresh element with every arg applied, and with what the story's
 * `loaders` loaded (for example a registry snapshot), which are properties too.
 */
export function renderFromManifest(tag: string) {
  return (args: Record<string, unknown>, { loaded }: { loaded?: Record<string, unknown> } = {}): HTMLElement => {
    const { attributes = [], events = [] } = declarationOf(tag);
    const element = document.createElement(tag);
    for (const [key, value] of Object.entries({ ...args, ...loaded })) {
      if (value === undefined || value === null) continue;
      const event = events.find((entry) => entry.name && handlerName(entry.name) === key);
      if (event?.name) {
        if (typeof value === 'function') element.addEventListener(event.name, value as EventListener);
      } else if (attributes.some((attribute) => attribute.name === key) && typeof value !== 'object') {
        if (typeof value === 'boolean') element.toggleAttribute(key, value);
        else element.setAttribute(key, String(value));
      } else {
        (element as unknown as Record<string, unknown>)[key] = value;
      }
    }
    return element;
  };
}
