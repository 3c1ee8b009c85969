// Registers <dbi-platform-picker>. The only side effect of this module.
import { DbiPlatformPicker } from './picker/picker.js';

export { DbiPlatformPicker };

if (!customElements.get('dbi-platform-picker')) customElements.define('dbi-platform-picker', DbiPlatformPicker);

declare global {
  interface HTMLElementTagNameMap {
    'dbi-platform-picker': DbiPlatformPicker;
  }
}
