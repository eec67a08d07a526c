import { defineElement } from '../../src/internal/define.js';
import { MfaActionGuard } from './action-guard.js';

export { MfaActionGuard };

defineElement('mfa-action-guard', MfaActionGuard);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-action-guard': MfaActionGuard;
  }
}
