// "Confirm it's you first" (src/internal/step-up.ts) opens a guard when registering.
import '../action-guard/mfa-action-guard.js';
import { defineElement } from '../../src/internal/define.js';
import { MfaPasskeyPrompt } from './passkey-prompt.js';

export { MfaPasskeyPrompt };

defineElement('mfa-passkey-prompt', MfaPasskeyPrompt);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-passkey-prompt': MfaPasskeyPrompt;
  }
}
