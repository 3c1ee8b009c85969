// Play-function steps that use an element the way a visitor does: clicking its buttons and
// typing into its fields (inside its shadow root), then waiting for it to render.
import type { LitElement } from 'lit';

/** The element story `play` functions receive in `canvasElement`. */
export function elementIn<T extends LitElement>(canvas: HTMLElement, tag: string): T {
  const element = canvas.querySelector<T>(tag);
  if (!element) throw new Error(`The story rendered no <${tag}>`);
  return element;
}

function inside<T extends Element>(element: LitElement, selector: string): T {
  const found = element.renderRoot.querySelector<T>(selector);
  if (!found) throw new Error(`<${element.localName}> shows no ${selector}`);
  return found;
}

/** Clicks the button `selector` until `done()` holds; fails after `max` clicks. */
export async function clickUntil(element: LitElement, selector: string, done: () => boolean, max = 20): Promise<void> {
  await element.updateComplete;
  for (let clicks = 0; !done(); clicks++) {
    if (clicks === max) throw new Error(`${max} clicks on ${selector} did not get there`);
    inside<HTMLButtonElement>(element, selector).click();
    await element.updateComplete;
  }
}

/** Types `value` into the field `selector` (an input or a select), as `input` and `change` events. */
export async function fill(element: LitElement, selector: string, value: string): Promise<void> {
  await element.updateComplete;
  const field = inside<HTMLInputElement | HTMLSelectElement>(element, selector);
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
  await element.updateComplete;
}
