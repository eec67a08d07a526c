// web-test-runner cannot report a failed comparison that holds DOM nodes: chai puts them in the
// error as `actual` and `expected`, the runner fails to send that error from the page, and the
// whole file then hangs until its 300 s timeout instead of naming the failed test.

/** A node (or anything) in a failure message: an element by the start of its markup. */
function described(value: unknown): string {
  if (value instanceof Element) return value.outerHTML.slice(0, 80);
  if (value instanceof Node) return value.nodeName;
  return String(value);
}

/** Fails unless `actual` is `expected` (the same node); the message names both by their markup. */
export function expectSameNode(actual: unknown, expected: unknown, what: string): void {
  if (actual !== expected)
    throw new Error(`${what}: expected ${described(expected)}, got ${described(actual)}`);
}
