/**
 * The demo app's own endpoints, next to the MFA handler:
 *
 *   POST /demo/sign-in {userName}   any name; a new session (and cookie) every time
 *   POST /demo/sign-out             ends the session (its persistent MFA tokens end with it)
 *   GET  /demo/me                   { mode: 'server', userName } or { mode: 'server', userName: null }
 *   POST /demo/export-key           sensitive: a single-use MFA token for 'wallet.export'
 *   POST /demo/sign-message {message}   sensitive: a token with the step-up scope 'wallet:sign'
 *   POST /demo/change-email {email}     sensitive: an MFA token for 'account.email' (persistent works)
 *   POST /demo/reset                "start over": deletes the signed-in user's MFA data (`mfa.deleteUser`);
 *                                   the session stays, now with nothing to verify
 *
 * POSTs need an Origin among the allowed ones (the same list as the MFA handler's) and JSON.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { toWebRequest, type MfaHandler } from '../../src/server/index.js';
import type { SessionCookies } from './session-cookie.js';

export const EXPORT_ACTION = 'wallet.export';
export const SIGN_ACTION = 'wallet.sign';
export const SIGN_SCOPE = 'wallet:sign';
export const EMAIL_ACTION = 'account.email';
const MAX_BODY = 4096;
const MAX_NAME = 200;

export interface DemoRoutesContext {
  cookies: SessionCookies;
  origins: () => string[];
  handler: () => Promise<MfaHandler>;
}

export async function demoRoute(
  context: DemoRoutesContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  const method = req.method ?? 'GET';
  const routes: Record<string, string> = {
    '/demo/sign-in': 'POST',
    '/demo/sign-out': 'POST',
    '/demo/me': 'GET',
    '/demo/export-key': 'POST',
    '/demo/sign-message': 'POST',
    '/demo/change-email': 'POST',
    '/demo/reset': 'POST',
  };
  const allowed = path === undefined ? undefined : routes[path];
  if (!allowed) return send(res, 404, { code: 'invalid-request', message: 'No such endpoint.' });
  if (method !== allowed) {
    res.setHeader('Allow', allowed);
    return send(res, 405, { code: 'invalid-request', message: `Use ${allowed}.` });
  }
  if (method === 'POST' && !context.origins().includes(req.headers.origin ?? '')) {
    return send(res, 403, {
      code: 'unauthorized',
      message: 'Cross-origin request refused.',
      reason: 'origin',
    });
  }
  const session = context.cookies.read(req.headers.cookie);

  switch (path) {
    case '/demo/me':
      return send(res, 200, { mode: 'server', userName: session?.userName ?? null });

    case '/demo/sign-in': {
      const body = await readJson(req);
      if (!body.ok)
        return send(res, body.status, { code: 'invalid-request', message: body.message });
      const userName = (body.value as { userName?: unknown }).userName;
      if (typeof userName !== 'string' || !userName.trim() || userName.length > MAX_NAME) {
        return send(res, 400, {
          code: 'invalid-request',
          message: 'userName: a non-empty string.',
        });
      }
      if (session) await (await context.handler()).endSession(userOf(session));
      const created = context.cookies.create(userName);
      res.setHeader('Set-Cookie', created.header);
      return send(res, 200, { mode: 'server', userName: created.session.userName });
    }

    case '/demo/sign-out':
      if (session) await (await context.handler()).endSession(userOf(session));
      res.setHeader('Set-Cookie', context.cookies.clear());
      return send(res, 200, { mode: 'server', userName: null });

    case '/demo/reset': {
      if (!session) return send(res, 401, { code: 'unauthorized', message: 'Sign in first.' });
      // A demo has no password to re-check; a real app would ask for a fresh proof before this.
      await (await context.handler()).deleteUser(userOf(session).userId);
      return send(res, 200, { mode: 'server', userName: session.userName });
    }

    case '/demo/export-key': {
      if (!session) return send(res, 401, { code: 'unauthorized', message: 'Sign in first.' });
      const check = await checkToken(context, req, { action: EXPORT_ACTION });
      if (!check.ok) return refuse(res, check);
      // A fake key: the point is that this line only runs after the token was checked.
      return send(res, 200, {
        privateKey: `demo-not-a-real-key-${randomBytes(24).toString('hex')}`,
        verifiedWith: check.method ?? null,
      });
    }

    case '/demo/sign-message': {
      if (!session) return send(res, 401, { code: 'unauthorized', message: 'Sign in first.' });
      const request = await toWebRequest(req, { maxBodyBytes: MAX_BODY });
      const message = await textField(request.clone(), 'message');
      if (message === undefined)
        return send(res, 400, {
          code: 'invalid-request',
          message: 'message: a string of 1 to 200 characters.',
        });
      const check = await checkToken(context, request, { action: SIGN_ACTION, scope: SIGN_SCOPE });
      if (!check.ok) return refuse(res, check);
      // A fake signature: an HMAC would need a key; this only shows the endpoint ran after the check.
      return send(res, 200, {
        signature: `demo-sig-${randomBytes(16).toString('hex')}`,
        verifiedWith: check.method ?? null,
      });
    }

    case '/demo/change-email': {
      if (!session) return send(res, 401, { code: 'unauthorized', message: 'Sign in first.' });
      const request = await toWebRequest(req, { maxBodyBytes: MAX_BODY });
      const email = await textField(request.clone(), 'email');
      if (email === undefined || !/^[^\s@]+@[^\s@]+$/.test(email)) {
        return send(res, 400, { code: 'invalid-request', message: 'email: an email address.' });
      }
      const check = await checkToken(context, request, { action: EMAIL_ACTION });
      if (!check.ok) return refuse(res, check);
      return send(res, 200, { email, verifiedWith: check.method ?? null });
    }
  }
}

type TokenCheck = Awaited<ReturnType<MfaHandler['verifyMfaToken']>>;

/** The app's side of step-up: check (and, single-use, consume) the MFA token for this action. */
async function checkToken(
  context: DemoRoutesContext,
  request: IncomingMessage | Request,
  options: { action: string; scope?: string },
): Promise<TokenCheck> {
  const mfa = await context.handler();
  const webRequest =
    request instanceof Request ? request : await toWebRequest(request, { maxBodyBytes: MAX_BODY });
  return mfa.verifyMfaToken(webRequest, options);
}

/** Send the handler's own 401/403 JSON refusal. */
async function refuse(
  res: ServerResponse,
  check: Extract<TokenCheck, { ok: false }>,
): Promise<void> {
  const refused = check.response();
  res.statusCode = refused.status;
  refused.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(await refused.text());
}

/** A short string field of a JSON body, or undefined. */
async function textField(request: Request, name: string): Promise<string | undefined> {
  try {
    const body: unknown = await request.json();
    const value =
      typeof body === 'object' && body !== null
        ? (body as Record<string, unknown>)[name]
        : undefined;
    return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_NAME
      ? value.trim()
      : undefined;
  } catch {
    return undefined;
  }
}

export function userOf(session: { userName: string; sessionId: string }) {
  return {
    userId: `demo:${session.userName}`,
    userName: session.userName,
    sessionId: session.sessionId,
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

type JsonBody = { ok: true; value: object } | { ok: false; status: number; message: string };

async function readJson(req: IncomingMessage): Promise<JsonBody> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json')
    return { ok: false, status: 415, message: 'Send application/json.' };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return { ok: false, status: 413, message: 'Body too large.' };
    chunks.push(chunk);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new Error('not an object');
    return { ok: true, value };
  } catch {
    return { ok: false, status: 400, message: 'The body is not a JSON object.' };
  }
}
