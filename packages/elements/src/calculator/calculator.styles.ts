import { css } from 'lit';

/** The calculator's layout; colours come from the shared tokens. No `style=` attributes (strict CSP). */
export const calculatorStyles = css`
  :host {
    container-type: inline-size;
    max-width: var(--dbi-calculator-max-width, 64rem);
  }
  .calculator {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: grid;
    gap: 0.75rem;
    margin: 0;
  }
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
  :is(input, select, button):focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .error {
    color: var(--_danger);
    margin: 0;
  }
  .help,
  .reason {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0;
  }
  .item {
    display: grid;
    gap: 0.5rem;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    align-items: end;
    padding: 0.5rem 0;
    border-top: 1px solid var(--_border);
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
  td.money,
  th.money {
    text-align: end;
    white-space: nowrap;
  }
  .table-wrap {
    overflow-x: auto;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  @media print {
    .calculator {
      border: none;
    }
    button,
    .no-print {
      display: none;
    }
  }
`;
