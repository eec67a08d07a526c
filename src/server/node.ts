/**
 * Node's `http` (and so Express/Connect) in front of the Web-standard handler. This is the only
 * Node-specific file of the server besides the PGlite/pg drivers.
 *
 *   http.createServer(toNodeListener(mfa)).listen(3000);
 *   app.use(nodeMiddleware(mfa));            // Express/Connect: other paths go to next()
 *
 * The body is read as a stream and refused with 413 as soon as it passes the cap, so an
 * oversized upload is never buffered whole.
 *
 * createMfaHandler's result is served without a Web `Request` or `Response` in between (building
 * them, with their body streams, cost more than the rest of a verification): the handler sees a
 * `NodeRequest` (a `Request` that reads Node's headers and the body already read) and its plain
 * answers are written straight to `res`. Any other handler gets a real `Request` and `Response`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { linkToFetchClasses, NodeRequest, nodeRequestUrl, originalUrl } from './node-request.js';
import { PlainResponse, RESPOND_NODE, type NodeResponder } from './plain-response.js';

/** Anything shaped like the handler (createMfaHandler's result, or a plain function). */
export type WebHandler = ((request: Request) => Promise<Response>) & {
  maxBodyBytes?: number;
  basePath?: string;
  [RESPOND_NODE]?: NodeResponder;
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
  linkToFetchClasses();
  return (req: IncomingMessage, res: ServerResponse): void => {
    void serve(handler, req, res, cap);
  };
}

/** Express/Connect middleware: serves the base path, passes everything else to `next()`. */
export function nodeMiddleware(handler: WebHandler, options: NodeMiddlewareOptions = {}) {
  const cap = options.maxBodyBytes ?? handler.maxBodyBytes ?? DEFAULT_CAP;
  const basePath = `/${(options.basePath ?? handler.basePath ?? '/mfa').replace(/^\/+|\/+$/g, '')}`;
  linkToFetchClasses();
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
  return new Request(nodeRequestUrl(req), init);
}

/** Paths the URL parser leaves as they are: no dot segments, escapes, `\\` or leading `//`. */
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9\-._~!$&'()*+,;=:@/]*$/;
const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;

/** The path of the request's URL, as `new URL(…).pathname` reads it (skipping the parse when it can). */
function requestPathname(req: IncomingMessage): string {
  const target = originalUrl(req);
  const query = target.indexOf('?');
  const path = query === -1 ? target : target.slice(0, query);
  if (PLAIN_PATH.test(path) && !DOT_SEGMENT.test(path)) return path;
  return new URL(target, 'http://localhost').pathname;
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
    const respondNode = handler[RESPOND_NODE];
    let response: Response;
    if (respondNode === undefined) {
      response = await handler(await toWebRequest(req, { maxBodyBytes }));
    } else {
      const body =
        method === 'GET' || method === 'HEAD' ? NO_BODY : await readBody(req, maxBodyBytes);
      const request = new NodeRequest(req, body);
      response = await respondNode(request, { pathname: requestPathname(req), body });
    }
    if (response instanceof PlainResponse) writePlainResponse(res, response);
    else await writeResponse(res, response);
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

const NO_BODY = new Uint8Array(0);

/** Status, headers and body text as they are, with a Content-Length (one write, no chunking). */
function writePlainResponse(res: ServerResponse, response: PlainResponse): void {
  const body = response.plainBody;
  if (body === null) {
    res.writeHead(response.status, response.plainHeaders);
    res.end();
    return;
  }
  res.writeHead(response.status, {
    ...response.plainHeaders,
    'content-length': String(Buffer.byteLength(body)),
  });
  res.end(body);
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
