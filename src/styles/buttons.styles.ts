import { css } from 'lit';
import { controlBox } from './control-box.styles.js';

/**
 * Buttons. Every `<button>` of a view is a secondary button unless a rule of its own says
 * otherwise (all selectors here are `:where()`, so any element rule wins):
 * - primary: `.primary`, and the parts that are always the main action: `submit-button`,
 *   `step-up-button` and the passkey prompt's `button`;
 * - danger: `.danger` (filled with the error colour; the confirm of a destructive action);
 * - link: `<a>`, in the accent colour.
 * Disabled is `disabled` or `aria-disabled="true"` (a button that keeps its focus).
 * The border is `--_control-border` (≥ 3:1 against the background); in forced colours the system
 * colours take over, and the primary button is drawn in `Highlight` so it still stands out.
 */
export const buttons = css`
  :where(button) {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375rem;
    ${controlBox}
    padding-inline: 0.875rem;
    background: transparent;
    font-size: 0.9375em;
    text-align: center;
    cursor: pointer;
  }

  :where(button):hover:not(:disabled, [aria-disabled='true']) {
    background: var(--_surface);
  }

  :where(.primary, [part~='submit-button'], [part~='step-up-button'], [part~='button']) {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }

  :where(.primary, [part~='submit-button'], [part~='step-up-button'], [part~='button']):hover:not(
      :disabled,
      [aria-disabled='true']
    ) {
    border-color: var(--_accent-hover);
    background: var(--_accent-hover);
  }

  :where(.danger) {
    border-color: var(--_error);
    background: var(--_error);
    color: var(--_on-color);
    font-weight: 600;
  }

  :where(.danger):hover:not(:disabled, [aria-disabled='true']) {
    border-color: color-mix(in srgb, var(--_error) 85%, var(--_text));
    background: color-mix(in srgb, var(--_error) 85%, var(--_text));
  }

  :where(button):is(:disabled, [aria-disabled='true']) {
    opacity: 0.55;
    cursor: not-allowed;
  }

  :where(a) {
    color: var(--_accent);
    text-underline-offset: 0.2em;
  }

  @media (forced-colors: active) {
    :where(button) {
      border-color: ButtonText;
    }

    :where(.primary, [part~='submit-button'], [part~='step-up-button'], [part~='button']) {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }

    :where(button):is(:disabled, [aria-disabled='true']) {
      forced-color-adjust: none;
      border-color: GrayText;
      background: Canvas;
      color: GrayText;
      opacity: 1;
    }

    :where(a) {
      color: LinkText;
    }
  }
`;
