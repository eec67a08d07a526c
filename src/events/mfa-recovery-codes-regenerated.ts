import { MfaDetailEvent } from './detail-event.js';

export interface MfaRecoveryCodesRegeneratedDetail {
  /** How many new codes there are. Never the codes. */
  count: number;
}

/** A new set of recovery codes replaced the old one; the old codes no longer work. */
export class MfaRecoveryCodesRegeneratedEvent extends MfaDetailEvent<MfaRecoveryCodesRegeneratedDetail> {
  constructor(detail: MfaRecoveryCodesRegeneratedDetail) {
    super('mfa-recovery-codes-regenerated', detail);
  }
}
