/**
 * The language and direction an element inherits: the nearest `lang` / `dir` attribute on it or
 * an ancestor, looking through the shadow roots it sits in. Safe without a DOM (server-side
 * rendering shims have no `closest` or `getRootNode`): it then answers English, left to right.
 */
function nearest(element: Element, attribute: 'lang' | 'dir'): string | null {
  let node: Element | null = element;
  while (node && typeof node.closest === 'function') {
    const tagged: Element | null = node.closest(`[${attribute}]`);
    if (tagged) return tagged.getAttribute(attribute);
    const root: Node | null = typeof node.getRootNode === 'function' ? node.getRootNode() : null;
    node = root && 'host' in root ? (root as ShadowRoot).host : null;
  }
  return null;
}

/** The nearest `lang`, looking through shadow roots, so nested elements follow the page. */
export function inheritedLang(element: Element): string {
  return nearest(element, 'lang') || 'en';
}

/** Languages written right to left (by primary subtag). */
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** `rtl` or `ltr`: the nearest `dir` (`auto` and none defer to the language), else the language's. */
export function inheritedDir(element: Element): 'rtl' | 'ltr' {
  const dir = nearest(element, 'dir')?.toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') return dir;
  const primary = inheritedLang(element).toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}
