import { defineElement } from '../../src/internal/define.js';
import { MfaDevices } from './devices.js';

export { MfaDevices };

defineElement('mfa-devices', MfaDevices);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-devices': MfaDevices;
  }
}
