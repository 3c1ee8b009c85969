import { DbiEvent } from '../internal/dbi-event.js';
import type { PlatformSelection } from '../picker/platform-selection.js';

/**
 * Fired by `<dbi-platform-picker>` whenever its selection changes (a platform chosen with a
 * plan, or removed). `detail.platforms` is the whole selection, in the order chosen.
 *
 * @example
 * picker.addEventListener('dbi-platform-select', (e) => console.log(e.detail.platforms.map((p) => p.plan.id)));
 */
export class DbiPlatformSelectEvent extends DbiEvent<PlatformSelection> {
  static readonly eventName = 'dbi-platform-select';

  constructor(detail: PlatformSelection) {
    super(DbiPlatformSelectEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dbi-platform-select': DbiPlatformSelectEvent;
  }
}
