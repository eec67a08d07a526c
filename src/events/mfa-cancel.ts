import { MfaDetailEvent } from './detail-event.js';

/** Why a step ended without a result. */
export type MfaCancelReason =
  /** The user closed the dialog (Escape, Cancel, or the close button). */
  | 'dismissed'
  /** The user cancelled the browser's passkey sheet, or it timed out (WebAuthn `NotAllowedError`). */
  | 'passkey-cancelled';

export interface MfaCancelDetail {
  reason: MfaCancelReason;
  /** The guarded action, when a `<mfa-action-guard>` was cancelled. */
  action?: string;
}

/** The user stopped a step (not an error: nothing failed, and the step can be tried again). */
export class MfaCancelEvent extends MfaDetailEvent<MfaCancelDetail> {
  constructor(detail: MfaCancelDetail) {
    super('mfa-cancel', detail);
  }
}
