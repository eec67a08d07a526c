import type { MfaProof } from '../client/types.js';

/** Detail: how the user proved the factor, and the token when one was requested. Never the code. */
export type MfaVerifiedDetail = MfaProof;

export class MfaVerifiedEvent extends Event {
  readonly detail: MfaVerifiedDetail;
  constructor(detail: MfaVerifiedDetail) {
    super('mfa-verified', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-verified': MfaVerifiedEvent;
  }
}
