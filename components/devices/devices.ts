import type { ViewModule } from '../../src/internal/lazy-view.js';
import { MfaViewElement } from '../../src/internal/mfa-view-element.js';
import type { DevicesView } from './devices.view.js';

/**
 * @summary PLACEHOLDER
 * @tagname mfa-devices
 */
export class MfaDevices extends MfaViewElement<DevicesView> {
  protected loadView(): Promise<ViewModule<this, DevicesView>> {
    return import('./devices.view.js');
  }
}
