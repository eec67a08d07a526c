import type { MfaDeviceType } from '../client/types.js';

export interface MfaDeviceDeletedDetail {
  deviceId: string;
  type: MfaDeviceType;
}

/** A method was deleted, after a fresh proof. */
export class MfaDeviceDeletedEvent extends Event {
  readonly detail: MfaDeviceDeletedDetail;
  constructor(detail: MfaDeviceDeletedDetail) {
    super('mfa-device-deleted', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-device-deleted': MfaDeviceDeletedEvent;
  }
}
