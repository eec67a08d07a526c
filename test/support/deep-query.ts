/** The first match in `root`, in its own shadow root (for an element) or in any nested shadow root. */
export function deepQuery<T extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
): T | null {
  const found = root.querySelector<T>(selector);
  if (found) return found;
  const own = root instanceof Element ? root.shadowRoot : null;
  const inOwn = own ? deepQuery<T>(own, selector) : null;
  if (inOwn) return inOwn;
  for (const node of Array.from(root.querySelectorAll('*'))) {
    const inner = node.shadowRoot ? deepQuery<T>(node.shadowRoot, selector) : null;
    if (inner) return inner;
  }
  return null;
}
