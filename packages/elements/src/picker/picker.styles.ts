import { css } from 'lit';

/** The picker's layout; colours come from the shared tokens. No `style=` attributes (strict CSP). */
export const pickerStyles = css`
  :host {
    container-type: inline-size;
    max-width: var(--dbi-picker-max-width, 64rem);
  }
  .picker {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .filters {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fit, minmax(min(12rem, 100%), 1fr));
    align-items: end;
  }
  fieldset {
    gap: 0.4rem;
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  ul.cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr));
  }
  .card {
    display: grid;
    gap: 0.4rem;
    align-content: start;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card p,
  .detail p {
    margin: 0;
  }
  .meta,
  .help {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .notice {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_surface);
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
