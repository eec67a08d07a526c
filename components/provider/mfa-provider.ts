import { defineElement } from '../../src/internal/define.js';
import { MfaProvider } from './provider.js';

export { MfaProvider };

defineElement('mfa-provider', MfaProvider);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-provider': MfaProvider;
  }
}
