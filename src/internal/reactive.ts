/**
 * `@reactive` marks a field of a lazily loaded view (or of a piece a view hosts) that its element
 * renders from: assigning a different value asks the element to render again, as `@state()` does
 * on a Lit element. Views are plain controllers rather than elements (see `LazyView`), so without
 * this every change would need its own `host.requestUpdate()`.
 *
 * The class needs a `host` field (the element); a value set before `host` is (a field's initial
 * value) renders with the first update anyway. Only assignment is seen: an object changed in
 * place needs a new object or `host.requestUpdate()`. It lives with the views, outside `all.js`.
 */
export function reactive(prototype: object, name: string): void {
  const slot = Symbol(name);
  Object.defineProperty(prototype, name, {
    get(this: Record<symbol, unknown>) {
      return this[slot];
    },
    set(this: Record<symbol, unknown> & { host?: { requestUpdate(): void } }, value: unknown) {
      if (Object.is(this[slot], value)) return;
      this[slot] = value;
      this.host?.requestUpdate();
    },
  });
}
