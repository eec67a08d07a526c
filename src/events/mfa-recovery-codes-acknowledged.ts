/** The user confirmed they saved their recovery codes, and the client recorded it. */
export class MfaRecoveryCodesAcknowledgedEvent extends Event {
  constructor() {
    super('mfa-recovery-codes-acknowledged', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-recovery-codes-acknowledged': MfaRecoveryCodesAcknowledgedEvent;
  }
}
