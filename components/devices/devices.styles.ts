import { css } from 'lit';
import { controls } from '../../src/styles/controls.styles.js';
import { methodIcon } from '../../src/styles/method-icon.styles.js';

/** Styles of `<mfa-devices>`'s view (the element itself only styles its loading line). */
export const styles = css`
  ${controls}

  :host {
    max-inline-size: 40rem;
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
    padding-block: 0.75rem;
    padding-inline: 1rem;
  }

  .device + .device {
    border-block-start: 1px solid var(--_border);
  }

  .recovery {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .info {
    display: grid;
    gap: 0.125rem;
    flex: 1 1 14rem;
    min-inline-size: 0;
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

  .device > .icon {
    ${methodIcon}
  }

  .add {
    display: grid;
    gap: 0.375rem;
  }

  .delete {
    color: var(--_error);
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

  mfa-action-guard {
    display: contents;
  }

  @media (forced-colors: active) {
    .device > .icon {
      stroke: currentColor;
    }

    .confirm {
      border-color: CanvasText;
    }
  }
`;
