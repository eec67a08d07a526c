import { defineElement } from '../../src/internal/define.js';
import { MfaOtpInput } from './otp-input.js';

export { MfaOtpInput };

defineElement('mfa-otp-input', MfaOtpInput);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-otp-input': MfaOtpInput;
  }
}
