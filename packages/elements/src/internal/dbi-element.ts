import { LitElement, type PropertyDeclarations } from 'lit';
import { resolveLang, toLang, type Lang, type Translations } from './lang.js';
import { tokens } from '../styles/tokens.js';

/**
 * The base of every dbi-kit element: the shared design tokens, light/dark theming and the
 * language each element speaks (`lang` on the element, else the nearest `lang` above it).
 */
export class DbiElement extends LitElement {
  static override styles = [tokens];

  // Declared here rather than with decorators: a bundle of one element then carries neither
  // tslib's decorator helper nor Lit's decorator modules (the <dbi-badge> size budget).
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    theme: { reflect: true },
    language: { state: true, attribute: false },
  };

  /** The interface language, `vi` (default) or `en`; without it the nearest ancestor's `lang` is used. */
  override lang = '';

  /**
   * `light`, `dark`, or `auto` (default), which follows the visitor's
   * `prefers-color-scheme`.
   */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** The language in use, resolved on connect and whenever `lang` changes. */
  protected language: Lang = 'vi';

  override connectedCallback(): void {
    super.connectedCallback();
    this.language = this.#ownLang();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('lang')) this.language = this.#ownLang();
  }

  // The `lang` property is read directly: its attribute is only reflected after willUpdate.
  #ownLang(): Lang {
    return this.lang ? toLang(this.lang) : resolveLang(this);
  }

  /** The string table for the language in use. */
  protected strings<T>(table: Translations<T>): T {
    return table[this.language];
  }
}
