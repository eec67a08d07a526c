import type { WebAuthnCeremonies } from './webauthn.js';

/** The `fetch` the client calls: the global one by default, or any function shaped like it. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpClientOptions {
  /**
   * Where the server's endpoints live, as mounted: `'/mfa'` (same origin, the default base path
   * of `createMfaHandler`) or `'https://api.example.com/mfa'`. A trailing slash is ignored.
   */
  baseUrl: string;
  /** Defaults to the global `fetch`. Tests pass one that calls the handler directly. */
  fetch?: FetchLike;
  /**
   * Extra headers for every request (an anti-CSRF token, an `Authorization` header), or a
   * function returning them, called once per request. The client's own headers
   * (`content-type`, `accept`, `x-mfa-token`) always win; an `x-mfa-token` here is dropped.
   */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /**
   * `fetch`'s `credentials`. The browser default (`'same-origin'`) sends the session cookie to a
   * server on the page's origin. `'include'` sends it to another origin too — which also needs
   * that server to answer CORS (the reference server expects to be mounted on the app's origin).
   */
  credentials?: RequestCredentials;
  /**
   * The WebAuthn ceremonies. Default: `@simplewebauthn/browser`, imported on first use so the
   * client stays small. Replace it to use another library, or a software authenticator in tests.
   */
  webauthn?: WebAuthnCeremonies;
}
