/**
 * Node's `http` (and so Express/Connect) in front of the Web-standard handler. This is the only
 * Node-specific file of the server besides the PGlite/pg drivers.
 *
 *   http.createServer(toNodeListener(mfa)).listen(3000);
 *   app.use(nodeMiddleware(mfa));            // Express/Connect: other paths go to next()
 *
 * The body is read as a stream and refused with 413 as soon as it passes the cap, so an
 * oversized upload is never buffered whole.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Anything shaped like the handler (createMfaHandler's result, or a plain function). */
export type WebHandler = ((request: Request) => Promise<Response>) & {
  maxBodyBytes?: number;
  basePath?: string;
};

export interface NodeAdapterOptions {
  /** Largest body read; defaults to the handler's own cap (16 KiB). */
  maxBodyBytes?: number;
}

export interface NodeMiddlewareOptions extends NodeAdapterOptions {
  /** Requests outside this path go to `next()`. Defaults to the handler's base path ('/mfa'). */
  basePath?: string;
}

type Next = (error?: unknown) => void;

const DEFAULT_CAP = 16 * 1024;

/** A `(req, res)` listener for `http.createServer`. */
export function toNodeListener(handler: WebHandler, options: NodeAdapterOptions = {}) {
  const cap = options.maxBodyBytes ?? handler.maxBodyBytes ?? DEFAULT_CAP;
  return (req: IncomingMessage, res: ServerResponse): void => {
    void serve(handler, req, res, cap);
  };
}

/** Express/Connect middleware: serves the base path, passes everything else to `next()`. */
export function nodeMiddleware(handler: WebHandler, options: NodeMiddlewareOptions = {}) {
  const cap = options.maxBodyBytes ?? handler.maxBodyBytes ?? DEFAULT_CAP;
  const basePath = `/${(options.basePath ?? handler.basePath ?? '/mfa').replace(/^\/+|\/+$/g, '')}`;
  return (req: IncomingMessage, res: ServerResponse, next?: Next): void => {
    const path = originalUrl(req).split('?')[0];
    if (path !== basePath && !path.startsWith(`${basePath}/`)) {
      if (next) next();
      else
        send(res, 404, {
          code: 'invalid-request',
          message: 'No such endpoint.',
          reason: 'not-found',
        });
      return;
    }
    void serve(handler, req, res, cap);
  };
}

class BodyTooLargeError extends Error {}

/** Build a Web `Request` from Node's request, reading at most `maxBodyBytes` of body. */
export async function toWebRequest(
  req: IncomingMessage,
  options: { maxBodyBytes: number },
): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (name.startsWith(':') || value === undefined) continue; // HTTP/2 pseudo-headers
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  const body =
    method === 'GET' || method === 'HEAD' ? undefined : await readBody(req, options.maxBodyBytes);
  const init: RequestInit = { method, headers };
  if (body !== undefined && body.byteLength > 0) init.body = body;
  return new Request(requestUrl(req), init);
}

function originalUrl(req: IncomingMessage): string {
  // Express strips a mount path from req.url but keeps it in originalUrl.
  return (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
}

function requestUrl(req: IncomingMessage): string {
  const encrypted = (req.socket as { encrypted?: boolean } | undefined)?.encrypted === true;
  const host = req.headers.host;
  const origin = `${encrypted ? 'https' : 'http'}://${host && /^[A-Za-z0-9.:[\]-]+$/.test(host) ? host : 'localhost'}`;
  return new URL(originalUrl(req), origin).href;
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes)
    return Promise.reject(new BodyTooLargeError());
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const onData = (chunk: Uint8Array) => {
      total += chunk.byteLength;
      if (total > maxBytes) {
        cleanup();
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      const body = new Uint8Array(total);
      let offset = 0;
      for (const chunk of chunks) {
        body.set(chunk, offset);
        offset += chunk.byteLength;
      }
      resolve(body);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/**
 * Methods the Fetch standard forbids (`new Request` throws on them) or that no route takes and a
 * `Request` cannot carry: answered here, 405, before a `Request` is built (docs/SECURITY.md 21).
 */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);
const METHOD_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const ALLOWED_METHODS = 'GET, POST, DELETE';

async function serve(
  handler: WebHandler,
  req: IncomingMessage,
  res: ServerResponse,
  maxBodyBytes: number,
): Promise<void> {
  const method = req.method ?? 'GET';
  if (FORBIDDEN_METHODS.has(method.toUpperCase()) || !METHOD_TOKEN.test(method)) {
    req.resume();
    send(
      res,
      405,
      { code: 'invalid-request', message: 'Method not allowed.', reason: 'method-not-allowed' },
      false,
      { allow: ALLOWED_METHODS },
    );
    return;
  }
  try {
    const request = await toWebRequest(req, { maxBodyBytes });
    const response = await handler(request);
    await writeResponse(res, response);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      // Answer at once and discard the rest unread; the connection is not reused.
      req.resume();
      send(
        res,
        413,
        {
          code: 'invalid-request',
          message: `The body is larger than ${maxBodyBytes} bytes.`,
          reason: 'body-too-large',
        },
        true,
      );
      return;
    }
    if (!res.headersSent)
      send(res, 500, { code: 'unknown', message: 'The server failed; try again.' });
    else res.destroy();
  }
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  const body = new Uint8Array(await response.arrayBuffer());
  res.writeHead(response.status, headers);
  res.end(body);
}

function send(
  res: ServerResponse,
  status: number,
  body: Record<string, string>,
  close = false,
  extraHeaders: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...extraHeaders,
  };
  if (close) headers['connection'] = 'close';
  res.writeHead(status, headers);
  res.end(JSON.stringify(body));
}
