import { nothing, type ReactiveController } from 'lit';
import { actionGuardMessages } from './action-guard.messages.js';
import { styles as viewStyles } from './action-guard.styles.js';
import type { MfaActionGuard } from './action-guard.js';

// PLACEHOLDER — the lazily loaded part of <mfa-action-guard> (see src/internal/lazy-view.ts).

export const styles = [viewStyles];
export const messages = actionGuardMessages;

export function createView(host: MfaActionGuard): ActionGuardView {
  return new ActionGuardView(host);
}

export class ActionGuardView implements ReactiveController {
  private readonly host: MfaActionGuard;
  constructor(host: MfaActionGuard) {
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
