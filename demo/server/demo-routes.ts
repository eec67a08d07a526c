/**
 * The demo app's own endpoints, next to the MFA handler:
 *
 *   POST /demo/sign-in {userName}   any name; a new session (and cookie) every time
 *   POST /demo/sign-out             ends the session (its persistent MFA tokens end with it)
 *   GET  /demo/me                   { mode: 'server', userName } or { mode: 'server', userName: null }
 *   POST /demo/export-key           the "sensitive action": needs an MFA token for 'wallet.export'
 *
 * POSTs need an Origin among the allowed ones (the same list as the MFA handler's) and JSON.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { toWebRequest, type MfaHandler } from '../../src/server/index.js';
import type { SessionCookies } from './session-cookie.js';

export const EXPORT_ACTION = 'wallet.export';
const MAX_BODY = 4096;
const MAX_NAME = 200;

export interface DemoRoutesContext {
  cookies: SessionCookies;
  origins: () => string[];
  handler: () => Promise<MfaHandler>;
}

export async function demoRoute(context: DemoRoutesContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  const method = req.method ?? 'GET';
  const routes: Record<string, string> = {
    '/demo/sign-in': 'POST',
    '/demo/sign-out': 'POST',
    '/demo/me': 'GET',
    '/demo/export-key': 'POST',
  };
  const allowed = path === undefined ? undefined : routes[path];
  if (!allowed) return send(res, 404, { code: 'invalid-request', message: 'No such endpoint.' });
  if (method !== allowed) {
    res.setHeader('Allow', allowed);
    return send(res, 405, { code: 'invalid-request', message: `Use ${allowed}.` });
  }
  if (method === 'POST' && !context.origins().includes(req.headers.origin ?? '')) {
    return send(res, 403, { code: 'unauthorized', message: 'Cross-origin request refused.', reason: 'origin' });
  }
  const session = context.cookies.read(req.headers.cookie);

  switch (path) {
    case '/demo/me':
      return send(res, 200, { mode: 'server', userName: session?.userName ?? null });

    case '/demo/sign-in': {
      const body = await readJson(req);
      if (!body.ok) return send(res, body.status, { code: 'invalid-request', message: body.message });
      const userName = (body.value as { userName?: unknown }).userName;
      if (typeof userName !== 'string' || !userName.trim() || userName.length > MAX_NAME) {
        return send(res, 400, { code: 'invalid-request', message: 'userName: a non-empty string.' });
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

    case '/demo/export-key': {
      if (!session) return send(res, 401, { code: 'unauthorized', message: 'Sign in first.' });
      const mfa = await context.handler();
      const check = await mfa.verifyMfaToken(await toWebRequest(req, { maxBodyBytes: MAX_BODY }), { action: EXPORT_ACTION });
      if (!check.ok) {
        const refused = check.response();
        res.statusCode = refused.status;
        refused.headers.forEach((value, name) => res.setHeader(name, value));
        res.end(await refused.text());
        return;
      }
      // A fake key: the point is that this line only runs after the token was checked.
      return send(res, 200, {
        privateKey: `demo-not-a-real-key-${randomBytes(24).toString('hex')}`,
        verifiedWith: check.method ?? null,
      });
    }
  }
}

export function userOf(session: { userName: string; sessionId: string }) {
  return { userId: `demo:${session.userName}`, userName: session.userName, sessionId: session.sessionId };
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
  if (type !== 'application/json') return { ok: false, status: 415, message: 'Send application/json.' };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return { ok: false, status: 413, message: 'Body too large.' };
    chunks.push(chunk);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
    return { ok: true, value };
  } catch {
    return { ok: false, status: 400, message: 'The body is not a JSON object.' };
  }
}
