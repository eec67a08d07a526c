import type { ViewModule } from '../../src/internal/lazy-view.js';
import { MfaViewElement } from '../../src/internal/mfa-view-element.js';
import type { PasskeyPromptView } from './passkey-prompt.view.js';

/**
 * @summary PLACEHOLDER
 * @tagname mfa-passkey-prompt
 */
export class MfaPasskeyPrompt extends MfaViewElement<PasskeyPromptView> {
  protected loadView(): Promise<ViewModule<this, PasskeyPromptView>> {
    return import('./passkey-prompt.view.js');
  }
}
