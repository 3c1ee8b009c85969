import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/dbi-platform-picker.js';
import type { DbiPlatformPicker } from '../../src/picker/picker.js';

/** The fixture registry, served by the test runner's own HTTP server. */
export const REGISTRY = new URL('./fixtures/registry/', import.meta.url).href;

// Registries generated inside a test (10,000 platforms) are answered from memory; every other
// request, the fixture registry included, goes over HTTP to the test runner's own server.
const networkFetch = window.fetch.bind(window);

/** Registries made up in the test itself, by base URL: each document's JSON by file name. */
export const generatedRegistries = new Map<string, Record<string, unknown>>();

window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  for (const [base, documents] of generatedRegistries) {
    if (!url.href.startsWith(base)) continue;
    const document = documents[url.href.slice(base.length)];
    return document === undefined
      ? new Response('{}', { status: 404, headers: { 'content-type': 'application/json' } })
      : new Response(JSON.stringify(document), { status: 200, headers: { 'content-type': 'application/json' } });
  }
  return networkFetch(input, init);
};

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** The ids of the cards shown, in order. */
export const cardIds = (el: DbiPlatformPicker) => $$(el, '[part=card]').map((card) => card.dataset.platform);

/** Waits for the list (or an error) to be shown. */
export async function settled(el: DbiPlatformPicker): Promise<void> {
  await waitUntil(() => $(el, '.count, .error-state'), 'the list or an error shows', { timeout: 8000 });
  await el.updateComplete;
}

/** A picker on the fixture registry, with its list shown. */
export async function picker(template = html`<dbi-platform-picker registry=${REGISTRY} lang="en"></dbi-platform-picker>`): Promise<DbiPlatformPicker> {
  const el = await fixture<DbiPlatformPicker>(template);
  await settled(el);
  return el;
}

/** Sets a form control's value as a user would, and waits for the new list. */
export async function setControl(el: DbiPlatformPicker, selector: string, value: string | boolean): Promise<void> {
  const control = $<HTMLInputElement>(el, selector)!;
  if (typeof value === 'boolean') control.checked = value;
  else control.value = value;
  control.dispatchEvent(new Event(control.tagName === 'SELECT' || control.type === 'checkbox' ? 'change' : 'input'));
  await el.updateComplete;
  // The search runs after the update; listPlatforms answers from the loaded document.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
}
