import { css } from 'lit';

/**
 * The design tokens every element draws with: private `--_*` properties, each read from a public
 * `--mfa-*` property with a light and a dark default (`light-dark()` follows the page's
 * `color-scheme`). One palette for the whole kit, so a page that sets `--mfa-color-accent` once
 * changes the accent of every element, nested ones included.
 *
 * Contrast of the defaults (WCAG 2.2), measured against `--_background` and `--_surface`:
 * - text, muted, accent, error, success and warning as text: ≥ 4.5:1 in light and dark
 *   (lowest: light accent on surface 4.88, light success on surface 4.77, dark accent on
 *   surface 5.59); accent text on accent and error text on error: ≥ 5.19;
 * - `--_control-border` (fields, buttons: what shows where a control is, 1.4.11): ≥ 3:1
 *   (light 3.45 on background, 3.24 on surface; dark 3.57 and 3.26);
 * - `--_border` is for decoration only (dividers, boxes around content) and stays quiet.
 *
 * `--mfa-color-control-border` falls back to `--mfa-color-border`, so a page that set the border
 * colour before keeps its controls' borders; it only needs the new property to set them apart.
 */
export const tokens = css`
  :host {
    --_font: var(--mfa-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-mono: var(
      --mfa-font-mono,
      ui-monospace,
      SFMono-Regular,
      Menlo,
      Consolas,
      'Liberation Mono',
      monospace
    );
    --_text: var(--mfa-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--mfa-color-muted, light-dark(#59636e, #9198a1));
    --_background: var(--mfa-color-background, light-dark(#fff, #0d1117));
    --_surface: var(--mfa-color-surface, light-dark(#f6f8fa, #151b23));
    --_accent: var(--mfa-color-accent, light-dark(#0969da, #4493f8));
    --_accent-text: var(--mfa-color-accent-text, light-dark(#fff, #0d1117));
    --_accent-hover: color-mix(in srgb, var(--_accent) 85%, var(--_text));
    --_error: var(--mfa-color-error, light-dark(#cf222e, #f85149));
    --_on-color: light-dark(#fff, #0d1117); /* text on a filled error or success colour */
    --_success: var(--mfa-color-success, light-dark(#1a7f37, #3fb950));
    --_warning: var(--mfa-color-warning, light-dark(#7d4e00, #d29922));
    --_border: var(--mfa-color-border, light-dark(#d1d9e0, #3d444d));
    --_control-border: var(
      --mfa-color-control-border,
      var(--mfa-color-border, light-dark(#818b98, #656c76))
    );
    --_focus: var(--mfa-focus-ring, var(--_accent));
    --_radius: var(--mfa-radius, 0.5rem);
    --_gap: var(--mfa-gap, 0.75rem);
  }
`;
