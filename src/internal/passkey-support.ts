/**
 * Whether this browser has WebAuthn. Read when rendering, not at import: a page (or a test) may
 * take it away later.
 */
export function browserSupportsPasskeys(): boolean {
  return typeof globalThis.PublicKeyCredential === 'function';
}
