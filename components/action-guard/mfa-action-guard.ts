import '../otp-input/mfa-otp-input.js';
import '../passkey-prompt/mfa-passkey-prompt.js';
import '../recovery-codes/mfa-recovery-codes.js';
import '../totp-enroll/mfa-totp-enroll.js';
import { defineElement } from '../../src/internal/define.js';
import { MfaActionGuard } from './action-guard.js';

export { MfaActionGuard };

defineElement('mfa-action-guard', MfaActionGuard);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-action-guard': MfaActionGuard;
  }
}
