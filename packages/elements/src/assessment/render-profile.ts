import { html, type TemplateResult } from 'lit';
import { ENTERPRISE_SECTORS, getProgramme } from '@dbi-kit/engine';
import { localized, type Lang } from '../internal/lang.js';
import type { AssessmentStrings } from './assessment.translations.js';
import type { FigureField, ProfileDraft, ProfileReading } from './business-profile.js';

/** What the profile step needs. */
export interface ProfileView {
  t: AssessmentStrings;
  lang: Lang;
  draft: ProfileDraft;
  reading: ProfileReading;
  update(field: keyof ProfileDraft, value: string): void;
}

/** Sector names are written for use inside sentences; a list shows them as names. */
const capitalize = (text: string, lang: Lang) => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

function figureInput(view: ProfileView, field: FigureField, label: string, help: string): TemplateResult {
  const invalid = view.reading.invalid.includes(field);
  return html`<div class="field">
    <label for="profile-${field}">${label}</label>
    <input id="profile-${field}" inputmode="numeric" autocomplete="off" .value=${view.draft[field]} aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby="profile-${field}-help" @input=${(e: Event) => view.update(field, valueOf(e))} />
    <p class="help ${invalid ? 'error' : ''}" id="profile-${field}-help">${invalid ? view.t.notANumber : help}</p>
  </div>`;
}

/**
 * The business profile: name (optional), sector, headcount, revenue and capital, and the size
 * class the engine gives them under Decree 80/2021 Article 5, with its reasons.
 */
export function renderProfile(view: ProfileView): TemplateResult {
  const { t, lang, draft, reading } = view;
  const sectors = getProgramme().sizeClasses.sectors;
  const classification = reading.classification;
  return html`<p class="lead">${t.profileLead}</p>
    <div class="profile" part="profile">
      <div class="field">
        <label for="profile-name">${t.businessName} <span class="muted">(${t.optional})</span></label>
        <input id="profile-name" autocomplete="organization" .value=${draft.name} @input=${(e: Event) => view.update('name', valueOf(e))} />
      </div>
      <div class="field">
        <label for="profile-sector">${t.sector}</label>
        <select id="profile-sector" @change=${(e: Event) => view.update('sector', valueOf(e))}>
          <option value="" ?selected=${!draft.sector}>${t.sectorChoose}</option>
          ${ENTERPRISE_SECTORS.map((sector) => html`<option value=${sector} ?selected=${draft.sector === sector}>${capitalize(localized(sectors[sector].title, lang), lang)}</option>`)}
        </select>
      </div>
      ${figureInput(view, 'employees', t.employees, t.employeesHelp)} ${figureInput(view, 'revenue', t.revenue, t.moneyHelp)}
      ${figureInput(view, 'capital', t.capital, t.moneyHelp)}
    </div>
    <section class="size" part="size" aria-live="polite" aria-labelledby="size-heading">
      <h3 id="size-heading">${t.sizeHeading}</h3>
      ${classification
        ? html`<p class="size-name">${t.sizeName(classification.size)}</p>
            <ul class="reasons">
              ${classification.reasons.map((reason) => html`<li>${localized(reason, lang)}</li>`)}
            </ul>`
        : html`<p class="muted">${t.sizeNeeds}</p>`}
    </section>`;
}
