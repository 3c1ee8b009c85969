import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { DBI_PILLAR_IDS } from '@dbi-kit/engine';
import type { Platform, PlatformFilter, PlatformPage, PlatformSort, PlatformSummary, RegistryCategory, RegistryClient, RegistrySnapshot } from '@dbi-kit/registry';
import { DbiElement } from '../internal/dbi-element.js';
import { localized } from '../internal/lang.js';
import { formatVnd, parseVnd } from '../internal/money.js';
import { DbiPlatformSelectEvent } from '../events/dbi-platform-select-event.js';
import { pageFilters } from './page-filters.js';
import { formControlStyles } from '../styles/form-controls.styles.js';
import { pickerStyles } from './picker.styles.js';
import { pickerStrings, type PickerStrings } from './picker.translations.js';
import type { PlatformSelection, SelectedPlatform } from './platform-selection.js';
import { sharedRegistryClient } from './shared-registry-client.js';

/** How many cards "show more" adds. */
const PAGE_SIZE = 24;
const MAX_COMPARE = 3;

/** The search box and the filters, as set. */
interface Filters {
  query: string;
  category: string;
  pillar: string;
  maxPrice: string;
  trialOnly: boolean;
  sort: PlatformSort;
}

type LoadState = { status: 'loading' } | { status: 'ready'; page: PlatformPage; stale: boolean } | { status: 'error'; message: string };
type DetailState = { status: 'loading'; id: string } | { status: 'ready'; platform: Platform; planId: string } | { status: 'error'; id: string; message: string };

/** A certificate check, when the registry client offers one (feature-detected: it is newer than this element). */
type CertificateCheck = (id: string) => Promise<{ status?: unknown }>;

/**
 * Finds certified digital platforms in a `dbi-registry/1` registry and chooses one (or several)
 * with a plan each.
 *
 * @summary Search as you type (accents and case ignored), filters for category, DBI pillar,
 * monthly price and free trial, sorting, cards, a detail view with every plan, compare up to
 * three, and the selection as `dbi-platform-select`. Loading, empty, error-with-retry and
 * saved-copy states.
 * @tag dbi-platform-picker
 * @status experimental
 * @since 0.1.0
 * @dependency @dbi-kit/registry
 *
 * @event {DbiPlatformSelectEvent} dbi-platform-select - The selection changed. `detail`: `{ platforms: [{ id, name, vendor, plan }] }`.
 *
 * @csspart base - The picker's frame.
 * @csspart filters - The search box and filters.
 * @csspart count - The result count.
 * @csspart notice - The saved-copy notice.
 * @csspart list - The list of cards.
 * @csspart card - One platform card.
 * @csspart detail - The detail view with the plans.
 * @csspart compare - The comparison table.
 * @csspart selection - The chosen platforms.
 *
 * @cssprop --dbi-picker-max-width - Maximum width (default `64rem`).
 * @cssprop --dbi-color-primary - Buttons.
 * @cssprop --dbi-color-warning - The saved-copy notice.
 * @cssprop --dbi-color-on-primary - Text on primary.
 * @cssprop --dbi-color-background - Background.
 * @cssprop --dbi-color-text - Text.
 * @cssprop --dbi-color-muted - Secondary text.
 * @cssprop --dbi-color-surface - Cards, tracks.
 * @cssprop --dbi-color-border - Borders.
 * @cssprop --dbi-color-success - Success states.
 * @cssprop --dbi-focus-ring - The focus ring (a box-shadow).
 * @cssprop --dbi-radius - Corner radius.
 * @cssprop --dbi-space - Base spacing.
 * @cssprop --dbi-font-family - Font.
 * @cssprop --dbi-font-size - Base font size.
 * @cssprop --dbi-color-danger - Errors and invalid fields.
 *
 * @example
 * <dbi-platform-picker registry="/registry/" pillar="operations" multiple></dbi-platform-picker>
 */
