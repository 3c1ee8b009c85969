import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  ENTERPRISE_SECTORS,
  calculateSubsidy,
  classifyEnterprise,
  getProgramme,
  priorityGroups,
  type EnterpriseClassification,
  type EnterpriseSector,
  type PriorityGroupsResult,
  type Programme,
  type SubsidyItemInput,
  type SubsidyResult,
} from '@dbi-kit/engine';
import { DbiElement } from '../internal/dbi-element.js';
import { localized, numberLocale } from '../internal/lang.js';
import { formatVnd } from '../internal/money.js';
import { DbiSubsidyChangeEvent } from '../events/dbi-subsidy-change-event.js';
import { DbiPlatformSelectEvent } from '../events/dbi-platform-select-event.js';
import type { PlatformSelection, SelectedPlatform } from '../picker/platform-selection.js';
import { formControlStyles } from '../styles/form-controls.styles.js';
import { calculatorStyles } from './calculator.styles.js';
import { calculatorStrings, type CalculatorStrings } from './calculator.translations.js';
import { checkSelectedItem, checkTypedItem, type CheckedItem, type TypedItem } from './line-items.js';
import { READERS, readCount, readPercent, readMoney, type FieldKind } from './profile-figures.js';

/** The profile as typed. */
interface ProfileDraft {
  sector: string;
  employees: string;
  revenue: string;
  capital: string;
  womenShare: string;
  womanManager: boolean;
  femaleEmployees: string;
  socialEnterprise: boolean;
}

type ProfileField = keyof ProfileDraft;

let nextId = 0;

/**
 * How much of a digital-transformation purchase the State can pay, under Decree 80/2021/NĐ-CP.
 *
 * @summary Business profile → size class with its reasons; line items typed in or taken from a
 * `<dbi-platform-picker>`; per item the rate, cap, support, amount left to pay and the legal
 * reason; totals; the priority-group note; a print view.
 * @tag dbi-subsidy-calculator
 * @status experimental
 * @since 0.1.0
 * @dependency @dbi-kit/engine
 *
 * @event {DbiSubsidyChangeEvent} dbi-subsidy-change - The figures changed. `detail`: `{ size, result }`.
 *
 * @csspart base - The calculator's frame.
 * @csspart profile - The business-profile fields.
 * @csspart size - The size class and its reasons.
 * @csspart items - The line items.
 * @csspart results - The results table and totals.
 * @csspart priority-note - The priority-group note.
 *
 * @cssprop --dbi-calculator-max-width - Maximum width (default `64rem`).
 * @cssprop --dbi-color-primary - Buttons.
 * @cssprop --dbi-color-danger - Validation messages.
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
 * @cssprop --dbi-color-warning - Warnings.
 *
 * @example
 * <dbi-platform-picker id="picker" registry="/registry/" multiple></dbi-platform-picker>
 * <dbi-subsidy-calculator for="picker"></dbi-subsidy-calculator>
 */
export class DbiSubsidyCalculator extends DbiElement {
  static override styles = [...DbiElement.styles, formControlStyles, calculatorStyles];

  // Not decorators: see DbiElement.properties.
  static override properties: PropertyDeclarations = {
    programme: { reflect: true },
    htmlFor: { attribute: 'for', reflect: true },
    selection: { attribute: false },
    profile: { state: true, attribute: false },
    typedItems: { state: true, attribute: false },
    months: { state: true, attribute: false },
  };

  /** The programme whose rules apply (an id bundled with `@dbi-kit/engine`). */
  programme = 'decree-80-2021';

  /** The id of a `<dbi-platform-picker>` on the page whose selection becomes line items. */
  htmlFor = '';

  /** The platforms and plans to price, as `dbi-platform-select` carries them. Set by `for`, or directly. */
  selection: PlatformSelection = { platforms: [] };

  private profile: ProfileDraft = {
    sector: '', employees: '', revenue: '', capital: '', womenShare: '', womanManager: false, femaleEmployees: '', socialEnterprise: false,
  };
  private typedItems: TypedItem[] = [];
  private months = new Map<string, string>();

