import { expect, html } from '@open-wc/testing';
// @ts-expect-error a plain ES module shared with the benchmark
import { generatedRegistry } from '../../bench/generated-registry.mjs';
import { $, cardIds, generatedRegistries, picker, setControl, REGISTRY } from './helpers.js';

const COUNT = 10_000;
const BASE = new URL('../generated-10000/', REGISTRY).href;

describe('<dbi-platform-picker> with 10,000 platforms', () => {
  before(() => generatedRegistries.set(BASE, generatedRegistry(COUNT)));

  it('renders one page of cards, searches all of them, and prints the keystroke-to-list time', async function () {
    this.timeout(60_000);
    const el = await picker(html`<dbi-platform-picker registry=${BASE} lang="en"></dbi-platform-picker>`);
    expect($(el, '.count')!.textContent).to.equal('10000 platforms');
    expect(cardIds(el).length).to.equal(24);
    await setControl(el, '#q', 'ke toan');
    // Every 8th platform is "Kế Toán": 10,000 / 8 = 1,250.
    expect($(el, '.count')!.textContent).to.equal('1250 platforms');
    expect(cardIds(el).length).to.equal(24);

    // A figure, not an assertion: the median time from an input event to the updated list.
    const input = $<HTMLInputElement>(el, '#q')!;
    const queries = ['k', 'ke', 'ke ', 'ke t', 'ke to', 'ke toa', 'ke toan', 'ban', 'ban hang', 'kho'];
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const query of queries) {
        // The private `load` state is replaced when the new answer arrives; read only to time it.
        const state = el as unknown as { load: unknown };
        const before = state.load;
        const start = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input'));
        while (state.load === before) await new Promise((resolve) => setTimeout(resolve, 0));
        await el.updateComplete;
        times.push(performance.now() - start);
      }
    }
    times.sort((a, b) => a - b);
    console.log(`picker, 10,000 platforms: keystroke → updated list median ${times[times.length >> 1]!.toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(1)} ms (${times.length} keystrokes, search and render)`);
  });
});
