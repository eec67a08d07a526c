import type { MfaDeviceType } from '../client/types.js';
import { MfaDetailEvent } from './detail-event.js';

export interface MfaDeviceDeletedDetail {
  deviceId: string;
  type: MfaDeviceType;
}

/** A method was deleted, after a fresh proof. */
export class MfaDeviceDeletedEvent extends MfaDetailEvent<MfaDeviceDeletedDetail> {
  constructor(detail: MfaDeviceDeletedDetail) {
    super('mfa-device-deleted', detail);
  }
}
