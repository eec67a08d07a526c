import type { MfaMethod } from '../client/types.js';
import { MfaDetailEvent } from './detail-event.js';

export interface MfaFlowCompleteDetail {
  /** The method the user enrolled or verified with in this flow; absent when nothing was pending. */
  method?: MfaMethod;
  /** Whether a new method was enrolled during the flow. */
  enrolled: boolean;
}

/** Account-level MFA has nothing left pending: enrolled or verified, and recovery codes acknowledged. */
export class MfaFlowCompleteEvent extends MfaDetailEvent<MfaFlowCompleteDetail> {
  constructor(detail: MfaFlowCompleteDetail) {
    super('mfa-flow-complete', detail);
  }
}
