export interface MfaRecoveryCodesRegeneratedDetail {
  /** How many new codes there are. Never the codes. */
  count: number;
}

/** A new set of recovery codes replaced the old one; the old codes no longer work. */
export class MfaRecoveryCodesRegeneratedEvent extends Event {
  readonly detail: MfaRecoveryCodesRegeneratedDetail;
  constructor(detail: MfaRecoveryCodesRegeneratedDetail) {
    super('mfa-recovery-codes-regenerated', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-recovery-codes-regenerated': MfaRecoveryCodesRegeneratedEvent;
  }
}
