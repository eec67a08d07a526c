/**
 * The stand-in on Node: its own loopback server (Node tests), or middleware on a server that is
 * already there — Connect (vite) or Koa (web-test-runner) — under a path prefix, same-origin with
 * the page so passkeys see the page's origin. Node's request ↔ Web Request/Response conversion is
 * the reference server's (src/server/node.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { nodeMiddleware, toNodeListener } from '../../src/server/node.js';
import type { DynamicStandIn } from './stand-in.js';

const MAX_BODY_BYTES = 64 * 1024;

export interface RunningStandIn {
  /** `http://localhost:<port>` */
  origin: string;
  /** What to give the SDK as `coreConfig.apiBaseUrl`. */
  apiBaseUrl: string;
  close(): Promise<void>;
}

/** Listen on a free loopback port (`localhost`: an IP address is not a valid WebAuthn RP ID). */
export async function listen(standIn: DynamicStandIn): Promise<RunningStandIn> {
  const server = createServer(
    toNodeListener((request) => standIn.handle(request), { maxBodyBytes: MAX_BODY_BYTES }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, 'localhost', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://localhost:${port}`;
  return {
    origin,
    apiBaseUrl: `${origin}/api/v0`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Connect middleware (vite): serves `basePath` (e.g. `/dynamic-api`), the rest goes to `next()`. */
export function connectMiddleware(standIn: DynamicStandIn, basePath: string) {
  return nodeMiddleware((request) => standIn.handle(request), {
    basePath,
    maxBodyBytes: MAX_BODY_BYTES,
  });
}

interface KoaContext {
  path: string;
  req: IncomingMessage;
  res: ServerResponse;
  respond?: boolean;
}

/** Koa middleware (web-test-runner): serves `basePath`, the rest goes down the chain. */
export function koaMiddleware(standIn: DynamicStandIn, basePath: string) {
  const middleware = connectMiddleware(standIn, basePath);
  return async (context: KoaContext, next: () => Promise<unknown>): Promise<unknown> => {
    if (context.path !== basePath && !context.path.startsWith(`${basePath}/`)) return next();
    // The response is written straight to Node's; Koa must not write its own.
    context.respond = false;
    await new Promise<void>((resolve) => {
      context.res.once('finish', () => resolve());
      context.res.once('close', () => resolve());
      middleware(context.req, context.res, () => resolve());
    });
    return undefined;
  };
}
