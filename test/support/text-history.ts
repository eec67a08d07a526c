import { deepQuery } from './deep-query.js';

/**
 * Every text an element showed, in order, recorded as the page changed it rather than polled.
 *
 * A countdown shows each value for one second. A test that reads it after an awaited step (keys
 * sent through the runner, a poll) may wake after the first tick on a busy machine and never see
 * a value that was there. MutationObservers on the host's shadow roots (nested ones included, as
 * they appear) see every render, so `texts` holds each value the element showed, however late
 * the test looks at it.
 */
export interface TextHistory {
  /** Each new text of the first element matching the selector, in order; absent or empty: none. */
  readonly texts: string[];
  stop(): void;
}

/** Start recording the texts of `selector` (searched through shadow roots) under `host`. */
export function textHistory(host: Element, selector: string): TextHistory {
  const texts: string[] = [];
  const watched = new Set<ShadowRoot>();
  const observer = new MutationObserver(() => look());
  const watch = (root: ParentNode): void => {
    for (const node of [root, ...Array.from(root.querySelectorAll('*'))]) {
      const shadow = node instanceof Element ? node.shadowRoot : null;
      if (shadow && !watched.has(shadow)) {
        watched.add(shadow);
        observer.observe(shadow, { subtree: true, childList: true, characterData: true });
        watch(shadow);
      }
    }
  };
  const look = (): void => {
    watch(host);
    const text = deepQuery(host, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (text !== '' && text !== texts.at(-1)) texts.push(text);
  };
  observer.observe(host, { subtree: true, childList: true, characterData: true });
  look();
  return { texts, stop: () => observer.disconnect() };
}
