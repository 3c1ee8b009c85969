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
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    box-shadow: var(--_focus);
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
    font: inherit;
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

  /* Questions */
  .index {
    margin-block: 1.25rem;
  }
  .max-points {
    font-size: 0.8em;
    font-weight: normal;
  }
  .section-heading {
    margin-top: 1rem;
    font-size: 1em;
    color: var(--_muted);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: none;
    min-width: 0;
  }
  .criterion {
    margin-block: 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .criterion > legend {
    float: left;
    width: 100%;
    margin-bottom: 0.5em;
    font-weight: 600;
  }
  .criterion > legend + * {
    clear: both;
  }
  .criterion-id {
    color: var(--_muted);
    font-weight: normal;
    font-variant-numeric: tabular-nums;
  }
  .question {
    margin-bottom: 0.4em;
  }
  .gate {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .options {
    display: grid;
    gap: 0.35rem;
    margin-top: 0.6rem;
  }
  .options > legend {
    margin-bottom: 0.4em;
    color: var(--_muted);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    min-height: 2.75rem;
    padding: 0.55em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  .gate .choice {
    min-width: 6rem;
  }
  .choice:hover {
    border-color: var(--_primary);
  }
  .choice:has(input:checked) {
    border-color: var(--_primary);
    background: var(--_surface);
    box-shadow: inset 0.25em 0 0 var(--_primary);
  }
  .choice:has(input:focus-visible) {
    box-shadow: var(--_focus);
  }
  .choice input {
    flex: none;
    width: 1.15em;
    height: 1.15em;
    margin: 0.15em 0 0;
    accent-color: var(--_primary);
  }
  .choice input:focus-visible {
    box-shadow: none;
  }

  /* Text fields */
  .profile,
  .ratio {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
  }
  .field {
    display: grid;
    gap: 0.25em;
    align-content: start;
  }
  .field .help {
    margin: 0;
    font-size: 0.85em;
  }
  input:not([type]),
  input[inputmode],
  select {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .error,
  .help.error {
    color: var(--_danger);
  }
  .share,
  .error,
  .unit {
    margin: 0.5em 0 0;
    font-size: 0.9em;
  }
  .size {
    margin-top: 1rem;
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .size-name {
    font-weight: 600;
    font-size: 1.1em;
  }
  .reasons {
    margin: 0;
    padding-left: 1.2em;
    font-size: 0.9em;
  }

  /* Buttons */
  .nav,
  .actions {
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
  .categories {
    padding-left: 1.2em;
  }

  /* Results */
  .summary {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    margin: 0 0 1rem;
  }
  .figure-card {
    margin: 0;
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .figure-card dt {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .figure-card dd {
    margin: 0;
    font-size: 1.6em;
    font-weight: 700;
  }
  .level-description {
    max-width: 60ch;
  }
  .pillars {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    align-items: start;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.95em;
  }
  th,
  td {
    padding: 0.4em 0.3em;
    border-bottom: 1px solid var(--_border);
    text-align: left;
    vertical-align: top;
  }
  td.number,
  th.number {
    text-align: right;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .bar {
    display: block;
    width: 100%;
    height: 0.5rem;
    margin-top: 0.3em;
  }
  .bar-track {
    fill: var(--_surface);
  }
  .bar-fill {
    fill: var(--_primary);
  }
  figure {
    margin: 0;
  }
  figcaption {
    text-align: center;
  }
  .radar {
    display: block;
    width: 100%;
    max-width: 28rem;
    margin: 0 auto;
    overflow: visible;
  }
  .radar-ring {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1;
  }
  .radar-spoke {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .radar-shape {
    fill: var(--_primary);
    fill-opacity: 0.25;
    stroke: var(--_primary);
    stroke-width: 2;
  }
  .radar-dot {
    fill: var(--_primary);
  }
  .radar-label {
    fill: var(--_fg);
    font-size: 13px;
  }
  td.level {
    white-space: nowrap;
  }
  .results section {
    margin-block: 1.25rem;
  }
  .subsidy-list {
    padding-left: 1.2em;
  }
  .submit-status.empty {
    display: none;
  }
  .submit-status {
    flex-wrap: wrap;
    align-items: center;
  }
  .sent {
    color: var(--_success);
    font-weight: 600;
  }
  .link-box {
    display: grid;
    gap: 0.25em;
    margin-top: 0.5rem;
  }

  @media print {
    :host {
      max-width: none;
      color: #000;
      background: #fff;
      font-size: 10.5pt;
    }
    .wizard {
      border: none;
      padding: 0;
      gap: 0.5rem;
    }
    .progress,
    .nav,
    .actions-section,
    .notice,
    .submit-status {
      display: none;
    }
    .results section {
      margin-block: 0.6rem;
      break-inside: avoid;
    }
    .figure-card {
      border: 1px solid #999;
      background: none;
    }
    .radar {
      max-width: 18rem;
    }
    a {
      color: inherit;
    }
  }
`;
