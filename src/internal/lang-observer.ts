/**
 * One `MutationObserver` for the page tells every connected element when a `lang` or `dir`
 * attribute changes anywhere above it (the way Shoelace's localize does), so an app's language
 * switcher re-renders the kit without re-creating it. Shadow roots the elements sit in are
 * observed too, since a document's observer does not see inside them.
 */
export interface LangListener {
  /** A `lang` or `dir` changed somewhere on the page; check yours. */
  pageLangChanged(): void;
}

const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;
/** Roots observed already: the observer never stops, so each is observed once, not per element. */
const observed = new WeakSet<Node>();

/** Start telling `element` about language changes (its document and the shadow roots above it). */
export function watchPageLang(element: Element & LangListener): void {
  if (typeof MutationObserver === 'undefined' || !element.getRootNode) return;
  listeners.add(element);
  observer ??= new MutationObserver(() =>
    listeners.forEach((listener) => listener.pageLangChanged()),
  );
  for (
    let root: Node | undefined = element.getRootNode();
    root;
    root = (root as ShadowRoot).host?.getRootNode()
  ) {
    const target = (root as Document).documentElement ?? root;
    if (observed.has(target)) continue;
    observed.add(target);
    observer.observe(target, { subtree: true, attributeFilter: ['lang', 'dir'] });
  }
}

export function unwatchPageLang(element: LangListener): void {
  listeners.delete(element);
}
