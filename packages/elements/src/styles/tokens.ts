import { css } from 'lit';

/**
 * The design tokens every element shares. Each is a `--dbi-*` custom property that a host page
 * can set on the element or any ancestor; the defaults pass WCAG AA contrast in both themes.
 * Each default names its light and its dark value with light-dark(), which follows the host's
 * color-scheme: the system's for theme="auto" (or none), fixed for "light" and "dark".
 */
export const tokens = css`
  :host {
    color-scheme: light dark;
    --_bg: var(--dbi-color-background, light-dark(#ffffff, #0f1419));
    --_fg: var(--dbi-color-text, light-dark(#1b1f24, #e6edf3));
    --_muted: var(--dbi-color-muted, light-dark(#57606a, #9da7b3));
    --_surface: var(--dbi-color-surface, light-dark(#f3f5f7, #1c232b));
    --_border: var(--dbi-color-border, light-dark(#c9d1d9, #3d4752));
    --_primary: var(--dbi-color-primary, light-dark(#0b5cad, #6cb0ff));
    --_on-primary: var(--dbi-color-on-primary, light-dark(#ffffff, #0f1419));
    --_success: var(--dbi-color-success, light-dark(#116329, #56d364));
    --_warning: var(--dbi-color-warning, light-dark(#7d4e00, #e3b341));
    --_danger: var(--dbi-color-danger, light-dark(#a40e26, #ff7b72));
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
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
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
