import type { MfaProof } from '../client/types.js';
import { MfaDetailEvent } from './detail-event.js';

/** Detail: how the user proved the factor, and the token when one was requested. Never the code. */
export type MfaVerifiedDetail = MfaProof;

export class MfaVerifiedEvent extends MfaDetailEvent<MfaVerifiedDetail> {
  constructor(detail: MfaVerifiedDetail) {
    super('mfa-verified', detail);
  }
}
