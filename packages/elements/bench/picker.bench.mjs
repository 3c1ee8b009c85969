// Benchmark of <dbi-platform-picker> in Chromium with 10,000 platforms, on the built standalone
// bundle (dist/browser/dbi-platform-picker.js): keystroke → updated list painted (the input
// event, the client-side search over the whole registry, and the re-rendered cards; "painted"
// also waits for the next animation frame, up to 16.7 ms at 60 Hz), and the
// first load (registry fetched, validated and indexed → first cards painted).
// Prints figures only (BENCH lines for scripts/bench.mjs); nothing is asserted.
import { benchInChromium, reportMs } from './chromium-bench.mjs';
import { generatedRegistry } from './generated-registry.mjs';

const COUNT = 10_000;
const files = generatedRegistry(COUNT);

await benchInChromium({
  tag: 'dbi-platform-picker',
  viewport: { width: 1280, height: 900 },
  respond(path) {
    if (!path.startsWith('/registry/')) return undefined;
    const body = files[path.slice('/registry/'.length)];
    return body ? { contentType: 'application/json', body: JSON.stringify(body) } : { status: 404, body: '' };
  },
  async measure(page) {
    const figures = await page.evaluate(async () => {
      const { painted, median } = window;
      const cards = (el) => el.shadowRoot.querySelectorAll('[part=card]');

      const loadStart = performance.now();
      const el = document.createElement('dbi-platform-picker');
      el.setAttribute('registry', '/registry/');
      document.body.append(el);
      while (cards(el).length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      await painted();
      const firstLoad = performance.now() - loadStart;

      const input = el.shadowRoot.querySelector('#q');
      const queries = ['k', 'ke', 'ke ', 'ke t', 'ke to', 'ke toa', 'ke toan', 'b', 'ba', 'ban', 'ban h', 'ban hang', 'kho', 'hoa don', 'van tai'];
      const times = [];
      const rendered = [];
      for (let round = 0; round < 5; round++) {
        for (const query of queries) {
          // The picker replaces its private `load` state when a search answers; read only to time it.
          const before = el.load;
          const start = performance.now();
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          const deadline = start + 2000;
          while (el.load === before && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 0));
          await el.updateComplete;
          rendered.push(performance.now() - start);
          await painted();
          times.push(performance.now() - start);
        }
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return { firstLoad, keystroke: median(times), rendered: median(rendered), p95: [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)], n: times.length };
    });

    reportMs(`<dbi-platform-picker>, ${COUNT.toLocaleString('en-US')} platforms: keystroke → updated list rendered (DOM ready, before paint), median of ${figures.n}`, figures.rendered, '≤ 16 ms');
    reportMs(`<dbi-platform-picker>, ${COUNT.toLocaleString('en-US')} platforms: keystroke → updated list painted (includes waiting for the next frame), median of ${figures.n}`, figures.keystroke);
    reportMs(`<dbi-platform-picker>, ${COUNT.toLocaleString('en-US')} platforms: keystroke → updated list painted, 95th percentile`, figures.p95);
    reportMs(`<dbi-platform-picker>, ${COUNT.toLocaleString('en-US')} platforms: registry fetched, validated, indexed → first cards painted`, figures.firstLoad);
  },
});
