/**
 * mfa-elements/http — the `MfaClient` for the reference server (or any server speaking its
 * protocol, described in `openapi.json`). No DOM access at import time; `@simplewebauthn/browser`
 * loads on the first passkey ceremony.
 *
 *   import { createHttpClient } from 'mfa-elements/http';
 *   document.querySelector('mfa-provider').client = createHttpClient({ baseUrl: '/mfa' });
 */
export { createHttpClient } from './client.js';
export type { FetchLike, HttpClientOptions } from './options.js';
export { MfaHttpError, parseRetryAfter } from './errors.js';
export { MFA_TOKEN_HEADER } from './transport.js';
export { browserWebAuthn, type WebAuthnCeremonies } from './webauthn.js';
