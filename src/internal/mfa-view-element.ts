import { css, html, nothing } from 'lit';
import { LazyView, type ViewModule } from './lazy-view.js';
import { MfaClientElement } from './mfa-client-element.js';

/** The part of a lazily loaded view the element talks to. */
export interface ElementView {
  render(): unknown;
}

/**
 * Base of the data-driven elements whose UI lives in a lazily loaded view (see `LazyView`).
 * The element class keeps its public API (properties, methods, JSDoc for the manifest); the view
 * holds the templates, styles, strings, client calls and behaviour.
 */
export abstract class MfaViewElement<View extends ElementView> extends MfaClientElement {
  /** Only what the loading line needs; each view brings the rest of its element's styles. */
  static override styles = css`
    :host {
      display: block;
      color: var(--mfa-color-text, light-dark(#1f2328, #e6edf3));
      font: 1rem/1.5 var(--mfa-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    }
    :host([hidden]) {
      display: none;
    }
    p[part~='status'],
    p[part~='error'] {
      margin: 0;
      color: var(--mfa-color-muted, light-dark(#59636e, #9198a1));
    }
    p[part~='error'] {
      color: var(--mfa-color-error, light-dark(#cf222e, #f85149));
    }
    p > [part='retry-button'] {
      margin-inline-start: 0.5rem;
      font: inherit;
    }
  `;

  protected readonly lazyView: LazyView<this, View> = new LazyView<this, View>(this, () =>
    this.loadView(),
  );

  /** `import('./x.view.js')` — a literal dynamic import so bundlers split it out. */
  protected abstract loadView(): Promise<ViewModule<this, View>>;

  /** The view once loaded, for public methods that delegate to it. */
  protected viewReady(): Promise<View> {
    return this.lazyView.ready();
  }

  protected override render(): unknown {
    return html`${this.renderMissingClient()}${this.renderView()}`;
  }

  /** Says that no client came (see `MissingClient`), above whatever the element shows. */
  protected renderMissingClient(): unknown {
    return this.missingClient?.visible
      ? html`<p part="error" role="alert">${this.msg.errorNoClient}</p>`
      : nothing;
  }

  private renderView(): unknown {
    const { view, failed } = this.lazyView;
    if (view) return view.render();
    if (failed) {
      return html`<p part="error" role="alert">
        ${this.msg.errorNetwork}
        <button part="retry-button" type="button" @click=${() => void this.lazyView.ready().catch(() => undefined)}>
          ${this.msg.tryAgain}
        </button>
      </p>`;
    }
    return html`<p part="status" role="status">${this.msg.loading}</p>`;
  }

  /** `await el.updateComplete` (and so `fixture()`) also waits for the view to arrive and render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = await super.getUpdateComplete();
    if (this.lazyView.view || this.lazyView.failed || !this.isConnected) return settled;
    await this.lazyView.ready().catch(() => undefined);
    return super.getUpdateComplete();
  }
}
