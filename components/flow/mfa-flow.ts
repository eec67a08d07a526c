import '../totp-enroll/mfa-totp-enroll.js';
import '../passkey-prompt/mfa-passkey-prompt.js';
import '../recovery-codes/mfa-recovery-codes.js';
import { defineElement } from '../../src/internal/define.js';
import { MfaFlow } from './flow.js';

export { MfaFlow };

defineElement('mfa-flow', MfaFlow);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-flow': MfaFlow;
  }
}
