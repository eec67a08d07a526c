import type { MfaDevice } from '../client/types.js';

export interface MfaEnrolledDetail {
  /** The new, verified device. Never the secret. */
  device: MfaDevice;
}

/** A new factor was enrolled and confirmed. */
export class MfaEnrolledEvent extends Event {
  readonly detail: MfaEnrolledDetail;
  constructor(detail: MfaEnrolledDetail) {
    super('mfa-enrolled', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-enrolled': MfaEnrolledEvent;
  }
}
