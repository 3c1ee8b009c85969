import { html } from 'lit';
import type { BadgeStatus } from './badge-status.js';

// One distinct shape per status, so the status is never told by colour alone (the words say it too).
// Only the path differs: one html template draws them all (an <svg> inside an html template
// is parsed as SVG; no svg`` fragments needed).
const SHAPES: Record<BadgeStatus, string> = {
  // a circle of dots: in progress
  verifying: 'M12 3v3M12 18v3M3 12h3M18 12h3M5.6 5.6l2.1 2.1M16.3 16.3l2.1 2.1M5.6 18.4l2.1-2.1M16.3 7.7l2.1-2.1',
  // a shield with a tick
  valid: 'M12 2l8 3v6c0 5-3.4 9.3-8 11-4.6-1.7-8-6-8-11V5zM8 12l3 3 5-6',
  // a clock
  expired: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM12 7v5l3 3',
  // a barred circle
  revoked: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM5.6 5.6l12.8 12.8',
  // a cross
  'not-verified': 'M6 6l12 12M18 6L6 18',
  // a question mark
  'could-not-verify': 'M9 9a3 3 0 1 1 4 2.8c-.7.3-1 1-1 1.7V15M12 19v.5',
};

/** The icon of a badge status (decorative: the status is also in words). */
export const badgeIcon = (status: BadgeStatus) =>
  html`<svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true"><path d=${SHAPES[status]} fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" /></svg>`;
