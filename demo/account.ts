/**
 * "Account security": <mfa-flow>, <mfa-devices> and <mfa-passkey-prompt mode="register"> on one
 * settings card, next to the journey. They all read the same account through the provider, so
 * when one of them changes it (a method added or deleted, codes acknowledged, a session verified)
 * the others re-read the status instead of trusting what they showed before.
 */
import type { MfaDevices, MfaFlow } from '../src/index.js';
import { byId } from './dom.js';

/** Events after which the account's status may have changed. */
const CHANGES = [
  'mfa-enrolled',
  'mfa-verified',
  'mfa-device-deleted',
  'mfa-recovery-codes-acknowledged',
  'mfa-recovery-codes-regenerated',
  'mfa-flow-complete',
] as const;

export class AccountSecurity {
  private readonly flow = byId<MfaFlow>('account-flow');
  private readonly devices = byId<MfaDevices>('account-devices');
  private refreshQueued = false;
  private stale = { flow: false, journey: false };

  private readonly journey = byId('journey');

  /** `onJourneyStale` runs after changes made outside the journey, which moves itself along. */
  constructor(private readonly onJourneyStale: () => void) {
    for (const type of CHANGES) {
      document.addEventListener(type, (event) => {
        const path = event.composedPath();
        this.changed(path.includes(this.flow), path.includes(this.journey));
      });
    }
  }

  /** Re-read everything (after switching user). */
  refresh(): void {
    void this.flow.refresh();
    void this.devices.refresh();
  }

  private changed(fromFlow: boolean, fromJourney: boolean): void {
    // Several events can arrive in one turn (a verification inside the devices' guard, then the
    // deletion): one refresh of each part for all of them. The part an event came from moves
    // itself along and is not told again.
    this.stale.flow ||= !fromFlow;
    this.stale.journey ||= !fromJourney;
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    queueMicrotask(() => {
      const { flow, journey } = this.stale;
      this.stale = { flow: false, journey: false };
      this.refreshQueued = false;
      if (flow) void this.flow.refresh();
      void this.devices.refresh();
      if (journey) this.onJourneyStale();
    });
  }
}
