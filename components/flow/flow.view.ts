import { nothing, type ReactiveController } from 'lit';
import { flowMessages } from './flow.messages.js';
import { styles as viewStyles } from './flow.styles.js';
import type { MfaFlow } from './flow.js';

// PLACEHOLDER — the lazily loaded part of <mfa-flow> (see src/internal/lazy-view.ts).

export const styles = [viewStyles];
export const messages = flowMessages;

export function createView(host: MfaFlow): FlowView {
  return new FlowView(host);
}

export class FlowView implements ReactiveController {
  private readonly host: MfaFlow;
  constructor(host: MfaFlow) {
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
