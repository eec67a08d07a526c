/** DOM helpers the views share: focus and containment across shadow roots, nested events. */

/**
 * Is `node` inside `ancestor` as drawn, looking through shadow roots and slots? A code field's
 * input is a light-DOM child of the outermost kit element, slotted into a nested one
 * (docs/ARCHITECTURE.md, "The code field's input in the page"): it is inside both.
 */
export function composedContains(ancestor: Node, node: Node | null): boolean {
  while (node) {
    if (node === ancestor) return true;
    node =
      (node as Partial<Element>).assignedSlot ??
      node.parentNode ??
      (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

/** The focused element, looking into shadow roots; null when nothing (or only the body) has focus. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/** Stop a nested element's event where it is handled: it is the view's business, not the page's. */
export const stopEvent = (event: Event): void => event.stopPropagation();

// `mfa-otp-input`: its native input is in the page's light DOM, not under it (docs/SECURITY.md
// 26); its `focus()` focuses that input.
const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"]), mfa-otp-input:not([disabled])';

/** The first focusable element under `root`, looking into open shadow roots (nested elements). */
export function firstFocusable(root: ParentNode): HTMLElement | null {
  for (const element of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
    if (element.shadowRoot) {
      const inner = firstFocusable(element.shadowRoot);
      if (inner) return inner;
    }
    if (element.matches(FOCUSABLE)) return element;
  }
  return null;
}

/** Wait until the Lit elements under `root` (and the views they load) have rendered. */
export async function settledUnder(root: ParentNode): Promise<void> {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const pending = (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
    if (pending) await pending;
  }
}
