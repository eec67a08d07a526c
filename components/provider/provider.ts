import { ContextProvider } from '@lit/context';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { MfaClient } from '../../src/client/types.js';
import { mfaClientContext } from '../../src/context.js';

/**
 * Set the client as a property: `provider.client = createHttpClient({ baseUrl: '/mfa' })`.
 * Elements inside can still take their own `.client`, which wins.
 *
 * @summary Gives one `MfaClient` to every mfa-elements element inside it.
 * @tagname mfa-provider
 *
 * @slot - The elements (or whole page section) that should use this client.
 */
export class MfaProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The client every element inside uses. */
  @property({ attribute: false })
  client?: MfaClient;

  // A ContextProvider fed from `client`, rather than the @provide decorator: the same protocol
  // in fewer bytes of the initial load.
  private readonly provider = new ContextProvider(this, { context: mfaClientContext });

  protected override willUpdate(): void {
    this.provider.setValue(this.client);
  }

  override render() {
    return html`<slot></slot>`;
  }
}
