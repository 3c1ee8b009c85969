// Registers <dbi-badge>. The only side effect of this module.
import { DbiBadge } from './badge/badge.js';

export { DbiBadge };

if (!customElements.get('dbi-badge')) customElements.define('dbi-badge', DbiBadge);

declare global {
  interface HTMLElementTagNameMap {
    'dbi-badge': DbiBadge;
  }
}
