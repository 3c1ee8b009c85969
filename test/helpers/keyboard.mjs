// Keyboard-only driving of a page whose controls live in shadow roots: what has focus, and
// Tab until the right control has it, as a keyboard user would.

// Runs in the page: the focused element, looking through shadow roots, and the element whose
// shadow root holds it (null when it is in the document itself).
function focusWalk() {
  let active = document.activeElement;
  let owner = null;
  while (active?.shadowRoot?.activeElement) {
    owner = active;
    active = active.shadowRoot.activeElement;
  }
  return { active, owner };
}

/**
 * Whether the focused element, looking through shadow roots, is `selector` (evaluated in its own
 * shadow root's scope) inside `<host>`, and a description of where focus is.
 * @param {import('playwright-core').Page} page
 * @param {string} host the custom element's tag
 * @param {string} selector
 */
export async function focusedMatches(page, host, selector) {
  const focus = await page.evaluateHandle(focusWalk);
  return focus.evaluate(
    ({ active, owner }, [hostTag, css]) => ({
      ok: owner?.localName === hostTag && !!active?.matches(css),
      at: `<${active?.localName} id="${active?.id ?? ''}" class="${active?.className ?? ''}"> in <${owner?.localName ?? 'document'}>`,
    }),
    [host, selector],
  );
}

/**
 * The focused element itself, looking through shadow roots, as a handle.
 * @param {import('playwright-core').Page} page
 */
export async function focusedElement(page) {
  return (await page.evaluateHandle(focusWalk)).getProperty('active');
}

/**
 * Presses Tab until the focused control is `selector` inside `<host>`'s shadow root.
 * @param {import('playwright-core').Page} page
 * @param {string} host the custom element's tag
 * @param {string} selector
 * @param {number} max
 */
export async function tabTo(page, host, selector, max = 60) {
  let last = '';
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const { ok, at } = await focusedMatches(page, host, selector);
    if (ok) return;
    last = at;
  }
  throw new Error(`Tab never reached ${selector} in <${host}> after ${max} presses; focus is on ${last}`);
}

/** Presses `key` `times` times. */
export async function pressTimes(page, key, times) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}
