import { css } from 'lit';

/**
 * The wizard's layout. Colours and spacing come from the shared `--_*` tokens (themable through
 * `--dbi-*`); nothing is set through `style=` attributes, so the element works under a strict CSP.
 */
export const assessmentStyles = css`
  :host {
    container-type: inline-size;
    max-width: var(--dbi-assessment-max-width, 56rem);
  }
  .wizard {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  h2 {
    font-size: 1.5em;
  }
  /* The heading takes focus on each step: no outline for that; the shared :focus-visible ring stays. */
  h2:focus {
    outline: none;
  }
  h3 {
    font-size: 1.15em;
  }
  p {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--_primary);
  }
  .eyebrow,
  .muted,
  .help,
  .source {
    color: var(--_muted);
  }
  .eyebrow {
    margin: 0;
    font-size: 0.9em;
  }
  .lead {
    font-size: 1.05em;
  }
  .source {
    font-size: 0.85em;
  }

  /* Progress and the step list */
  .progress-text {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25em 1em;
    margin: 0 0 0.25em;
    font-size: 0.9em;
    color: var(--_muted);
  }
  progress {
    display: block;
    width: 100%;
    height: 0.5rem;
    appearance: none;
    border: none;
    border-radius: 999px;
    background: var(--_surface);
    overflow: hidden;
    accent-color: var(--_primary);
  }
  progress::-webkit-progress-bar {
    background: var(--_surface);
  }
  progress::-webkit-progress-value {
    background: var(--_primary);
  }
  progress::-moz-progress-bar {
    background: var(--_primary);
  }
  .step-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
  }
  .step-button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.75rem;
    padding: 0.25em 0.6em 0.25em 0.25em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_fg);
    font-size: 0.85em;
    cursor: pointer;
  }
  .step-button.current {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .step-button:disabled {
    cursor: default;
    color: var(--_muted);
    border-style: dashed;
  }
  .step-number {
    display: inline-grid;
    place-items: center;
    min-width: 1.75rem;
    height: 1.75rem;
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_fg);
    font-weight: 600;
  }
  .step-button.done .step-number {
    background: var(--_success);
    color: var(--_bg);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @container (max-width: 40rem) {
    .step-button {
      padding-right: 0.25em;
    }
    .step-button .step-name {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }

  /* Notices */
  .notice {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    justify-content: space-between;
    padding: 0.6em 0.8em;
    border: 1px solid var(--_border);
    border-left: 0.3em solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .notice.warning {
    border-left-color: var(--_warning);
  }
  .notice.error {
    border-left-color: var(--_danger);
  }
  .notice p {
    margin: 0;
  }

  /* Buttons */
  .nav,
  .actions,
  .gate {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .nav {
    justify-content: space-between;
  }
  button {
    font: inherit;
  }
  .button {
    min-height: 2.75rem;
    padding: 0.5em 1.1em;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
  }
  .button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .nav .primary {
    margin-left: auto;
  }
  .link {
    min-height: 2.75rem;
    padding: 0.25em 0;
    border: none;
    background: none;
    color: var(--_primary);
    text-align: left;
    text-decoration: underline;
    cursor: pointer;
  }
  .missing ul,
  .next-steps,
  .categories,
  .subsidy-list {
    padding-left: 1.2em;
  }
`;
