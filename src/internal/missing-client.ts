import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MfaClient } from '../client/types.js';

/**
 * How long after the window's `load` an element may still be waiting for its client before it
 * says that none came. Apps that register the tags lazily, or whose provider gets its client from
 * an async set-up, set it within this time; after it, an empty box would be a silent failure.
 */
export const CLIENT_GRACE_MS = 1500;

type Host = ReactiveControllerHost & HTMLElement & { readonly activeClient: MfaClient | undefined };

/** Resolves once the window has loaded, plus the grace period. */
function pageSettled(): Promise<void> {
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((done) => window.addEventListener('load', () => done(), { once: true }));
  return loaded.then(() => new Promise<void>((done) => setTimeout(done, CLIENT_GRACE_MS)));
}

/**
 * Decides when an element without a client says so. Until the page has settled it waits quietly
 * (the client may still come); after that, or as soon as the element is used or given a `client`
 * attribute (a framework wrote the object as a string), `visible` turns on until a client arrives.
 */
export class MissingClient implements ReactiveController {
  private readonly host: Host;
  private settled = false;
  private used = false;
  private attributeReported = false;
  private connection = 0;
  /** `client` is a property; its attribute is watched only to report a framework's mistake. */
  private readonly clientAttribute = new MutationObserver(() => {
    if (this.host.hasAttribute('client')) this.attributeSet();
  });

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /** Whether the element should show that it has no client. */
  get visible(): boolean {
    return (
      this.host.activeClient === undefined &&
      (this.settled || this.used || this.host.hasAttribute('client'))
    );
  }

  hostConnected(): void {
    const connection = ++this.connection;
    this.clientAttribute.observe(this.host, { attributeFilter: ['client'] });
    if (this.host.hasAttribute('client')) this.attributeSet();
    void pageSettled().then(() => {
      if (connection !== this.connection || !this.host.isConnected) return;
      this.settled = true;
      if (this.visible) this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.connection++;
    this.clientAttribute.disconnect();
  }

  /** The user tried something that needs the client. */
  noteUse(): void {
    this.used = true;
    this.host.requestUpdate();
  }

  /** A `client` attribute: the object was turned into a string. Said once per element. */
  attributeSet(): void {
    this.host.requestUpdate();
    if (this.attributeReported) return;
    this.attributeReported = true;
    const tag = this.host.localName;
    console.error(
      `mfa-elements: <${tag}> got a "client" attribute; set the property instead (element.client = client, or on ` +
        `<mfa-provider>). Frameworks write attributes on undefined tags: import 'mfa-elements/all.js' before rendering <${tag}>.`,
    );
  }
}
