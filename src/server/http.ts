/**
 * HTTP plumbing: JSON responses, the error shape `{ code, message, retryAfter?, reason? }`,
 * reading a capped JSON body, and the same-origin check. Client mistakes are always a 4xx with a
 * stable code (docs/SECURITY.md 20); only a fault of the server is a 500 `unknown`.
 */
import type { MfaErrorCode } from '../client/errors.js';
import { PlainResponse } from './plain-response.js';

/** Why a request was refused, for codes that cover several cases (`unauthorized` mostly). */
export type ErrorReason =
  | 'no-session'
  | 'origin'
  | 'mfa-required'
  | 'fresh-proof-required'
  | 'enrollment-expired'
  | 'codes-not-kept'
  | 'mfa-token-required'
  | 'mfa-token-invalid'
  | 'mfa-token-used'
  | 'mfa-token-session'
  | 'mfa-token-kind'
  | 'mfa-token-method'
  | 'mfa-token-scope'
  | 'mfa-token-action'
  | 'body-too-large'
  | 'content-type'
  | 'malformed-json'
  | 'not-found'
  | 'method-not-allowed';

const DEFAULT_STATUS: Record<MfaErrorCode, number> = {
  'invalid-request': 400,
  'invalid-code': 400,
  expired: 400,
  'already-enrolled': 409,
  'not-enrolled': 409,
  'rate-limited': 429,
  unauthorized: 401,
  'step-up-required': 403,
  'passkey-cancelled': 400,
  'passkey-unsupported': 400,
  network: 502,
  unknown: 500,
};

/** A refusal that becomes a JSON error response. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly status: number;
  readonly code: MfaErrorCode;
  readonly reason?: ErrorReason;
  readonly retryAfter?: number;
  readonly headers: Record<string, string>;

  constructor(
    code: MfaErrorCode,
    message: string,
    init: {
      status?: number;
      reason?: ErrorReason;
      retryAfter?: number;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
    this.code = code;
    this.status = init.status ?? DEFAULT_STATUS[code];
    if (init.reason !== undefined) this.reason = init.reason;
    if (init.retryAfter !== undefined) this.retryAfter = init.retryAfter;
    this.headers = init.headers ?? {};
  }
}

export interface ErrorBody {
  code: MfaErrorCode;
  message: string;
  retryAfter?: number;
  reason?: ErrorReason;
}

export function errorBody(error: HttpError): ErrorBody {
  const body: ErrorBody = { code: error.code, message: error.message };
  if (error.retryAfter !== undefined) body.retryAfter = error.retryAfter;
  if (error.reason !== undefined) body.reason = error.reason;
  return body;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** A JSON answer; `headers` add to (or replace) content-type and `cache-control: no-store`. */
export function jsonResponse(
  status: number,
  body: unknown,
  headers?: Record<string, string>,
): PlainResponse {
  return new PlainResponse(
    status,
    headers === undefined
      ? { 'content-type': JSON_TYPE, 'cache-control': 'no-store' }
      : { 'content-type': JSON_TYPE, 'cache-control': 'no-store', ...headers },
    JSON.stringify(body),
  );
}

export function noContent(): PlainResponse {
  return new PlainResponse(204, { 'cache-control': 'no-store' }, null);
}

/** The refusal as an answer: its JSON body, status, its own headers and `Retry-After`. */
export function plainErrorResponse(error: HttpError): PlainResponse {
  const headers = { ...error.headers };
  if (error.retryAfter !== undefined) headers['retry-after'] = String(error.retryAfter);
  return jsonResponse(error.status, errorBody(error), headers);
}

/** The same as a Web `Response` (what `verifyMfaToken`'s refusals hand the app). */
export function errorResponse(error: HttpError): Response {
  return plainErrorResponse(error).toWebResponse();
}

export function serverFault(): PlainResponse {
  return jsonResponse(500, {
    code: 'unknown',
    message: 'The server failed; nothing was changed. Try again.',
  });
}

/** A rate-limited refusal (429 + Retry-After when the lock has an end). */
export function rateLimited(retryAfter: number | undefined): HttpError {
  return new HttpError(
    'rate-limited',
    retryAfter === undefined
      ? 'Too many failed attempts; the account is locked.'
      : 'Too many failed attempts; wait and try again.',
    retryAfter === undefined ? {} : { retryAfter },
  );
}

function isJsonMediaType(contentType: string): boolean {
  return contentType.split(';')[0].trim().toLowerCase() === 'application/json';
}

/**
 * Read the body as a JSON object, never buffering more than `maxBytes`. An empty body reads as
 * `{}`; a non-empty one must be `application/json` and an object. `bytes`: the body when the
 * caller already read it (the Node adapter, under its own cap), instead of `request.body`.
 */
export async function readJsonObject(
  request: Request,
  maxBytes: number,
  bytes?: Uint8Array,
): Promise<Record<string, unknown>> {
  const contentType = request.headers.get('content-type');
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  let body = bytes;
  if (body === undefined)
    body = request.body ? await readCapped(request.body, maxBytes) : new Uint8Array(0);
  else if (body.byteLength > maxBytes) throw tooLarge(maxBytes);
  return parseJsonObject(contentType, body);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function parseJsonObject(contentType: string | null, bytes: Uint8Array): Record<string, unknown> {
  if (contentType !== null && !isJsonMediaType(contentType)) {
    throw new HttpError('invalid-request', 'The body must be application/json.', {
      status: 415,
      reason: 'content-type',
    });
  }
  if (bytes.length === 0) return {};
  if (contentType === null) {
    throw new HttpError('invalid-request', 'The body must be application/json.', {
      status: 415,
      reason: 'content-type',
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(UTF8.decode(bytes));
  } catch {
    throw new HttpError('invalid-request', 'The body is not valid JSON.', {
      reason: 'malformed-json',
    });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError('invalid-request', 'The body must be a JSON object.', {
      reason: 'malformed-json',
    });
  }
  return value as Record<string, unknown>;
}

async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError('invalid-request', `The body is larger than ${maxBytes} bytes.`, {
    status: 413,
    reason: 'body-too-large',
  });
}

/**
 * State-changing requests must come from an allowed origin (docs/SECURITY.md 21). Browsers send `Origin`
 * on every POST and DELETE; a request without one is refused too, so a server-to-server caller
 * (an app in another language calling `tokens/verify`) sets `Origin` to one of its own origins.
 */
export function assertAllowedOrigin(request: Request, allowedOrigins: readonly string[]): void {
  const origin = request.headers.get('origin');
  if (origin === null || !allowedOrigins.includes(origin)) {
    throw new HttpError('unauthorized', 'Cross-origin request refused.', {
      status: 403,
      reason: 'origin',
    });
  }
}
