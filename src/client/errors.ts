/** Stable error codes; elements switch on these, the server sends them in JSON errors. */
export const MFA_ERROR_CODES = [
  'invalid-code',
  'rate-limited',
  'expired',
  'already-enrolled',
  'not-enrolled',
  'passkey-cancelled',
  'passkey-unsupported',
  'unauthorized',
  'step-up-required',
  'invalid-request',
  'network',
  'unknown',
] as const;

export type MfaErrorCode = (typeof MFA_ERROR_CODES)[number];

export interface MfaErrorOptions {
  /**
   * Seconds until another attempt is allowed: on `rate-limited`, and on the `invalid-code` whose
   * failure started a lock (the code was wrong, and the next attempt must wait this long).
   */
  retryAfter?: number;
  cause?: unknown;
}

/** The one error type of the kit. Its message is for developers; elements show their own text. */
export class MfaError extends Error {
  override readonly name = 'MfaError';
  readonly code: MfaErrorCode;
  readonly retryAfter?: number;

  constructor(code: MfaErrorCode, message: string = code, options: MfaErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
  }
}

export function isMfaErrorCode(value: unknown): value is MfaErrorCode {
  return typeof value === 'string' && (MFA_ERROR_CODES as readonly string[]).includes(value);
}

/** True for the rejection an aborted call produces; such calls are not failures. */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/**
 * Turn anything a client threw into an `MfaError`. WebAuthn reports a cancelled or timed-out
 * ceremony as `NotAllowedError`; `fetch` reports an unreachable server as a `TypeError`.
 */
export function toMfaError(error: unknown): MfaError {
  if (error instanceof MfaError) return error;
  if (error instanceof Error) {
    switch (error.name) {
      case 'NotAllowedError':
      case 'AbortError':
        return new MfaError('passkey-cancelled', error.message, { cause: error });
      case 'NotSupportedError':
        return new MfaError('passkey-unsupported', error.message, { cause: error });
      case 'TypeError':
        return new MfaError('network', error.message, { cause: error });
    }
    return new MfaError('unknown', error.message, { cause: error });
  }
  return new MfaError('unknown', String(error), { cause: error });
}
