import { nothing, type ReactiveController } from 'lit';
import { passkeyPromptMessages } from './passkey-prompt.messages.js';
import { styles as viewStyles } from './passkey-prompt.styles.js';
import type { MfaPasskeyPrompt } from './passkey-prompt.js';

// PLACEHOLDER — the lazily loaded part of <mfa-passkey-prompt> (see src/internal/lazy-view.ts).

export const styles = [viewStyles];
export const messages = passkeyPromptMessages;

export function createView(host: MfaPasskeyPrompt): PasskeyPromptView {
  return new PasskeyPromptView(host);
}

export class PasskeyPromptView implements ReactiveController {
  private readonly host: MfaPasskeyPrompt;
  constructor(host: MfaPasskeyPrompt) {
    this.host = host;
    host.addController(this);
  }
  hostConnected(): void {
    this.host.requestUpdate();
  }
  render(): unknown {
    return nothing;
  }
}
