/**
 * The language and direction an element inherits: the nearest `lang` / `dir` attribute on it or
 * an ancestor, looking through the shadow roots it sits in. Safe without a DOM (server-side
 * rendering shims have no `closest` or `getRootNode`): it then answers English, left to right.
 */
function nearest(element: Element, attribute: 'lang' | 'dir'): string | null {
  // Lit's server-side DOM shim has no closest(): there, the element's own attribute.
  if (!element.closest) return element.getAttribute?.(attribute) ?? null;
  for (
    let node: Element | undefined = element;
    node?.closest;
    node = (node.getRootNode?.() as ShadowRoot | undefined)?.host
  ) {
    const tagged = node.closest(`[${attribute}]`);
    if (tagged) return tagged.getAttribute(attribute);
  }
  return null;
}

/** The nearest `lang`, looking through shadow roots, so nested elements follow the page. */
export function inheritedLang(element: Element): string {
  return nearest(element, 'lang') || 'en';
}

/** `rtl` or `ltr`: the nearest `dir` (`auto` and none defer to the language), else the language's. */
export function inheritedDir(element: Element): 'rtl' | 'ltr' {
  const dir = nearest(element, 'dir')?.toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') return dir;
  // Languages written right to left, by primary subtag.
  return /^(ar|he|iw|fa|ur|ps|sd|ug|yi|dv|ckb)\b/i.test(inheritedLang(element)) ? 'rtl' : 'ltr';
}
