import { defineElement } from '../../src/internal/define.js';
import { MfaPasskeyPrompt } from './passkey-prompt.js';

export { MfaPasskeyPrompt };

defineElement('mfa-passkey-prompt', MfaPasskeyPrompt);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-passkey-prompt': MfaPasskeyPrompt;
  }
}