export class DbiPlatformPicker extends DbiElement {
  static override styles = [...DbiElement.styles, formControlStyles, pickerStyles];

  // Not decorators: see DbiElement.properties.
  static override properties: PropertyDeclarations = {
    registry: { reflect: true },
    category: { reflect: true },
    pillar: { reflect: true },
    multiple: { type: Boolean, reflect: true },
    trustedKeys: { attribute: false },
    snapshot: { attribute: false },
    filters: { state: true, attribute: false },
    shown: { state: true, attribute: false },
    load: { state: true, attribute: false },
    categories: { state: true, attribute: false },
    detail: { state: true, attribute: false },
    compared: { state: true, attribute: false },
    chosen: { state: true, attribute: false },
    certificates: { state: true, attribute: false },
  };

  /** The registry's base URL (where `registry.json` is), absolute or relative to the page. */
  registry = '';

  /** Presets the category filter (a category id). Without it, `?category=` in the page URL. */
  category: string | null = null;

  /** Presets the pillar filter (a DBI pillar id). Without it, `?pillar=` in the page URL. */
  pillar: string | null = null;

  /** Allows choosing several platforms; otherwise a new choice replaces the previous one. */
  multiple = false;

  /**
   * The Ed25519 public JWKs that may sign certificates (see the registry README,
   * `trustedKeys`). Read when the page's client for `registry` is first created. Cards show a
   * certificate status only when keys are pinned.
   */
  trustedKeys: readonly object[] = [];

  /**
   * The registry documents to fall back on when the registry cannot be reached (see the
   * registry README, `snapshot`). Read when the page's client for `registry` is first created.
   */
  snapshot: RegistrySnapshot | undefined;

  // One object, so that one changed property means "search again".
  private filters: Filters = { query: '', category: '', pillar: '', maxPrice: '', trialOnly: false, sort: 'relevance' };
  private shown = PAGE_SIZE;
  private load: LoadState = { status: 'loading' };
  private categories: readonly RegistryCategory[] = [];
  private detail: DetailState | null = null;
  // The compared platforms' summaries, kept whatever the search shows.
  private compared: PlatformSummary[] = [];
  private chosen: SelectedPlatform[] = [];
  private certificates = new Map<string, string>();
  // Platforms whose certificate was asked for (answered or not), so none is checked twice.
  #certificatesAsked = new Set<string>();

  #client?: RegistryClient;
  #request?: AbortController;

  /** The platforms and plans chosen, in the order chosen. */
  get selection(): PlatformSelection {
    return { platforms: structuredClone(this.chosen) };
  }

