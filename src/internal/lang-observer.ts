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
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

const OPTIONS: MutationObserverInit = { subtree: true, attributes: true, attributeFilter: ['lang', 'dir'] };

function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer ??= new MutationObserver(() => {
    for (const listener of listeners) listener.pageLangChanged();
  });
  observer.observe(root, OPTIONS);
}

/** Start telling `element` about language changes (its document and the shadow roots above it). */
export function watchPageLang(element: Element & LangListener): void {
  if (typeof MutationObserver === 'undefined' || typeof element.getRootNode !== 'function') return;
  listeners.add(element);
  let root: Node = element.getRootNode();
  while ('host' in root) {
    observe(root);
    root = (root as ShadowRoot).host.getRootNode();
  }
  const top = (root as Document).documentElement ?? root;
  observe(top);
}

export function unwatchPageLang(element: LangListener): void {
  listeners.delete(element);
}
