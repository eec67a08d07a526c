import '../action-guard/mfa-action-guard.js';
import '../totp-enroll/mfa-totp-enroll.js';
import '../passkey-prompt/mfa-passkey-prompt.js';
import '../recovery-codes/mfa-recovery-codes.js';
import { defineElement } from '../../src/internal/define.js';
import { MfaDevices } from './devices.js';

export { MfaDevices };

defineElement('mfa-devices', MfaDevices);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-devices': MfaDevices;
  }
}
