// Registers <dbi-assessment>. The only side effect of this module; importing the class from
// the package index registers nothing.
import { DbiAssessment } from './assessment/assessment.js';

export { DbiAssessment };

if (!customElements.get('dbi-assessment')) customElements.define('dbi-assessment', DbiAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'dbi-assessment': DbiAssessment;
  }
}
