import type { MfaMethod, MfaToken, ReauthMethod } from '../client/types.js';
import { MfaDetailEvent } from './detail-event.js';

export interface MfaActionAuthorizedDetail {
  /** The guarded action (`wallet.export`, `wallet.waas.sign`, …). */
  action: string;
  /** How the user proved it: a factor, or `email-code` / `sms-code` (re-authentication, no MFA method). */
  method: MfaMethod | ReauthMethod;
  /**
   * The MFA token or elevated token the client issued for the action, to send to the app's own
   * endpoint; absent when the client issued none. Never a code.
   */
  token?: MfaToken;
}

/** A fresh proof was given for a guarded action; the held activation runs right after. */
export class MfaActionAuthorizedEvent extends MfaDetailEvent<MfaActionAuthorizedDetail> {
  constructor(detail: MfaActionAuthorizedDetail) {
    super('mfa-action-authorized', detail);
  }
}
