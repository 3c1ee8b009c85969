import { createComponent, type EventName } from '@lit/react';
// The default import: React ships CommonJS, whose module.exports every bundler and Node give as the default.
import React from 'react';
import { DbiBadge as DbiBadgeElement } from '../dbi-badge.js';
import type { DbiVerifyEvent } from '../events/dbi-verify-event.js';

/**
 * `<dbi-badge>` as a React component (registers the tag). `platform`, `registry`, `trustedKeys`,
 * `size` and `lang` are props; `onDbiVerify` hears each finished check with its status.
 *
 * @example
 * <DbiBadge platform="sample-ke-toan-sen" registry="https://registry.example/" trustedKeys={[pinnedKey]} onDbiVerify={(e) => log(e.detail.status)} />
 */
export const DbiBadge = createComponent({
  tagName: 'dbi-badge',
  elementClass: DbiBadgeElement,
  react: React,
  events: {
    onDbiVerify: 'dbi-verify' as EventName<DbiVerifyEvent>,
  },
});
