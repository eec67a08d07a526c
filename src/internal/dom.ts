/** DOM helpers the views share: focus and containment across shadow roots. */

/** Is `node` inside `ancestor`, looking through shadow roots? */
export function composedContains(ancestor: Node, node: Node | null): boolean {
  while (node) {
    if (node === ancestor) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}
