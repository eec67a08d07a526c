import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveMessages, type MfaMessages } from '../messages/index.js';

/** The nearest `lang`, looking through shadow roots, so nested elements follow the page. */
export function inheritedLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    // Lit's server-side DOM shim has no closest() or getRootNode(): the element's own lang there.
    if (typeof node.closest !== 'function') return node.getAttribute?.('lang') || 'en';
    const tagged: Element | null = node.closest('[lang]');
    if (tagged) return tagged.getAttribute('lang') || 'en';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'en';
}

/**
 * Base of every element: `ElementInternals` for custom states, form association and ARIA,
 * and translated messages.
 */
export class MfaElement extends LitElement {
  /** Replace single strings of this element's text, e.g. `{ otpLabel: 'Code from your app' }`. */
  @property({ attribute: false }) messages?: Partial<MfaMessages>;

  protected readonly internals: ElementInternals = this.attachInternals();

  /**
   * The strings in the element's language (`lang` on it or an ancestor).
   * @internal for the element's lazily loaded view
   */
  get msg(): MfaMessages {
    return resolveMessages(inheritedLang(this), this.messages);
  }

  /**
   * Toggle a custom state, styled from outside with `mfa-x:state(name)`.
   * @internal for the element's lazily loaded view
   */
  toggleState(name: string, on: boolean): void {
    if (on) this.internals.states.add(name);
    else this.internals.states.delete(name);
  }

  /** Whether a custom state is on (handy in tests and for subclasses). */
  hasState(name: string): boolean {
    return this.internals.states.has(name);
  }
}
