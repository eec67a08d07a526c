import '../otp-input/mfa-otp-input.js';
// "Confirm it's you first" (src/internal/step-up.ts) opens a guard.
import '../action-guard/mfa-action-guard.js';
import { defineElement } from '../../src/internal/define.js';
import { MfaTotpEnroll } from './totp-enroll.js';

export { MfaTotpEnroll };

defineElement('mfa-totp-enroll', MfaTotpEnroll);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-totp-enroll': MfaTotpEnroll;
  }
}
