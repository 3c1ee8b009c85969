import { createComponent, type EventName } from '@lit/react';
// The default import: React ships CommonJS, whose module.exports every bundler and Node give as the default.
import React from 'react';
import { DbiPlatformPicker as DbiPlatformPickerElement } from '../dbi-platform-picker.js';
import type { DbiPlatformSelectEvent } from '../events/dbi-platform-select-event.js';

/**
 * `<dbi-platform-picker>` as a React component (registers the tag). `registry`, `category`,
 * `pillar`, `multiple`, `trustedKeys` and `snapshot` are props; `onDbiPlatformSelect` hears the
 * selection.
 *
 * @example
 * <DbiPlatformPicker registry="/registry/" multiple onDbiPlatformSelect={(e) => setChosen(e.detail.platforms)} />
 */
export const DbiPlatformPicker = createComponent({
  tagName: 'dbi-platform-picker',
  elementClass: DbiPlatformPickerElement,
  react: React,
  events: {
    onDbiPlatformSelect: 'dbi-platform-select' as EventName<DbiPlatformSelectEvent>,
  },
});
