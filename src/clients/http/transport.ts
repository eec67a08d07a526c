/**
 * One request to the server: the URL from path segments, JSON in and out, the caller's signal,
 * and every failure turned into an `MfaError` (or the abort reason, for an aborted call).
 *
 * Secrets (codes, MFA tokens) never go into a URL: codes travel in POST bodies and tokens in the
 * `x-mfa-token` header. Path segments are only device ids and action names.
 */
import { MfaError } from '../../client/errors.js';
import { abortable, abortReason, throwIfAborted } from '../../internal/abort.js';
import { errorFromAnswer, malformedAnswer, MfaHttpError } from './errors.js';
import type { FetchLike, HttpClientOptions } from './options.js';

/** The header the server reads a fresh MFA token from. */
export const MFA_TOKEN_HEADER = 'x-mfa-token';

export interface Call {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path segments under the base URL; each is URI-encoded here. */
  path: readonly string[];
  /** The JSON body of a POST (`{}` when omitted). */
  body?: Record<string, unknown>;
  /** Sent in `x-mfa-token` when non-empty. */
  mfaToken?: string;
  signal?: AbortSignal;
}

/** A successful answer: its status and parsed JSON body (`undefined` when empty, as for 204). */
export interface Answer {
  status: number;
  value: unknown;
}

/** Sends calls; resolves with the successful answer, rejects with an `MfaError` or the abort reason. */
export type Transport = (call: Call) => Promise<Answer>;

export function createTransport(options: HttpClientOptions): Transport {
  if (typeof options?.baseUrl !== 'string' || options.baseUrl.trim() === '') {
    throw new TypeError('createHttpClient needs a baseUrl, e.g. "/mfa"');
  }
  const base = options.baseUrl.trim().replace(/\/+$/, '');
  // Looked up at call time and called unbound from `window`, as browsers require.
  const fetchFn: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  return async (call) => {
    const { signal } = call;
    throwIfAborted(signal);
    const url = `${base}/${call.path.map(segment).join('/')}`;
    const headers = await appHeaders(options);
    headers.set('accept', 'application/json');
    // Only the calls that need a fresh proof send one: a token among the app's headers would be
    // spent by whatever call happened to carry it (adding a factor consumes one when present).
    headers.delete(MFA_TOKEN_HEADER);
    if (call.mfaToken) headers.set(MFA_TOKEN_HEADER, call.mfaToken);
    const init: RequestInit = { method: call.method, headers };
    if (call.method === 'POST') {
      headers.set('content-type', 'application/json');
      init.body = JSON.stringify(call.body ?? {});
    }
    if (signal) init.signal = signal;
    if (options.credentials) init.credentials = options.credentials;
    throwIfAborted(signal);

    let response: Response;
    let text: string;
    try {
      response = await abortable(fetchFn(url, init), signal);
    } catch (error) {
      throw transportFailure(error, signal);
    }
    try {
      text = await abortable(response.text(), signal);
    } catch (error) {
      throw transportFailure(error, signal, response.status);
    }

    if (!response.ok) throw errorFromAnswer(response, text);
    if (text === '') return { status: response.status, value: undefined };
    try {
      return { status: response.status, value: JSON.parse(text) as unknown };
    } catch {
      throw malformedAnswer(response.status, 'JSON');
    }
  };
}

/** The app's extra headers; a failing `headers()` is an `MfaError` like any other failure. */
async function appHeaders(options: HttpClientOptions): Promise<Headers> {
  try {
    return new Headers(
      typeof options.headers === 'function' ? await options.headers() : options.headers,
    );
  } catch (error) {
    throw new MfaError('unknown', 'The headers option failed.', { cause: error });
  }
}

/**
 * A path segment, URI-encoded. `.` and `..` would be resolved away by the URL parser (even
 * percent-encoded), sending the request to another endpoint, so they are refused.
 */
function segment(value: string): string {
  if (typeof value !== 'string' || value === '' || value === '.' || value === '..') {
    throw new MfaError(
      'invalid-request',
      'An id or action name in the path is empty or not valid.',
    );
  }
  return encodeURIComponent(value);
}

/** `fetch` rejected: the caller aborted, or the server could not be reached (a `TypeError`). */
function transportFailure(error: unknown, signal: AbortSignal | undefined, status = 0): unknown {
  if (signal?.aborted) return abortReason(signal);
  if (error instanceof MfaError) return error;
  if (error instanceof Error && error.name === 'AbortError') return error;
  const network = error instanceof TypeError;
  return new MfaHttpError(
    network ? 'network' : 'unknown',
    network ? 'The server could not be reached.' : 'The request failed.',
    { status, cause: error },
  );
}
