import { css } from 'lit';

/**
 * The results: figures, pillar table with SVG bars, the radar chart, and the print stylesheet
 * that turns them into a one-to-two-page report.
 */
export const resultsStyles = css`
  /* Results */
  .summary {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    margin: 0 0 1rem;
  }
  .figure-card {
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
  .bar-fill,
  .radar-dot {
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
  /* The default stroke width, 1, draws the rings and spokes. */
  .radar-ring,
  .radar-spoke {
    stroke: var(--_border);
  }
  .radar-ring {
    fill: none;
  }
  .radar-shape {
    fill: var(--_primary);
    fill-opacity: 0.25;
    stroke: var(--_primary);
    stroke-width: 2;
  }
  .radar-label {
    fill: var(--_fg);
    font-size: 13px;
  }
  td.level {
    white-space: nowrap;
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
    .notice {
      /* .notice includes the submission status. */
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
