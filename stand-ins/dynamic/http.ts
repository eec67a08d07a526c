/** Dynamic's wire format: JSON bodies, errors as `{ error, code }` (the SDK builds `APIError` from them). */

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
}

/** A failure the route throws; the router turns it into Dynamic's error body. */
export class StandInError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function errorResponse(error: StandInError): Response {
  return json({ error: error.message, code: error.code }, error.status, error.headers);
}

export const badRequest = (message: string): StandInError =>
  new StandInError(400, 'bad_request', message);
export const unauthorized = (message = 'Unauthorized'): StandInError =>
  new StandInError(401, 'unauthorized', message);
export const notFound = (message = 'Not found'): StandInError =>
  new StandInError(404, 'not_found', message);
/** Dynamic's answer to a wrong or replayed code (the SDK maps it to `MfaInvalidOtpError`). */
export const invalidCode = (): StandInError =>
  new StandInError(400, 'mfa_invalid_code', 'Invalid code');
/** Dynamic's answer while locked (the SDK maps it to `MfaRateLimitedError`). */
export const rateLimited = (retryAfter?: number): StandInError =>
  new StandInError(
    429,
    'mfa_rate_limited',
    'Too many attempts',
    retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) },
  );
/** A fresh MFA proof is missing (not documented by Dynamic; the adapter goes by the status). */
export const mfaRequired = (message = 'MFA required'): StandInError =>
  new StandInError(403, 'mfa_required', message);

/** 2026-04 rules: the call needs an elevated access token for its scope (shared/DYNAMIC.md §8). */
export const elevatedRequired = (): StandInError =>
  new StandInError(403, 'elevated_access_token_required', 'Elevated access token required');

const MAX_BODY = 64 * 1024;

/** The JSON object body, or a 400. Unknown fields are ignored, as Dynamic's API does. */
export async function readObject(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.includes('application/json'))
    throw new StandInError(415, 'bad_request', 'Expected application/json');
  const text = await request.text();
  if (text.length > MAX_BODY) throw new StandInError(413, 'bad_request', 'Body too large');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw badRequest('Malformed JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw badRequest('Expected a JSON object');
  return body as Record<string, unknown>;
}

export function optionalString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > 512)
    throw badRequest(`${key}: expected a string`);
  return value;
}

export function requiredString(body: Record<string, unknown>, key: string): string {
  const value = optionalString(body, key);
  if (value === undefined || value === '') throw badRequest(`${key} is required`);
  return value;
}
