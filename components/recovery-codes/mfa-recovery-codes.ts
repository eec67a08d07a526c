import { defineElement } from '../../src/internal/define.js';
import { MfaRecoveryCodes } from './recovery-codes.js';

export { MfaRecoveryCodes };

defineElement('mfa-recovery-codes', MfaRecoveryCodes);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-recovery-codes': MfaRecoveryCodes;
  }
}
