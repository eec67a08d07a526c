import { defineElement } from '../../src/internal/define.js';
import { MfaFlow } from './flow.js';

export { MfaFlow };

defineElement('mfa-flow', MfaFlow);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-flow': MfaFlow;
  }
}
