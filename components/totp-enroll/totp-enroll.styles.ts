import { css } from 'lit';
import { buttons } from '../../src/styles/buttons.styles.js';
import { codeEntry } from '../../src/styles/code-entry.styles.js';
import { focusRing } from '../../src/styles/focus-ring.styles.js';
import { tokens } from '../../src/styles/tokens.styles.js';

/**
 * The view's styles (loaded with it), on the kit's tokens, buttons and focus ring. `display`,
 * `font`, `color` and `[hidden]` of the host are in the element's own small styles, which also
 * apply before the view arrives. The setup has more room between its blocks (`--mfa-gap`: 1rem).
 */
export const styles = css`
  ${tokens}
  ${buttons}
  ${focusRing}
  ${codeEntry}

  :host {
    --_gap: var(--mfa-gap, 1rem);
    color: var(--_text);
  }

  [part='base'] {
    container: mfa-totp-enroll / inline-size;
    position: relative;
    display: grid;
    gap: var(--_gap);
  }

  p {
    margin: 0;
  }

  /* Steps ---------------------------------------------------------------------------------- */

  [part='steps'] {
    display: grid;
    gap: calc(var(--_gap) * 1.25);
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
  }

  [part~='step'] {
    display: grid;
    grid-template-columns: 1.75rem 1fr;
    column-gap: 0.75rem;
    row-gap: 0.5rem;
    counter-increment: step;
  }

  /* The step numbers and the success check: filled circles beside their two lines of text. */
  [part~='step']::before,
  .check {
    grid-row: 1 / span 2;
    display: grid;
    place-items: center;
    border-radius: 50%;
  }

  [part~='step']::before {
    content: counter(step);
    inline-size: 1.75rem;
    block-size: 1.75rem;
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
    font-size: 0.875rem;
  }

  [part~='step'] > * {
    grid-column: 2;
  }

  /* Narrow: the steps use the full width; the number stays beside the title. */
  @container mfa-totp-enroll (max-width: 26rem) {
    [part~='step'] > * {
      grid-column: 1 / -1;
    }

    [part~='step'] > [part='step-title'] {
      grid-column: 2;
    }

    [part~='step']::before {
      grid-row: 1;
    }

    .key {
      flex-wrap: wrap;
    }
  }

  [part='step-title'] {
    font-weight: 600;
    line-height: 1.75rem;
  }

  .hint {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .scan {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: flex-start;
  }

  [part='qr-code'],
  .qr-placeholder {
    display: block;
    flex: none;
    inline-size: var(--mfa-qr-size, 11rem);
    block-size: var(--mfa-qr-size, 11rem);
    border-radius: calc(var(--_radius) / 2);
    /* Scanners need dark modules on a light ground: keep the colours in dark mode and forced colours. */
    forced-color-adjust: none;
  }

  .qr-placeholder {
    background: var(--_surface);
    border: 1px dashed var(--_border);
    box-sizing: border-box;
  }

  .qr-light {
    fill: var(--mfa-qr-light, #ffffff);
  }

  .qr-dark {
    fill: var(--mfa-qr-dark, #000000);
  }

  .details {
    display: grid;
    gap: 0.5rem;
    flex: 1 1 12rem;
    min-inline-size: 0;
    margin: 0;
  }

  .details dt {
    color: var(--_muted);
    font-size: 0.75rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  [part='issuer'] {
    font-weight: 600;
  }

  .key {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }

  [part='secret'] {
    padding: 0.375rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-family: var(--_font-mono);
    font-size: 0.875rem;
    letter-spacing: 0.04em;
    word-spacing: 0.1em;
    overflow-wrap: anywhere;
    min-inline-size: 0;
    user-select: all;
  }

  [part~='copy-button'],
  [part~='retry-button'] {
    flex: none;
  }

  [part='copy-status'] {
    color: var(--_success);
    font-size: 0.875rem;
  }

  [part='copy-error'] {
    grid-column: 2;
    color: var(--_error);
    font-size: 0.875rem;
  }

  [part='otpauth-link'] {
    justify-self: start;
    font-size: 0.875rem;
  }

  [part='countdown'] {
    color: var(--_muted);
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }

  /* Status, errors, success -------------------------------------------------------------- */

  [part='status'] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    color: var(--_muted);
  }

  /* An empty live region stays in the accessibility tree (so later text is announced) but takes no room. */
  [part='status']:empty {
    position: absolute;
  }

  [part='error']:empty {
    display: none;
  }

  .spinner {
    inline-size: 1rem;
    block-size: 1rem;
    border: 2px solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }

  [part='error'] {
    color: var(--_error);
  }

  [part='success'] {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.75rem;
    align-items: center;
    color: var(--_text);
  }

  [part='success']:focus {
    outline: none;
  }

  .check {
    inline-size: 2rem;
    block-size: 2rem;
    background: var(--_success);
    color: var(--_on-color);
    font-weight: 700;
  }

  .success-title {
    font-weight: 600;
  }

  .success-hint {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  @media (forced-colors: active) {
    [part~='step']::before,
    .check {
      border: 1px solid CanvasText;
    }

    [part='secret'],
    .spinner {
      border-color: CanvasText;
    }
  }
`;
