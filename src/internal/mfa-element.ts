import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveMessages, type MfaMessages, type MfaTranslation } from '../messages/index.js';
import { messagesVersion } from '../messages/registry.js';
import type { LangListener } from './lang-observer.js';
import { inheritedDir, inheritedLang } from './page-lang.js';

export { inheritedLang } from './page-lang.js';

/**
 * Base of every element: `ElementInternals` for custom states, form association and ARIA,
 * and translated messages that follow the page's `lang` live.
 */
let observerModule: Promise<typeof import('./lang-observer.js')> | undefined;
const langObserver = () => (observerModule ??= import('./lang-observer.js'));

/**
 * Resolutions without overrides, shared by every element: each field of a page would otherwise
 * resolve and format the same strings on its first render (docs/ARCHITECTURE.md, "Performance
 * targets"). Kept for the current registrations only: a new registration starts a new cache.
 */
const sharedMessages = new Map<string, MfaMessages>();
let sharedVersion = messagesVersion;

function sharedResolution(lang: string): MfaMessages {
  if (sharedVersion !== messagesVersion) {
    sharedMessages.clear();
    sharedVersion = messagesVersion;
  }
  let messages = sharedMessages.get(lang);
  if (!messages) sharedMessages.set(lang, (messages = resolveMessages(lang)));
  return messages;
}

export class MfaElement extends LitElement implements LangListener {
  /** Replace single strings of this element's text, e.g. `{ otpLabel: 'Code from your app' }`. */
  @property({ attribute: false }) messages?: Partial<MfaTranslation>;

  protected readonly internals: ElementInternals = this.attachInternals();

  /** The last resolution, and what it was made for (language, registrations' version, overrides). */
  private resolved?: MfaMessages;
  private resolvedFor = '';
  private resolvedOverrides?: Partial<MfaTranslation>;
  /** Language and direction at the last check, `lang|dir`. */
  private shownLang = '';

  /**
   * The strings in the element's language (`lang` on it or an ancestor).
   * @internal for the element's lazily loaded view
   */
  get msg(): MfaMessages {
    const lang = inheritedLang(this);
    const key = `${lang}|${messagesVersion}`;
    if (!this.resolved || key !== this.resolvedFor || this.messages !== this.resolvedOverrides) {
      this.resolved = this.messages ? resolveMessages(lang, this.messages) : sharedResolution(lang);
      this.resolvedFor = key;
      this.resolvedOverrides = this.messages;
    }
    return this.resolved;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The page's observer is a chunk of its own, fetched on the first connect: a page that never
    // switches language pays for it after its first render, not in the initial load.
    void langObserver().then((observer) => {
      if (!this.isConnected) return;
      observer.watchPageLang(this);
      this.pageLangChanged(); // a change made while the observer was loading
    });
    this.pageLangChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void langObserver().then((observer) => observer.unwatchPageLang(this));
  }

  /**
   * Re-render when the inherited `lang` or direction changed (an app's language switcher).
   * @internal called by the page's observer
   */
  pageLangChanged(): void {
    const dir = inheritedDir(this);
    const shown = `${inheritedLang(this)}|${dir}`;
    if (shown === this.shownLang) return;
    const first = this.shownLang === '';
    this.shownLang = shown;
    // A right-to-left language lays out right to left even when the page sets no `dir`.
    this.toggleState('rtl', dir === 'rtl');
    if (!first) this.languageChanged();
  }

  /** The language or direction changed after connecting; subclasses refresh what they keep. */
  protected languageChanged(): void {
    this.requestUpdate();
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
