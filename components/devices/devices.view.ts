import { nothing, type ReactiveController } from 'lit';
import { devicesMessages } from './devices.messages.js';
import { styles as viewStyles } from './devices.styles.js';
import type { MfaDevices } from './devices.js';

// PLACEHOLDER — the lazily loaded part of <mfa-devices> (see src/internal/lazy-view.ts).

export const styles = [viewStyles];
export const messages = devicesMessages;

export function createView(host: MfaDevices): DevicesView {
  return new DevicesView(host);
}

export class DevicesView implements ReactiveController {
  private readonly host: MfaDevices;
  constructor(host: MfaDevices) {
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
