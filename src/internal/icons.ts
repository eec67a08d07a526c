import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * The views' icons: inline SVG from Lit templates (no markup strings, no `data:` URLs, so they
 * draw under a strict CSP), decorative, coloured by the view's `.icon` styles.
 */
export const icon = (paths: SVGTemplateResult): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths}</svg>`;

/** A phone showing a code: an authenticator app. */
export const totpIcon = icon(
  svg`<rect x="6" y="2" width="12" height="20" rx="2" /><path d="M10 18h4M9 8h1m2 0h1m2 0h0M9 12h1m2 0h1m2 0h0" />`,
);

/** A key: a passkey. */
export const passkeyIcon = icon(
  svg`<circle cx="8" cy="15" r="4" /><path d="m10.85 12.15 8.65-8.65M18 5l2 2M15 8l2 2" />`,
);
