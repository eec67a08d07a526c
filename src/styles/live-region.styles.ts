import { css } from 'lit';
import { visuallyHidden } from './visually-hidden.styles.js';

/**
 * Live regions (`.status` for progress, `.error` for failures) and the "done" notice
 * (`.status.done`). Empty regions are visually hidden, not removed (see `visuallyHidden`).
 */
export const liveRegions = css`
  ${visuallyHidden}

  .status {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .error {
    color: var(--_error);
    font-size: 0.9375em;
  }

  .status.done {
    padding: 0.75rem 1rem;
    border: 1px solid color-mix(in srgb, var(--_success) 45%, transparent);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_success) 10%, transparent);
    color: var(--_text);
  }

  @media (forced-colors: active) {
    .status.done {
      border-color: CanvasText;
    }
  }
`;
