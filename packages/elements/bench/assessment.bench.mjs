// Benchmark of <dbi-assessment> in Chromium, on the built standalone bundle
// (dist/browser/dbi-assessment.js, minified, with Lit, the engine and the dbi-2021-sme data):
//   1. element connected → first step painted (the first element on a page, which also
//      freezes and indexes the bundled methodology, and the median of later ones);
//   2. last answer → results painted: the last answer, Next and "See results" clicked back to
//      back, until the results are on screen.
// "Painted" is the first task after the next animation frame, i.e. after the browser painted, so
// it includes waiting for that frame (up to 16.7 ms at 60 Hz); "rendered" stops when the
// element's DOM is complete (`updateComplete`), before layout and paint.
// Prints figures only (see scripts/bench.mjs for the BENCH line format); nothing is asserted.
import { benchInChromium, reportMs } from './chromium-bench.mjs';

const RUNS = 30;

await benchInChromium({
  tag: 'dbi-assessment',
  viewport: { width: 1024, height: 800 },
  async measure(page) {
    const figures = await page.evaluate(async (runs) => {
      const { painted, median } = window;

      const firstStep = [];
      const firstRendered = [];
      for (let i = 0; i < runs; i++) {
        localStorage.clear();
        await painted();
        const start = performance.now();
        const el = document.createElement('dbi-assessment');
        document.body.append(el);
        await el.updateComplete;
        firstRendered.push(performance.now() - start);
        await painted();
        firstStep.push(performance.now() - start);
        if (!el.shadowRoot.querySelector('h2')) throw new Error('no step rendered');
        el.remove();
      }

      const toResults = [];
      const toResultsRendered = [];
      for (let i = 0; i < runs; i++) {
        localStorage.clear();
        const el = document.createElement('dbi-assessment');
        document.body.append(el);
        await el.updateComplete;
        const methodology = el.loadedMethodology;
        const criteria = methodology.pillars.flatMap((p) => p.indices.flatMap((x) => x.criteria));
        const last = [...criteria].reverse().find((c) => c.kind === 'ladder' && c.gate);
        const answers = {};
        for (const c of criteria) if (c !== last) answers[c.id] = c.kind === 'ratio' ? { numerator: 1, denominator: 2 } : 1;
        el.answers = answers;
        const lastPillar = methodology.pillars.find((p) => p.indices.some((x) => x.criteria.includes(last)));
        const nextButton = () => el.shadowRoot.querySelector('.nav .primary');
        while (el.currentStep !== `pillar:${lastPillar.id}`) {
          nextButton().click();
          await el.updateComplete;
        }
        const id = last.id.replaceAll('.', '-');
        el.shadowRoot.querySelector(`input[name="c-${id}-gate"][value="1"]`).click();
        await el.updateComplete;
        await painted();

        const start = performance.now();
        el.shadowRoot.querySelector(`input[name="c-${id}-step"][value="3"]`).click();
        nextButton().click();
        await el.updateComplete;
        nextButton().click();
        await el.updateComplete;
        toResultsRendered.push(performance.now() - start);
        await painted();
        toResults.push(performance.now() - start);
        if (el.currentStep !== 'results' || !el.shadowRoot.querySelector('[part="results"]')) throw new Error('results not shown');
        el.remove();
      }
      return {
        firstCold: firstStep[0],
        firstWarm: median(firstStep.slice(1)),
        firstRendered: median(firstRendered.slice(1)),
        toResults: median(toResults),
        toResultsRendered: median(toResultsRendered),
      };
    }, RUNS);

    reportMs('<dbi-assessment> connected → first step painted, first on the page (freezes and indexes the methodology)', figures.firstCold, '≤ 100 ms');
    reportMs(`<dbi-assessment> connected → first step painted, median of ${RUNS - 1}`, figures.firstWarm, '≤ 50 ms');
    reportMs(`<dbi-assessment> connected → first step rendered (DOM ready, before paint), median of ${RUNS - 1}`, figures.firstRendered, '≤ 16 ms');
    reportMs(`<dbi-assessment> last answer → results painted, median of ${RUNS}`, figures.toResults, '≤ 100 ms');
    reportMs(`<dbi-assessment> last answer → results rendered (DOM ready, before paint), median of ${RUNS}`, figures.toResultsRendered, '≤ 16 ms');
  },
});
