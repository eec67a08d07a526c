/**
 * Dynamic's errors → the kit's `MfaError`. The SDK's error classes are matched by their `code`
 * (and `name`/`status`), never by `instanceof`: an app may end up with two copies of the SDK, and
 * `APIError` is only exported from `@dynamic-labs-sdk/client/core`.
 */
import { MfaError, toMfaError, type MfaErrorCode } from '../../client/errors.js';

/** Codes of the SDK's own error classes (`BaseError.code`). */
const SDK_CODES: Record<string, MfaErrorCode> = {
  mfa_invalid_otp_error: 'invalid-code',
  mfa_rate_limited_error: 'rate-limited',
  no_webauthn_support_error: 'passkey-unsupported',
  no_passkey_credentials_found_error: 'not-enrolled',
  unauthorized_error: 'unauthorized',
  user_not_authenticated_error: 'unauthorized',
};

/** Server codes an `APIError` can carry when no SDK class was mapped onto it. */
const SERVER_CODES: Record<string, MfaErrorCode> = {
  mfa_invalid_code: 'invalid-code',
  mfa_rate_limited: 'rate-limited',
  // 2026-04 rules: the call needs an elevated token the session does not hold.
  elevated_access_token_required: 'step-up-required',
};

/** WebAuthn failures keep the DOMException's name (also through @simplewebauthn/browser's WebAuthnError). */
const WEBAUTHN_NAMES: Record<string, MfaErrorCode> = {
  NotAllowedError: 'passkey-cancelled',
  AbortError: 'passkey-cancelled',
  InvalidStateError: 'already-enrolled',
  NotSupportedError: 'passkey-unsupported',
  SecurityError: 'passkey-unsupported',
};

interface Inspectable {
  name?: unknown;
  code?: unknown;
  status?: unknown;
  message?: unknown;
  cause?: unknown;
}

function codeForStatus(status: number): MfaErrorCode {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 429) return 'rate-limited';
  if (status === 404) return 'not-enrolled';
  if (status === 400 || status === 409 || status === 413 || status === 415 || status === 422)
    return 'invalid-request';
  return 'unknown';
}

/** Seconds from a `Retry-After` header (delta-seconds only; a date is ignored). */
function retryAfterOf(response: Response): number | undefined {
  const value = response.headers.get('retry-after');
  if (value === null || !/^\d{1,6}$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

function messageOf(error: Inspectable, fallback: string): string {
  return typeof error.message === 'string' && error.message !== '' ? error.message : fallback;
}

/**
 * Map anything the SDK (or the browser under it) threw. Messages are Dynamic's own and carry no
 * code or secret; the original error stays available as `cause`.
 */
export function fromDynamicError(error: unknown): MfaError {
  if (error instanceof MfaError) return error;

  // The generated API client throws the raw `Response` when an error body is not Dynamic's JSON.
  if (typeof Response !== 'undefined' && error instanceof Response) {
    const code = codeForStatus(error.status);
    const retryAfter = code === 'rate-limited' ? retryAfterOf(error) : undefined;
    return new MfaError(code, `Dynamic answered HTTP ${error.status}`, {
      cause: error,
      ...(retryAfter === undefined ? {} : { retryAfter }),
    });
  }

  if (typeof error !== 'object' || error === null) return toMfaError(error);
  const inspectable = error as Inspectable;
  const name = typeof inspectable.name === 'string' ? inspectable.name : '';
  const code = typeof inspectable.code === 'string' ? inspectable.code : '';

  const sdk = SDK_CODES[code];
  if (sdk) return new MfaError(sdk, messageOf(inspectable, code), { cause: error });

  if (code === 'value_must_be_defined_error') {
    // `assertDefined` failures: "User not logged in", "mfaAuthToken is required", …
    const message = messageOf(inspectable, code);
    return new MfaError(
      /not logged in/i.test(message) ? 'unauthorized' : 'invalid-request',
      message,
      { cause: error },
    );
  }

  // APIError: a JSON error body from Dynamic, with the HTTP status.
  if (name === 'APIError' && typeof inspectable.status === 'number') {
    const mapped = SERVER_CODES[code] ?? codeForStatus(inspectable.status);
    return new MfaError(mapped, messageOf(inspectable, code), { cause: error });
  }

  const webauthn = WEBAUTHN_NAMES[name];
  if (webauthn) return new MfaError(webauthn, messageOf(inspectable, name), { cause: error });

  // fetch rejects with a TypeError when the network is down; newer generated clients wrap it.
  if (name === 'TypeError' || name === 'FetchError') {
    return new MfaError('network', messageOf(inspectable, 'network error'), { cause: error });
  }

  return toMfaError(error);
}
