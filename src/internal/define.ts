/**
 * Register a tag unless it is already taken. Two copies of the kit on one page (micro-frontends,
 * a CDN copy beside a bundled one) must not throw; a different class under our tag is worth a
 * warning because its behaviour may not match ours.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, ctor);
  } else if (existing !== ctor) {
    console.warn(
      `mfa-elements: <${tag}> is already defined by another class; leaving it as it is.`,
    );
  }
}
