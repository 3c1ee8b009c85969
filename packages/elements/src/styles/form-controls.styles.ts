import { css } from 'lit';

/**
 * Fields, buttons and validation text shared by `<dbi-platform-picker>` and
 * `<dbi-subsidy-calculator>`, on the shared `--_*` tokens. Their focus ring is the one every
 * element draws (`:focus-visible` in the tokens).
 */
export const formControlStyles = css`
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    /* Long option texts must not widen a 360 px layout. */
    max-width: 100%;
    min-width: 0;
  }
  button {
    cursor: pointer;
    background: var(--_surface);
  }
  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_primary);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .error {
    color: var(--_danger);
    margin: 0;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    display: grid;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.4rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  .table-wrap {
    overflow-x: auto;
  }
`;
