import { consume, ContextEvent } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import type { MfaError } from '../client/errors.js';
import type { MfaClient } from '../client/types.js';
import { errorMessage } from '../messages/error-message.js';
import { mfaClientContext } from '../context.js';
import { MfaElement } from './mfa-element.js';
import type { MissingClient } from './missing-client.js';

/** Base of elements that talk to a backend: the client comes from `<mfa-provider>` or `.client`. */
export class MfaClientElement extends MfaElement {
  /** The client for this element; overrides the one from `<mfa-provider>`. */
  @property({ attribute: false }) client?: MfaClient;

  @consume({ context: mfaClientContext, subscribe: true })
  @state()
  private providedClient?: MfaClient;

  private pendingCalls = 0;

  /**
   * Whether and when to say that no client came; it arrives with the lazily loaded view (which
   * is what would show anything), so its code stays out of the initial load.
   * @internal
   */
  missingClient: MissingClient | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // The request made on connecting goes unanswered when the <mfa-provider> above is not defined
    // yet (bundlers may run the tags' registrations in any order): ask again once it is.
    if (!customElements.get('mfa-provider'))
      void customElements.whenDefined('mfa-provider').then(this.askProvider);
  }

  private askProvider = (): void => {
    if (this.providedClient || !this.isConnected) return;
    this.dispatchEvent(
      new ContextEvent(
        mfaClientContext,
        this,
        (client: MfaClient | undefined) => (this.providedClient = client),
        true,
      ),
    );
  };

  /** The client in effect: the element's own, else the provider's. */
  get activeClient(): MfaClient | undefined {
    return this.client ?? this.providedClient;
  }

  /**
   * The translated text for an error; `retryIn` overrides the wait a rate limit reports.
   * @internal for the controllers and views
   */
  describeError(error: MfaError, retryIn?: number): string {
    if (!this.activeClient && error.code === 'unknown') return this.msg.errorNoClient;
    return errorMessage(this.msg, error, retryIn);
  }

  /**
   * Called by `ClientCall` around every call, so `:state(pending)` covers overlapping calls.
   * @internal
   */
  trackPending(delta: 1 | -1): void {
    this.pendingCalls = Math.max(0, this.pendingCalls + delta);
    this.toggleState('pending', this.pendingCalls > 0);
    this.internals.ariaBusy = this.pendingCalls > 0 ? 'true' : 'false';
  }
}
