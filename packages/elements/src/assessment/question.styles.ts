import { css } from 'lit';

/** Questions and form fields: criteria, radio choices, ratio figures, the profile and its size class. */
export const questionStyles = css`
  /* Questions */
  .index,
  .results section {
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
  /* Every text field: none has a type. */
  input:not([type]),
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
  .error {
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
`;
