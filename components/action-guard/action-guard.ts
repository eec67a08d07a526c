import type { ViewModule } from '../../src/internal/lazy-view.js';
import { MfaViewElement } from '../../src/internal/mfa-view-element.js';
import type { ActionGuardView } from './action-guard.view.js';

/**
 * @summary PLACEHOLDER
 * @tagname mfa-action-guard
 */
export class MfaActionGuard extends MfaViewElement<ActionGuardView> {
  protected loadView(): Promise<ViewModule<this, ActionGuardView>> {
    return import('./action-guard.view.js');
  }
}
