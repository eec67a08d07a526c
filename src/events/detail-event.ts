import type { MfaActionAuthorizedEvent } from './mfa-action-authorized.js';
import type { MfaCancelEvent } from './mfa-cancel.js';
import type { MfaDeviceDeletedEvent } from './mfa-device-deleted.js';
import type { MfaEnrolledEvent } from './mfa-enrolled.js';
import type { MfaErrorEvent } from './mfa-error.js';
import type { MfaFlowCompleteEvent } from './mfa-flow-complete.js';
import type { MfaRecoveryCodesRegeneratedEvent } from './mfa-recovery-codes-regenerated.js';
import type { MfaVerifiedEvent } from './mfa-verified.js';

/**
 * An `mfa-*` event with a `detail`: it bubbles and leaves shadow roots. The detail is plain data
 * the dispatcher built from known fields (src/internal/public-detail.ts), never a code, a secret or
 * an error object. Each event is its own subclass, which names its type.
 */
export class MfaDetailEvent<Detail> extends Event {
  readonly detail: Detail;
  constructor(type: string, detail: Detail) {
    super(type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

// One map for the events with a detail: every one of their modules imports this one. The two
// without a detail (mfa-complete, mfa-recovery-codes-acknowledged) declare their own entry, so
// the eager bundle never loads this class for them.
declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-action-authorized': MfaActionAuthorizedEvent;
    'mfa-cancel': MfaCancelEvent;
    'mfa-device-deleted': MfaDeviceDeletedEvent;
    'mfa-enrolled': MfaEnrolledEvent;
    'mfa-error': MfaErrorEvent;
    'mfa-flow-complete': MfaFlowCompleteEvent;
    'mfa-recovery-codes-regenerated': MfaRecoveryCodesRegeneratedEvent;
    'mfa-verified': MfaVerifiedEvent;
  }
}
