// Registers <dbi-subsidy-calculator>. The only side effect of this module.
import { DbiSubsidyCalculator } from './calculator/calculator.js';

export { DbiSubsidyCalculator };

if (!customElements.get('dbi-subsidy-calculator')) customElements.define('dbi-subsidy-calculator', DbiSubsidyCalculator);

declare global {
  interface HTMLElementTagNameMap {
    'dbi-subsidy-calculator': DbiSubsidyCalculator;
  }
}
