import { css } from 'lit';

/**
 * What every lazily loaded view shares: the private `--_*` tokens, each a public `--mfa-*`
 * property with light and dark defaults (`light-dark()` follows the page's colour scheme), and
 * live regions that stay in the tree, so changes are announced, but take no room while empty.
 */
export const viewTokens = css`
  :host {
    --_text: var(--mfa-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--mfa-color-muted, light-dark(#59636e, #9198a1));
    --_accent: var(--mfa-color-accent, light-dark(#0969da, #4493f8));
    --_accent-text: var(--mfa-color-accent-text, light-dark(#fff, #0d1117));
    --_error: var(--mfa-color-error, light-dark(#cf222e, #f85149));
    --_success: var(--mfa-color-success, light-dark(#1a7f37, #3fb950));
    --_warning: var(--mfa-color-warning, light-dark(#7d4e00, #d29922));
    --_border: var(--mfa-color-border, light-dark(#d1d9e0, #3d444d));
    --_surface: var(--mfa-color-surface, light-dark(#f6f8fa, #151b23));
    --_radius: var(--mfa-radius, 0.5rem);
    --_gap: var(--mfa-gap, 0.75rem);
    --_focus: var(--mfa-focus-ring, var(--_accent));
  }
`;

export const liveRegions = css`
  .status:empty,
  .error:empty {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
