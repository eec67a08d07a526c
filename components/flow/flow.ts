import type { ViewModule } from '../../src/internal/lazy-view.js';
import { MfaViewElement } from '../../src/internal/mfa-view-element.js';
import type { FlowView } from './flow.view.js';

/**
 * @summary PLACEHOLDER
 * @tagname mfa-flow
 */
export class MfaFlow extends MfaViewElement<FlowView> {
  protected loadView(): Promise<ViewModule<this, FlowView>> {
    return import('./flow.view.js');
  }
}
