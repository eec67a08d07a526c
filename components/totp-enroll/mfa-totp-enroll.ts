import '../otp-input/mfa-otp-input.js';
import { defineElement } from '../../src/internal/define.js';
import { MfaTotpEnroll } from './totp-enroll.js';

export { MfaTotpEnroll };

defineElement('mfa-totp-enroll', MfaTotpEnroll);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-totp-enroll': MfaTotpEnroll;
  }
}
