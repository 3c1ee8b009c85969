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
  .help,
  .reason {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0;
  }
  .reason {
    font-weight: normal;
  }
  .item {
    display: grid;
    gap: 0.5rem;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    align-items: end;
    padding: 0.5rem 0;
    border-top: 1px solid var(--_border);
  }
  .money {
    text-align: end;
    white-space: nowrap;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  fieldset {
    gap: 0.75rem;
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
    button {
      display: none;
    }
  }
`;
