import type { MfaErrorCode } from '../client/errors.js';
import { MfaDetailEvent } from './detail-event.js';

export interface MfaErrorDetail {
  code: MfaErrorCode;
  /** The message shown to the user (already translated). */
  message: string;
  /** Seconds until another attempt is allowed, for `rate-limited`. */
  retryAfter?: number;
}

/**
 * A client call failed. The detail is plain data — never the error object, whose `cause` could
 * hold a request body with a code in it.
 */
export class MfaErrorEvent extends MfaDetailEvent<MfaErrorDetail> {
  constructor(detail: MfaErrorDetail) {
    super('mfa-error', detail);
  }
}
