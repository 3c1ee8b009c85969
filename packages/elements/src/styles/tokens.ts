import { css } from 'lit';

// One dark palette, used both for theme="dark" and for theme="auto" in a dark system theme.
const darkPalette = css`
  --_bg: var(--dbi-color-background, #0f1419);
  --_fg: var(--dbi-color-text, #e6edf3);
  --_muted: var(--dbi-color-muted, #9da7b3);
  --_surface: var(--dbi-color-surface, #1c232b);
  --_border: var(--dbi-color-border, #3d4752);
  --_primary: var(--dbi-color-primary, #6cb0ff);
  --_on-primary: var(--dbi-color-on-primary, #0f1419);
  --_success: var(--dbi-color-success, #56d364);
  --_warning: var(--dbi-color-warning, #e3b341);
  --_danger: var(--dbi-color-danger, #ff7b72);
`;

/**
 * The design tokens every element shares. Each is a `--dbi-*` custom property that a host page
 * can set on the element or any ancestor; the defaults pass WCAG AA contrast in both themes.
 */
export const tokens = css`
  :host {
    --_bg: var(--dbi-color-background, #ffffff);
    --_fg: var(--dbi-color-text, #1b1f24);
    --_muted: var(--dbi-color-muted, #57606a);
    --_surface: var(--dbi-color-surface, #f3f5f7);
    --_border: var(--dbi-color-border, #c9d1d9);
    --_primary: var(--dbi-color-primary, #0b5cad);
    --_on-primary: var(--dbi-color-on-primary, #ffffff);
    --_success: var(--dbi-color-success, #116329);
    --_warning: var(--dbi-color-warning, #7d4e00);
    --_danger: var(--dbi-color-danger, #a40e26);
    --_focus: var(--dbi-focus-ring, 0 0 0 3px #5b9ee6);
    --_radius: var(--dbi-radius, 0.5rem);
    --_space: var(--dbi-space, 1rem);
    display: block;
    box-sizing: border-box;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--dbi-font-family, system-ui, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif);
    font-size: var(--dbi-font-size, 1rem);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']),
    :host(:not([theme])) {
      ${darkPalette}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
`;
