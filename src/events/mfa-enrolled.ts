import type { MfaDevice } from '../client/types.js';
import { MfaDetailEvent } from './detail-event.js';

export interface MfaEnrolledDetail {
  /** The new, verified device. Never the secret. */
  device: MfaDevice;
}

/** A new factor was enrolled and confirmed. */
export class MfaEnrolledEvent extends MfaDetailEvent<MfaEnrolledDetail> {
  constructor(detail: MfaEnrolledDetail) {
    super('mfa-enrolled', detail);
  }
}
