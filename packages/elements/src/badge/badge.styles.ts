import { css } from 'lit';

/**
 * The badge: a pill whose colour, icon and words all change with the status. Only `valid` is
 * filled (the certified look); the others are outlined in their own colour, and
 * `not-verified` is dashed, so no two statuses differ by colour alone.
 */
export const badgeStyles = css`
  :host {
    display: inline-block;
    position: relative;
    background: transparent;
    vertical-align: middle;
  }
  :host([size='small']) {
    font-size: 0.8125rem;
  }
  :host([size='large']) {
    font-size: 1.25rem;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.35em 0.8em 0.35em 0.6em;
    border: 2px solid var(--_tone);
    border-radius: var(--dbi-badge-radius, 999px);
    background: var(--_bg);
    color: var(--_tone);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: start;
    cursor: pointer;
    --_tone: var(--_muted);
  }
  .badge.valid {
    --_tone: var(--dbi-badge-certified-background, var(--_success));
    background: var(--_tone);
    color: var(--dbi-badge-certified-text, var(--_bg));
  }
  .badge.expired {
    --_tone: var(--_warning);
  }
  .badge.revoked,
  .badge.not-verified {
    --_tone: var(--_danger);
  }
  .badge.not-verified {
    border-style: dashed;
  }
  .badge.could-not-verify {
    border-style: dotted;
  }
  .icon {
    display: inline-flex;
    font-size: 1.25em;
  }
  .name {
    font-weight: 400;
  }
  .details {
    position: absolute;
    z-index: 10;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline-start: 0;
    min-inline-size: 18rem;
    max-inline-size: min(28rem, 90vw);
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font-size: 0.875rem;
    font-weight: 400;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
  }
  .reason,
  dl {
    margin: 0 0 0.5rem;
  }
  .row {
    display: grid;
    grid-template-columns: 8.5rem 1fr;
    gap: 0.5rem;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .key {
    font-family: ui-monospace, monospace;
    font-size: 0.8em;
  }
  a {
    color: var(--_primary);
  }
`;
