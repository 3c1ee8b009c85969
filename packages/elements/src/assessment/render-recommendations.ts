import { html, type TemplateResult } from 'lit';
import { getProgramme, type AssessmentResult, type EnterpriseSize, type Methodology } from '@dbi-kit/engine';
import { formatVnd } from '../internal/money.js';
import { localized, type Lang } from '../internal/lang.js';
import type { AssessmentStrings } from './assessment.translations.js';
import { formatPercent } from './format-figures.js';
import { platformCategoriesFor } from './pillar-platform-categories.js';

/** How many of the lowest-scoring pillars get platform suggestions. */
const WEAKEST = 2;

interface RecommendationsView {
  t: AssessmentStrings;
  lang: Lang;
  methodology: Methodology;
  result: AssessmentResult;
  registry: string;
  pickerUrl: string;
}

function pickerHref(pickerUrl: string, category: string, pillar: string): string {
  const url = new URL(pickerUrl || location.href, document.baseURI);
  url.searchParams.set('category', category);
  url.searchParams.set('pillar', pillar);
  url.hash = pickerUrl ? '' : 'dbi-platform-picker';
  return url.href;
}

/**
 * A category link opens the picker with its filters preset. With no `picker-url` and a
 * `<dbi-platform-picker>` on this page, it sets that picker's `category` and `pillar` and moves
 * focus to it instead of navigating.
 */
function openPicker(event: MouseEvent, pickerUrl: string, category: string, pillar: string): void {
  const picker = pickerUrl ? null : document.querySelector<HTMLElement>('dbi-platform-picker');
  if (!picker || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  picker.setAttribute('category', category);
  picker.setAttribute('pillar', pillar);
  picker.scrollIntoView({ block: 'start' });
  picker.focus();
}

/**
 * The platform categories serving the weakest pillars: links into the picker when `registry` is
 * set and there is a picker to open (`picker-url`, or a `<dbi-platform-picker>` on this page);
 * otherwise plain text, since a link back to this page would reload it.
 */
export function renderPlatformCategories(view: RecommendationsView): TemplateResult {
  const { t, lang } = view;
  const linked = !!view.registry && (!!view.pickerUrl || !!document.querySelector('dbi-platform-picker'));
  const weakest = [...view.result.pillars]
    .filter((pillar) => pillar.percent < 100)
    .sort((a, b) => a.percent - b.percent)
    .slice(0, WEAKEST)
    .map((pillar) => ({ pillar, categories: platformCategoriesFor(pillar.id) }))
    .filter(({ categories }) => categories.length > 0);
  if (weakest.length === 0) return html``;
  return html`<section aria-labelledby="platforms-heading">
    <h3 id="platforms-heading">${t.platformsHeading}</h3>
    <p>${t.platformsLead}</p>
    ${weakest.map(({ pillar, categories }) => {
      const title = localized(view.methodology.pillars.find((p) => p.id === pillar.id)?.title, lang);
      return html`<h4>${title} <span class="muted">(${formatPercent(pillar.percent, lang)})</span></h4>
        <ul class="categories">
          ${categories.map((category) => {
            const name = localized(category.name, lang);
            if (!linked) return html`<li>${name}</li>`;
            return html`<li>
              <a href=${pickerHref(view.pickerUrl, category.id, pillar.id)} @click=${(e: MouseEvent) => openPicker(e, view.pickerUrl, category.id, pillar.id)}
                >${t.findPlatforms(name)}</a
              >
            </li>`;
          })}
        </ul>`;
    })}
  </section>`;
}

/**
 * The support the business may get: for each item kind of the programme that lists its size
 * class, the rate and the cap of the programme's terms. (These are the terms `calculateSubsidy`
 * applies; read from the programme directly, since no cost is known here and no amount is
 * shown, which keeps the subsidy arithmetic and its reasons out of this element's bundle.)
 */
export function renderSubsidyEstimate(view: { t: AssessmentStrings; lang: Lang; size: EnterpriseSize | undefined }): TemplateResult {
  const { t, lang, size } = view;
  const body = (): TemplateResult => {
    if (!size) return html`<p>${t.subsidyNoProfile}</p>`;
    const items = getProgramme().items.flatMap((item) => {
      const terms = item.sizes[size];
      return terms ? [{ ...item, rate: terms.rate.numerator / terms.rate.denominator, cap: terms.cap }] : [];
    });
    if (items.length === 0) return html`<p>${t.subsidyNone}</p>`;
    return html`<p>${t.subsidyLead(t.sizeName(size))}</p>
      <ul class="subsidy-list">
        ${items.map(
          (item) => html`<li>
            <strong>${localized(item.title, lang)}</strong>:
            ${t.subsidyItem(formatPercent(item.rate * 100, lang), formatVnd(item.cap, lang), item.capBasis === 'per-year' ? t.perYear : t.perContract)}
            <span class="muted">(${localized(item.reference, lang)})</span>
          </li>`,
        )}
      </ul>
      <p class="muted">${t.subsidyNote}</p>`;
  };
  return html`<section aria-labelledby="subsidy-heading">
    <h3 id="subsidy-heading">${t.subsidyHeading}</h3>
    ${body()}
  </section>`;
}
