import type { MfaErrorCode } from '../client/errors.js';

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
export class MfaErrorEvent extends Event {
  readonly detail: MfaErrorDetail;
  constructor(detail: MfaErrorDetail) {
    super('mfa-error', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-error': MfaErrorEvent;
  }
}