  /**
   * Moves focus into the picker: to the search box, or to the heading of the detail view when
   * one is open (the assessment's category links call this). Not `delegatesFocus`, which would
   * also send a click on a card's text to the search box and scroll the page up to it.
   */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('#q, #detail-heading')?.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#request?.abort();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // What was known about the previous registry's platforms (ids may mean others here) goes.
    if (changed.has('registry')) {
      this.certificates = new Map();
      this.#certificatesAsked = new Set();
      this.compared = [];
      this.detail = null;
      this.categories = [];
      this.load = { status: 'loading' };
      if (this.chosen.length > 0) this.#setChosen([]);
    }
    if (changed.has('category') || changed.has('pillar')) {
      const fromPage = pageFilters();
      this.#setFilters({ category: this.category ?? fromPage.category, pillar: this.pillar ?? fromPage.pillar });
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('registry')) {
      this.#connectRegistry();
      return;
    }
    if (changed.has('filters')) void this.#search();
    // New results, or "Show more": check the cards shown (those already asked are skipped).
    if ((changed.has('load') || changed.has('shown')) && this.load.status === 'ready') void this.#checkCertificates(this.load.page.items.slice(0, this.shown));
  }

  #connectRegistry(): void {
    this.#client = undefined;
    if (!this.registry) return;
    try {
      this.#client = sharedRegistryClient(this.registry, { snapshot: this.snapshot, trustedKeys: this.trustedKeys });
    } catch (error) {
      this.load = { status: 'error', message: (error as Error).message };
      return;
    }
    void this.#loadCategories();
    void this.#search();
  }

  async #loadCategories(): Promise<void> {
    const client = this.#client;
    try {
      const { data } = await client!.getRegistry();
      if (client === this.#client) this.categories = data.categories;
    } catch {
      // The list still works without category names; the search reports the failure.
    }
  }

  #filter(): PlatformFilter | null {
    const filter: { -readonly [K in keyof PlatformFilter]: PlatformFilter[K] } = {};
    const { query, category, pillar, maxPrice, trialOnly, sort } = this.filters;
    if (query.trim()) filter.q = query;
    if (category) filter.category = category;
    if (pillar) filter.pillar = pillar as PlatformFilter['pillar'];
    if (trialOnly) filter.hasTrial = true;
    if (maxPrice.trim()) {
      const max = parseVnd(maxPrice);
      if (max === undefined) return null;
      filter.maxMonthlyPrice = max;
    }
    // Relevance means nothing without words: fall back to the registry's default (by name).
    filter.sort = sort === 'relevance' && !filter.q ? 'name' : sort;
    return filter;
  }

  /** Sets some filters; setting them to what they already are does not search again. */
  #setFilters(changes: Partial<Filters>): void {
    const filters = { ...this.filters, ...changes };
    if ((Object.keys(changes) as (keyof Filters)[]).some((key) => filters[key] !== this.filters[key])) this.filters = filters;
  }

  /** Runs the current filters; an older answer arriving late is dropped with its request. */
  async #search(): Promise<void> {
    const client = this.#client;
    const filter = this.#filter();
    if (!client || !filter) return;
    this.#request?.abort();
    const request = (this.#request = new AbortController());
    if (this.load.status === 'error') this.load = { status: 'loading' };
    try {
      const result = await client.listPlatforms(filter, { signal: request.signal });
      if (request.signal.aborted) return;
      this.load = { status: 'ready', page: result.data, stale: result.stale };
      this.shown = PAGE_SIZE;
    } catch (error) {
      if (request.signal.aborted) return;
      this.load = { status: 'error', message: (error as Error).message };
    }
  }

  async #checkCertificates(platforms: readonly PlatformSummary[]): Promise<void> {
    const client = this.#client;
    const asked = this.#certificatesAsked;
    const verify = (client as unknown as { verifyCertificate?: CertificateCheck } | null)?.verifyCertificate;
    // Without pinned keys every certificate would read "signed by a key that is not trusted",
    // which says nothing about the platform: statuses are shown only when the page pins keys.
    if (typeof verify !== 'function' || client!.trustedKeys.length === 0) return;
    for (const { id } of platforms) {
      if (asked.has(id)) continue;
      asked.add(id);
      try {
        const { status } = await verify.call(client, id);
        // A registry changed meanwhile started a new set: this answer is about the old one.
        if (asked !== this.#certificatesAsked) return;
        if (typeof status === 'string') this.certificates = new Map(this.certificates).set(id, status);
      } catch {
        // No certificate status is shown rather than a wrong one.
      }
    }
  }

  async #openDetail(id: string): Promise<void> {
    const client = this.#client;
    this.detail = { status: 'loading', id };
    try {
      const { data } = await client!.getPlatform(id);
      if (client !== this.#client) return;
      const current = this.chosen.find((platform) => platform.id === id)?.plan.id;
      this.detail = { status: 'ready', platform: data, planId: current ?? data.plans[0]!.id };
    } catch (error) {
      this.detail = { status: 'error', id, message: (error as Error).message };
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#detail-heading')?.focus();
  }

  async #closeDetail(): Promise<void> {
    const id = this.detail?.status === 'ready' ? this.detail.platform.id : this.detail?.id;
    this.detail = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-platform="${id}"] .open`)?.focus();
  }

  #choose(platform: Platform, planId: string): void {
    const plan = platform.plans.find((p) => p.id === planId)!;
    const choice: SelectedPlatform = {
      id: platform.id,
      name: platform.name,
      vendor: platform.vendor.name,
      plan: { id: plan.id, name: { vi: plan.name.vi, en: plan.name.en }, price: plan.price, billingPeriod: plan.billingPeriod },
    };
    const others = this.multiple ? this.chosen.filter((p) => p.id !== platform.id) : [];
    this.#setChosen([...others, choice]);
  }

  #setChosen(chosen: SelectedPlatform[]): void {
    this.chosen = chosen;
    this.dispatchEvent(new DbiPlatformSelectEvent(this.selection));
  }

  #toggleCompare(platform: PlatformSummary, on: boolean): void {
    const others = this.compared.filter((c) => c.id !== platform.id);
    this.compared = on ? [...others, platform].slice(0, MAX_COMPARE) : others;
  }

  /** The comparison's remove button: focus moves to the next column's, else to the search box. */
  async #uncompare(platform: PlatformSummary): Promise<void> {
    this.#toggleCompare(platform, false);
    await this.updateComplete;
    (this.renderRoot.querySelector<HTMLElement>('.uncompare') ?? this.renderRoot.querySelector<HTMLElement>('#q'))?.focus();
  }

  #categoryName(id: string): string {
    const category = this.categories.find((c) => c.id === id);
    return category ? localized(category.name, this.language) : id;
  }

  #priceText(t: PickerStrings, price: number | null): string {
    return price === null ? t.priceOnRequest : t.priceFrom(formatVnd(price, this.language));
  }

  override render(): TemplateResult {
    const t = this.strings(pickerStrings);
    return html`<section part="base" class="picker" aria-labelledby="title">
      <h2 id="title">${t.title}</h2>
      ${this.detail ? this.#renderDetail(t, this.detail) : html`${this.#renderFilters(t)} ${this.#renderList(t)} ${this.#renderCompare(t)}`}
      ${this.#renderSelection(t)}
    </section>`;
  }

  #renderFilters(t: PickerStrings): TemplateResult {
    const { query, category, pillar, maxPrice, trialOnly, sort } = this.filters;
    const badPrice = maxPrice.trim() !== '' && parseVnd(maxPrice) === undefined;
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
    return html`<div part="filters" class="filters" role="search">
      <div class="field">
        <label for="q">${t.search}</label>
        <input id="q" type="search" .value=${query} aria-describedby="q-help" autocomplete="off" @input=${(e: Event) => this.#setFilters({ query: value(e) })} />
        <span class="help" id="q-help">${t.searchHelp}</span>
      </div>
      <div class="field">
        <label for="category">${t.category}</label>
        <select id="category" @change=${(e: Event) => this.#setFilters({ category: value(e) })}>
          <option value="" ?selected=${!category}>${t.any}</option>
          ${this.categories.map((c) => html`<option value=${c.id} ?selected=${c.id === category}>${localized(c.name, this.language)}</option>`)}
          ${category && !this.categories.some((c) => c.id === category) ? html`<option value=${category} selected>${category}</option>` : nothing}
        </select>
      </div>
      <div class="field">
        <label for="pillar">${t.pillar}</label>
        <select id="pillar" @change=${(e: Event) => this.#setFilters({ pillar: value(e) })}>
          <option value="" ?selected=${!pillar}>${t.any}</option>
          ${DBI_PILLAR_IDS.map((id) => html`<option value=${id} ?selected=${id === pillar}>${t.pillarName(id)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="max-price">${t.maxPrice}</label>
        <input id="max-price" inputmode="numeric" .value=${maxPrice} aria-invalid=${badPrice ? 'true' : 'false'} aria-describedby="max-price-error"
          @input=${(e: Event) => this.#setFilters({ maxPrice: value(e) })} />
        <p class="error" id="max-price-error" aria-live="polite">${badPrice ? t.notAnAmount : ''}</p>
      </div>
      <label class="check"><input id="trial" type="checkbox" .checked=${trialOnly} @change=${(e: Event) => this.#setFilters({ trialOnly: (e.target as HTMLInputElement).checked })} />${t.trialOnly}</label>
      <div class="field">
        <label for="sort">${t.sort}</label>
        <select id="sort" @change=${(e: Event) => this.#setFilters({ sort: value(e) as PlatformSort })}>
          <option value="relevance" ?selected=${sort === 'relevance'}>${t.sortRelevance}</option>
          <option value="price" ?selected=${sort === 'price'}>${t.sortPrice}</option>
          <option value="name" ?selected=${sort === 'name'}>${t.sortName}</option>
        </select>
      </div>
    </div>`;
  }

  #renderList(t: PickerStrings): TemplateResult {
    const load = this.load;
    if (!this.registry) return html``;
    if (load.status === 'loading') return html`<p class="loading" role="status">${t.loading}</p>`;
    if (load.status === 'error') {
      return html`<div class="error-state" role="alert">
        <p class="error">${t.error(load.message)}</p>
        <button type="button" class="retry" @click=${() => void this.#search()}>${t.retry}</button>
      </div>`;
    }
    const { items, total } = load.page;
    const visible = items.slice(0, this.shown);
    return html`
      ${load.stale ? html`<p part="notice" class="notice stale" role="status">${t.stale}</p>` : nothing}
      <p part="count" class="count" role="status">${t.results(total)}</p>
      ${total === 0 ? html`<p class="empty">${t.empty}</p>` : nothing}
      <ul part="list" class="cards">${visible.map((platform) => this.#renderCard(t, platform))}</ul>
      ${visible.length < items.length
        ? html`<button type="button" class="more" @click=${() => (this.shown += PAGE_SIZE)}>${t.showMore(visible.length, total)}</button>`
        : nothing}
      ${this.compared.length >= MAX_COMPARE ? html`<p class="help">${t.compareFull}</p>` : nothing}
    `;
  }

  #renderCard(t: PickerStrings, platform: PlatformSummary): TemplateResult {
    const compared = this.compared.some((c) => c.id === platform.id);
    const chosen = this.chosen.find((p) => p.id === platform.id);
    const certificate = this.certificates.get(platform.id);
    return html`<li part="card" class="card" data-platform=${platform.id}>
      <h3 class="name">${platform.name}</h3>
      <p class="vendor"><span class="meta">${t.vendor}:</span> ${platform.vendor.name}</p>
      <p class="summary">${localized(platform.summary, this.language)}</p>
      <p class="meta categories">${t.categories}: ${platform.categories.map((id) => this.#categoryName(id)).join(', ')}</p>
      <p class="meta pillars">${t.pillars}: ${platform.pillars.map((id) => t.pillarName(id)).join(', ')}</p>
      <p class="price">${this.#priceText(t, platform.monthlyPriceFrom)}</p>
      <p class="trial">${platform.trialDays ? t.trial(platform.trialDays) : t.noTrial}</p>
      ${certificate ? html`<p class="certificate">${t.certificateStatus(certificate)}</p>` : nothing}
      ${chosen ? html`<p class="chosen"><strong>${t.selected}: ${localized(chosen.plan.name, this.language)}</strong></p>` : nothing}
      <div class="actions">
        <button type="button" class="open" @click=${() => void this.#openDetail(platform.id)}>${t.plans(platform.name)}</button>
        <label class="check"><input type="checkbox" class="compare" .checked=${compared} ?disabled=${!compared && this.compared.length >= MAX_COMPARE}
          @change=${(e: Event) => this.#toggleCompare(platform, (e.target as HTMLInputElement).checked)} />${t.compare(platform.name)}</label>
      </div>
    </li>`;
  }

  #renderDetail(t: PickerStrings, detail: DetailState): TemplateResult {
    const back = html`<button type="button" class="back" @click=${() => void this.#closeDetail()}>${t.back}</button>`;
    if (detail.status === 'loading') return html`<div part="detail"><p role="status" id="detail-heading" tabindex="-1">${t.loading}</p>${back}</div>`;
    if (detail.status === 'error') {
      return html`<div part="detail" role="alert"><p class="error" id="detail-heading" tabindex="-1">${t.error(detail.message)}</p>
        <div class="actions"><button type="button" @click=${() => void this.#openDetail(detail.id)}>${t.retry}</button>${back}</div></div>`;
    }
    const { platform, planId } = detail;
    return html`<section part="detail" class="detail" aria-labelledby="detail-heading">
      <h3 id="detail-heading" tabindex="-1">${platform.name}</h3>
      <p><span class="meta">${t.vendor}:</span> ${platform.vendor.name}</p>
      <p class="description">${localized(platform.description, this.language)}</p>
      <p>${platform.trial ? `${t.trial(platform.trial.days)} — ${localized(platform.trial.terms, this.language)}` : t.noTrial}</p>
      <fieldset class="plans">
        <legend>${t.choosePlan}</legend>
        ${platform.plans.map((plan) => html`<label class="check plan">
            <input type="radio" name="plan" value=${plan.id} .checked=${plan.id === planId}
              @change=${() => (this.detail = { status: 'ready', platform, planId: plan.id })} />
            <span>${localized(plan.name, this.language)} —
              ${plan.price === null ? t.priceOnRequest : t.perPeriod(formatVnd(plan.price, this.language), plan.billingPeriod)}
              ${plan.note ? html`<span class="meta">(${localized(plan.note, this.language)})</span>` : nothing}</span>
          </label>`)}
      </fieldset>
      <div class="actions">
        <button type="button" class="primary select" @click=${() => this.#choose(platform, planId)}>${t.select}</button>
        ${back}
      </div>
    </section>`;
  }

  #renderCompare(t: PickerStrings): TemplateResult | typeof nothing {
    const platforms = this.compared;
    if (platforms.length < 2) return nothing;
    const row = (label: string, cell: (p: PlatformSummary) => string) =>
      html`<tr><th scope="row">${label}</th>${platforms.map((p) => html`<td>${cell(p)}</td>`)}</tr>`;
    return html`<section part="compare" class="compare" aria-labelledby="compare-heading">
      <h3 id="compare-heading">${t.compareHeading}</h3>
      <div class="table-wrap"><table>
        <thead><tr><td></td>${platforms.map((p) => html`<th scope="col">${p.name}</th>`)}</tr></thead>
        <tbody>
          ${row(t.vendor, (p) => p.vendor.name)}
          ${row(t.categories, (p) => p.categories.map((id) => this.#categoryName(id)).join(', '))}
          ${row(t.pillars, (p) => p.pillars.map((id) => t.pillarName(id)).join(', '))}
          ${row(t.price, (p) => this.#priceText(t, p.monthlyPriceFrom))}
          ${row(t.trialColumn, (p) => (p.trialDays ? t.trial(p.trialDays) : t.noTrial))}
        </tbody>
        <tfoot><tr><td></td>${platforms.map((p) => html`<td><button type="button" class="uncompare" @click=${() => void this.#uncompare(p)}>${t.uncompare(p.name)}</button></td>`)}</tr></tfoot>
      </table></div>
    </section>`;
  }

  #renderSelection(t: PickerStrings): TemplateResult | typeof nothing {
    if (this.chosen.length === 0) return nothing;
    return html`<section part="selection" class="selection" aria-labelledby="selection-heading">
      <h3 id="selection-heading">${t.selectionHeading}</h3>
      <ul>
        ${this.chosen.map((p) => html`<li>
            ${p.name} — ${localized(p.plan.name, this.language)}
            <button type="button" class="remove" @click=${() => this.#setChosen(this.chosen.filter((c) => c.id !== p.id))}>${t.remove(p.name)}</button>
          </li>`)}
      </ul>
    </section>`;
  }
}