  // Aborted to remove the listeners on the document (or shadow root).
  #listening?: AbortController;
  // Listens on the document (or shadow root) rather than on the picker itself, so a picker placed
  // after the calculator, or replaced later, is still heard.
  readonly #onSelect = (event: Event) => {
    if (this.htmlFor && (event.target as Element | null)?.id === this.htmlFor) this.selection = (event as DbiPlatformSelectEvent).detail;
  };

  /** The current answer: what `dbi-subsidy-change` last carried. */
  get result(): SubsidyResult | null {
    return this.#computed().result;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#attachPicker();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#detachPicker();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('htmlFor') && this.isConnected) this.#attachPicker();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    // `language` too: a chosen plan's line label is in the language shown.
    if (['selection', 'profile', 'typedItems', 'months', 'programme', 'language'].some((key) => changed.has(key))) {
      const { classification, result } = this.#computed();
      this.dispatchEvent(new DbiSubsidyChangeEvent({ size: classification?.size ?? null, result }));
    }
  }

  // A <dbi-assessment> on the same page that completes hands over the profile it asked for,
  // so the business does not type its sector and figures twice.
  readonly #onAssessmentComplete = (event: Event) => {
    const profile = (event as CustomEvent<{ profile?: Partial<Record<'sector' | 'employees' | 'revenue' | 'capital', string | number>> }>).detail?.profile;
    if (!profile) return;
    const next = { ...this.profile };
    for (const field of ['sector', 'employees', 'revenue', 'capital'] as const) {
      const value = profile[field];
      if (value !== undefined && value !== null) next[field] = String(value);
    }
    this.profile = next;
  };

  #attachPicker(): void {
    this.#detachPicker();
    const root = this.getRootNode() as Document | ShadowRoot;
    const { signal } = (this.#listening = new AbortController());
    root.addEventListener('dbi-assessment-complete', this.#onAssessmentComplete, { signal });
    if (!this.htmlFor) return;
    root.addEventListener(DbiPlatformSelectEvent.eventName, this.#onSelect, { signal });
    const picker = root.getElementById?.(this.htmlFor) as (Element & { selection?: PlatformSelection }) | null;
    if (picker?.selection) this.selection = picker.selection;
  }

  #detachPicker(): void {
    this.#listening?.abort();
  }

  #loadProgramme(): { programme?: Programme; error?: string } {
    try {
      return { programme: getProgramme(this.programme) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }

  #classification(programme: Programme): EnterpriseClassification | null {
    const { sector } = this.profile;
    const employees = readCount(this.profile.employees);
    const revenue = readMoney(this.profile.revenue);
    const capital = readMoney(this.profile.capital);
    if (!(ENTERPRISE_SECTORS as readonly string[]).includes(sector) || employees === undefined) return null;
    if ([employees, revenue, capital].some((value) => Number.isNaN(value))) return null;
    if (revenue === undefined && capital === undefined) return null;
    try {
      return classifyEnterprise({ sector: sector as EnterpriseSector, employees, revenue: revenue ?? null, capital: capital ?? null }, programme);
    } catch {
      return null;
    }
  }

  #priority(): PriorityGroupsResult | undefined {
    const p = this.profile;
    const share = readPercent(p.womenShare);
    const employees = readCount(p.employees);
    const women = readCount(p.femaleEmployees);
    if (share === undefined && women === undefined && !p.socialEnterprise && !p.womanManager) return undefined;
    try {
      return priorityGroups({
        womenCapitalShare: (share ?? 0) / 100,
        womanManager: p.womanManager,
        employees: employees ?? 0,
        femaleEmployees: women ?? 0,
        socialEnterprise: p.socialEnterprise,
      });
    } catch {
      return undefined;
    }
  }

  #monthsOf(platform: SelectedPlatform): string {
    return this.months.get(`${platform.id}/${platform.plan.id}`) ?? '12';
  }

  #checkedSelected(platform: SelectedPlatform): CheckedItem {
    const text = this.#monthsOf(platform).trim();
    return checkSelectedItem(platform, /^\d+$/u.test(text) ? Number(text) : Number.NaN, this.language);
  }

  #computed(): { programme?: Programme; programmeError?: string; classification: EnterpriseClassification | null; result: SubsidyResult | null } {
    const { programme, error } = this.#loadProgramme();
    if (!programme) return { programmeError: error, classification: null, result: null };
    const classification = this.#classification(programme);
    if (!classification) return { programme, classification, result: null };
    const items: SubsidyItemInput[] = [
      ...this.selection.platforms.map((platform) => this.#checkedSelected(platform).input),
      ...this.typedItems.map((item) => checkTypedItem(item).input),
    ].filter((item): item is SubsidyItemInput => item !== undefined);
    const priority = this.#priority();
    const result = calculateSubsidy({ size: classification.size, items, ...(priority ? { priority } : {}) }, programme);
    return { programme, classification, result };
  }

  #setProfile(field: ProfileField, value: string | boolean): void {
    this.profile = { ...this.profile, [field]: value };
  }

  #addItem(programme: Programme): void {
    const kind = programme.items.find((item) => item.kind === 'dx-solution')?.kind ?? programme.items[0]?.kind ?? '';
    const id = `item-${++nextId}`;
    this.typedItems = [...this.typedItems, { id, kind, label: '', cost: '' }];
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${id}-label`)?.focus());
  }

  #setItem(id: string, field: keyof TypedItem, value: string): void {
    this.typedItems = this.typedItems.map((item) => (item.id === id ? { ...item, [field]: value } : item));
  }

  #removeItem(id: string): void {
    this.typedItems = this.typedItems.filter((item) => item.id !== id);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#add-item')?.focus());
  }

  #setMonths(key: string, value: string): void {
    this.months = new Map(this.months).set(key, value);
  }

  override render(): TemplateResult {
    const t = this.strings(calculatorStrings);
    const { programme, programmeError, classification, result } = this.#computed();
    if (!programme) {
      return html`<div part="base" class="calculator"><p class="error" role="alert">${t.programmeError(programmeError ?? '')}</p></div>`;
    }
    return html`
      <section part="base" class="calculator" aria-labelledby="title">
        <h2 id="title">${t.title}</h2>
        <p class="help">${localized(programme.title, this.language)}</p>
        ${this.#renderProfile(t)} ${this.#renderSize(t, classification)} ${this.#renderItems(t, programme)}
        ${this.#renderResults(t, result)}
      </section>
    `;
  }

  #textField(t: CalculatorStrings, field: ProfileField, label: string, kind: FieldKind = 'count'): TemplateResult {
    const value = this.profile[field] as string;
    const money = kind === 'money';
    const bad = Number.isNaN(READERS[kind](value));
    const help = money ? html`<span class="help" id="${field}-help">${t.moneyHelp}</span>` : nothing;
    return html`<div class="field">
      <label for=${field}>${label}</label>
      <input id=${field} name=${field} inputmode=${kind === 'percent' ? 'decimal' : 'numeric'} .value=${value} aria-invalid=${bad ? 'true' : 'false'}
        aria-describedby=${`${money ? `${field}-help ` : ''}${field}-error`}
        @input=${(e: Event) => this.#setProfile(field, (e.target as HTMLInputElement).value)} />
      ${help}
      <p class="error" id="${field}-error" aria-live="polite">${bad ? (money ? t.notAnAmount : kind === 'count' ? t.notACount : t.notANumber) : ''}</p>
    </div>`;
  }

  #renderProfile(t: CalculatorStrings): TemplateResult {
    const p = this.profile;
    return html`<fieldset part="profile" class="no-print-inputs">
      <legend>${t.profile}</legend>
      <div class="field">
        <label for="sector">${t.sector}</label>
        <select id="sector" name="sector" @change=${(e: Event) => this.#setProfile('sector', (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!p.sector}>${t.sectorChoose}</option>
          ${ENTERPRISE_SECTORS.map((sector) => html`<option value=${sector} ?selected=${p.sector === sector}>${t.sectorName(sector)}</option>`)}
        </select>
      </div>
      ${this.#textField(t, 'employees', t.employees)} ${this.#textField(t, 'revenue', t.revenue, 'money')}
      ${this.#textField(t, 'capital', t.capital, 'money')}
      <fieldset>
        <legend>${t.priority}</legend>
        ${this.#textField(t, 'womenShare', t.womenCapitalShare, 'percent')}
        <label class="check"><input type="checkbox" .checked=${p.womanManager} @change=${(e: Event) => this.#setProfile('womanManager', (e.target as HTMLInputElement).checked)} />${t.womanManager}</label>
        ${this.#textField(t, 'femaleEmployees', t.femaleEmployees)}
        <label class="check"><input type="checkbox" .checked=${p.socialEnterprise} @change=${(e: Event) => this.#setProfile('socialEnterprise', (e.target as HTMLInputElement).checked)} />${t.socialEnterprise}</label>
      </fieldset>
    </fieldset>`;
  }

  #renderSize(t: CalculatorStrings, classification: EnterpriseClassification | null): TemplateResult {
    return html`<section part="size" aria-labelledby="size-heading" aria-live="polite">
      <h3 id="size-heading">${t.sizeHeading}</h3>
      ${classification
        ? html`<p class="size"><strong>${t.sizeName(classification.size)}</strong></p>
            <ul class="size-reasons">${classification.reasons.map((reason) => html`<li>${localized(reason, this.language)}</li>`)}</ul>`
        : html`<p class="help">${t.sizeNeeds}</p>`}
    </section>`;
  }

  #renderItems(t: CalculatorStrings, programme: Programme): TemplateResult {
    const selected = this.selection.platforms;
    return html`<fieldset part="items">
      <legend>${t.items}</legend>
      ${selected.length === 0 && this.typedItems.length === 0 ? html`<p class="help">${t.noItems}</p>` : nothing}
      ${selected.map((platform, index) => {
        const key = `${platform.id}/${platform.plan.id}`;
        const id = `selected-${index}`;
        const checked = this.#checkedSelected(platform);
        return html`<div class="item selected-item">
          <p><strong>${platform.name}</strong> — ${localized(platform.plan.name, this.language)}<br />
            <span class="help">${t.fromPicker}${platform.plan.price === null ? '' : `: ${t.planPrice(formatVnd(platform.plan.price, this.language), platform.plan.billingPeriod)}`}</span></p>
          <div class="field">
            <label for="${id}-months">${t.months}</label>
            <input id="${id}-months" inputmode="numeric" .value=${this.#monthsOf(platform)} aria-invalid=${checked.problem ? 'true' : 'false'}
              aria-describedby="${id}-error" @input=${(e: Event) => this.#setMonths(key, (e.target as HTMLInputElement).value)} />
          </div>
          <p class="error" id="${id}-error" aria-live="polite">${checked.problem ? t[checked.problem] : ''}</p>
        </div>`;
      })}
      ${this.typedItems.map((item, index) => this.#renderTypedItem(t, programme, item, index))}
      <div><button id="add-item" type="button" @click=${() => this.#addItem(programme)}>${t.addItem}</button></div>
    </fieldset>`;
  }

  #renderTypedItem(t: CalculatorStrings, programme: Programme, item: TypedItem, index: number): TemplateResult {
    const checked = checkTypedItem(item);
    // A blank cost on a new row is not yet an error: say so only once something was typed.
    const problem = checked.problem && (item.cost || item.label) ? t[checked.problem] : '';
    const name = item.label.trim() || t.itemNumber(index + 1);
    return html`<div class="item typed-item">
      <div class="field">
        <label for="${item.id}-kind">${t.kind}</label>
        <select id="${item.id}-kind" @change=${(e: Event) => this.#setItem(item.id, 'kind', (e.target as HTMLSelectElement).value)}>
          ${programme.items.map((kind) => html`<option value=${kind.kind} ?selected=${kind.kind === item.kind}>${localized(kind.title, this.language)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="${item.id}-label">${t.label}</label>
        <input id="${item.id}-label" .value=${item.label} @input=${(e: Event) => this.#setItem(item.id, 'label', (e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="${item.id}-cost">${t.cost}</label>
        <input id="${item.id}-cost" inputmode="numeric" .value=${item.cost} aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby="${item.id}-help ${item.id}-error" @input=${(e: Event) => this.#setItem(item.id, 'cost', (e.target as HTMLInputElement).value)} />
        <span class="help" id="${item.id}-help">${t.moneyHelp}</span>
      </div>
      <button type="button" @click=${() => this.#removeItem(item.id)}>${t.removeItem(name)}</button>
      <p class="error" id="${item.id}-error" aria-live="polite">${problem}</p>
    </div>`;
  }

  #renderResults(t: CalculatorStrings, result: SubsidyResult | null): TemplateResult | typeof nothing {
    if (!result || result.items.length === 0) return nothing;
    const money = (amount: number) => formatVnd(amount, this.language);
    const percent = new Intl.NumberFormat(numberLocale(this.language), { style: 'percent', maximumFractionDigits: 2 });
    return html`<section part="results" aria-labelledby="results-heading">
      <h3 id="results-heading">${t.results}</h3>
      <div class="table-wrap">
        <table>
          <thead><tr><th scope="col">${t.label}</th><th scope="col" class="money">${t.cost}</th><th scope="col" class="money">${t.rate}</th>
            <th scope="col" class="money">${t.cap}</th><th scope="col" class="money">${t.support}</th><th scope="col" class="money">${t.net}</th></tr></thead>
          <tbody>
            ${result.items.map((item) => html`<tr class="result-item" data-id=${item.id ?? ''}>
                <th scope="row">${item.label ?? localized(item.title, this.language)}
                  <p class="reason"><span>${t.reason}:</span> ${localized(item.reason, this.language)}</p></th>
                <td class="money">${money(item.cost)}</td>
                <td class="money">${percent.format(item.rate)}</td>
                <td class="money">${money(item.cap)}</td>
                <td class="money support">${money(item.support)}</td>
                <td class="money net">${money(item.net)}</td>
              </tr>`)}
          </tbody>
          <tfoot><tr class="totals"><th scope="row">${t.total}</th><td class="money total-cost">${money(result.totals.cost)}</td><td></td><td></td>
            <td class="money total-support">${money(result.totals.support)}</td><td class="money total-net">${money(result.totals.net)}</td></tr></tfoot>
        </table>
      </div>
      <p class="help">${t.maximumNote}</p>
      ${result.priority ? html`<p part="priority-note" class="priority-note">${localized(result.priority.note, this.language)}</p>` : nothing}
      <button type="button" class="primary" @click=${() => window.print()}>${t.print}</button>
    </section>`;
  }
}
