/**
 * Server answers that are not a success, turned into `MfaError`s. The server speaks
 * `{ code, message, retryAfter?, reason? }`; anything else (a proxy's HTML page, an empty 502, a
 * code this version does not know) still becomes an `MfaError` with a code the elements handle.
 */
import { isMfaErrorCode, MfaError, type MfaErrorCode } from '../../client/errors.js';

/** An `MfaError` that came from an HTTP answer: its status and, when the server gave one, why. */
export class MfaHttpError extends MfaError {
  /** The HTTP status of the answer (0 when there was none to read). */
  readonly status: number;
  /**
   * The server's `reason` for codes that cover several cases, e.g. `fresh-proof-required`,
   * `mfa-required` or `mfa-token-used` for `unauthorized`.
   */
  readonly reason?: string;

  constructor(
    code: MfaErrorCode,
    message: string,
    init: { status: number; reason?: string; retryAfter?: number; cause?: unknown },
  ) {
    super(code, message, {
      ...(init.retryAfter !== undefined && { retryAfter: init.retryAfter }),
      ...(init.cause !== undefined && { cause: init.cause }),
    });
    this.status = init.status;
    if (init.reason !== undefined) this.reason = init.reason;
  }
}

/** Server messages are for developers; a hostile or broken server cannot make them huge. */
const MAX_MESSAGE = 300;
const MAX_REASON = 64;

/**
 * `Retry-After` as whole seconds from now: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Undefined when absent or unreadable.
 */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d{1,10}$/.test(text)) return Number(text);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** The code an answer without a usable JSON error gets, from its status alone. */
function codeForStatus(status: number): MfaErrorCode {
  if (status === 429) return 'rate-limited';
  if (status === 401 || status === 403) return 'unauthorized';
  return 'unknown';
}

function readJsonObject(text: string): Record<string, unknown> | null {
  if (text === '') return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The `MfaError` for a non-2xx answer whose body text was `text`. */
export function errorFromAnswer(response: Response, text: string): MfaHttpError {
  const { status } = response;
  const body = readJsonObject(text);
  const rawCode = body?.['code'];
  const code: MfaErrorCode =
    typeof rawCode === 'string'
      ? isMfaErrorCode(rawCode)
        ? rawCode
        : 'unknown'
      : codeForStatus(status);
  const rawMessage = body?.['message'];
  const message =
    typeof rawMessage === 'string' && rawMessage !== ''
      ? rawMessage.slice(0, MAX_MESSAGE)
      : body === null
        ? `The server answered ${status} without a JSON error.`
        : `The server answered ${status}.`;
  const rawReason = body?.['reason'];
  const reason =
    typeof rawReason === 'string' && rawReason !== '' ? rawReason.slice(0, MAX_REASON) : undefined;
  const rawRetry = body?.['retryAfter'];
  let retryAfter =
    typeof rawRetry === 'number' && Number.isFinite(rawRetry) && rawRetry >= 0
      ? Math.ceil(rawRetry)
      : undefined;
  if (retryAfter === undefined && (status === 429 || code === 'rate-limited')) {
    retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  }
  return new MfaHttpError(code, message, {
    status,
    ...(reason !== undefined && { reason }),
    ...(retryAfter !== undefined && { retryAfter }),
  });
}

/** A 2xx answer the client cannot use (not JSON, or not the shape the endpoint promises). */
export function malformedAnswer(status: number, what: string): MfaHttpError {
  return new MfaHttpError('unknown', `The server's answer is not ${what}.`, { status });
}
