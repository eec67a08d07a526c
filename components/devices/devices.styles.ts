import { css } from 'lit';

/** Styles of `<mfa-devices>`'s view (the element itself only styles its loading line). */
export const styles = css`
  :host {
    max-width: 40rem;
  }

  .base {
    position: relative;
    display: grid;
    gap: var(--_gap);
  }

  p {
    margin: 0;
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .device,
  .recovery {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem 0.75rem;
    padding: 0.75rem 1rem;
  }

  .device + .device {
    border-top: 1px solid var(--_border);
  }

  .recovery {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .info {
    display: grid;
    gap: 0.125rem;
    flex: 1 1 14rem;
    min-width: 0;
  }

  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .type,
  .hint,
  .empty {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .details {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25rem;
    margin: 0.125rem 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .details div {
    display: flex;
    gap: 0.375rem;
  }

  .details dt::after {
    content: ':';
  }

  .details dd {
    margin: 0;
    color: var(--_text);
  }

  .details dd.verified {
    color: var(--_success);
  }

  .details dd.unverified,
  .remaining.low {
    color: var(--_warning);
    font-weight: 600;
  }

  .icon {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin-top: 0.125rem;
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .add {
    display: grid;
    gap: 0.375rem;
  }

  .button {
    min-height: 2.25rem;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 0.9375em;
    cursor: pointer;
  }

  .button:hover {
    background: var(--_surface);
  }

  .button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }

  .delete {
    color: var(--_error);
  }

  .danger {
    border-color: var(--_error);
    background: var(--_error);
    color: light-dark(#fff, #0d1117);
    font-weight: 600;
  }

  .danger:hover {
    background: color-mix(in srgb, var(--_error) 88%, #000);
  }

  button:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }

  .confirm {
    display: grid;
    gap: 0.5rem;
    flex: 1 1 100%;
    padding: 0.75rem;
    border: 1px solid color-mix(in srgb, var(--_warning) 55%, transparent);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_warning) 8%, transparent);
  }

  .panel {
    display: grid;
    gap: var(--_gap);
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .panel > .button {
    justify-self: start;
  }

  /* Read by screen readers, not shown (the live regions' rule in src/internal/view-styles.ts). */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .status {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .error {
    color: var(--_error);
    font-size: 0.9375em;
  }

  mfa-action-guard {
    display: contents;
  }
`;
