import { css } from 'lit';
import { base } from './base.styles.js';
import { buttons } from './buttons.styles.js';
import { focusRing } from './focus-ring.styles.js';

/** What every view with text and buttons starts from: base layout, the buttons and the focus ring. */
export const controls = css`
  ${base}
  ${buttons}
  ${focusRing}
`;
