import {
  adoptStyles,
  css,
  type CSSResultOrNative,
  type LitElement,
  type ReactiveController,
} from 'lit';
import { registerDefaultMessages } from '../messages/registry.js';
import type { MfaTranslation } from '../messages/en.js';
import type { MissingClient } from './missing-client.js';

/** What a lazily loaded element view module exports. */
export interface ViewModule<Host, View> {
  /** Styles of the view, adopted next to the element's own small static styles. */
  styles: CSSResultOrNative[];
  /** English strings of the view, added beneath any English the page registered already. */
  messages: Partial<MfaTranslation>;
  /** Creates the view for one element; it renders from, and acts on, the element. */
  createView(host: Host): View;
  /**
   * The "no client" watcher, needed only with a view to show it in. Each view re-exports it from
   * `view-common.ts`, so it arrives in the views' shared chunk rather than as a request of its own.
   */
  MissingClient: typeof MissingClient;
}

/** A right-to-left language lays a view out right to left even when the page sets no `dir` (MfaElement sets the state). */
const rtlStyles = css`
  :host(:state(rtl)) {
    direction: rtl;
  }
`;

type ViewHost = LitElement & {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Set when the view arrives (see MissingClient); elements without a client have it. */
  missingClient?: MissingClient | undefined;
};

/**
 * Loads an element's view — the templates, styles, strings and behaviour it needs only once its
 * data is there — in a chunk of its own, started when the element connects. Data-driven elements
 * (enrollment, recovery codes…) fetch from the server at the same moment, so the chunk arrives
 * while they would be waiting anyway, and pages pay for an element's UI only when they use it.
 * This is what keeps `all.js` within its size budget; the same idea as the lazy QR encoder.
 */
export class LazyView<Host extends ViewHost, View> implements ReactiveController {
  /** The view, once loaded. */
  view: View | undefined;
  /** Set when the chunk failed to load (offline, deploy in progress). */
  failed = false;

  private readonly host: Host;
  private readonly load: () => Promise<ViewModule<Host, View>>;
  private loading: Promise<View> | undefined;
  private module: ViewModule<Host, View> | undefined;

  constructor(host: Host, load: () => Promise<ViewModule<Host, View>>) {
    this.host = host;
    this.load = load;
    host.addController(this);
  }

  hostConnected(): void {
    void this.ready().catch(() => undefined);
  }

  /** Resolves with the view; loads it the first time. A failed load can be retried. */
  ready(): Promise<View> {
    this.loading ??= this.load().then(
      (module) => {
        this.module = module;
        registerDefaultMessages('en', module.messages);
        if ('activeClient' in this.host)
          this.host.missingClient ??= new module.MissingClient(this.host as never);
        this.adopt();
        this.view = module.createView(this.host);
        this.failed = false;
        this.host.requestUpdate();
        return this.view;
      },
      (error: unknown) => {
        this.loading = undefined;
        this.failed = true;
        this.host.requestUpdate();
        throw error;
      },
    );
    return this.loading;
  }

  private adopt(): void {
    const root = this.host.renderRoot;
    if (!this.module || !(root instanceof ShadowRoot)) return;
    const own = (this.host.constructor as typeof LitElement).elementStyles;
    adoptStyles(root, [...own, rtlStyles, ...this.module.styles]);
  }
}
