/**
 * `npm start` / `vite preview` with the reference server: mounts one `createMfaHandler` at /mfa
 * (PGlite in `<data>/mfa`, kept between runs) and the demo app's endpoints at /demo/*
 * (demo-routes.ts), with a signed session cookie as the app's "sign-in" (session-cookie.ts).
 *
 * The data folder is `.data/` in the repository (gitignored), or `$MFA_DEMO_DATA` when set (the
 * smoke test uses a temporary one). Secrets generated on first start: `session-secret` (the
 * cookie's HMAC key) and `encryption-key` (the handler's AES key for TOTP secrets and
 * not-yet-acknowledged recovery codes).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { Connect, Plugin, PreviewServer, ViteDevServer } from 'vite';
import {
  createMfaHandler,
  createPgliteStore,
  nodeMiddleware,
  type MfaHandler,
  type MfaStore,
} from '../../src/server/index.js';
import { demoRoute, EMAIL_ACTION, EXPORT_ACTION, SIGN_ACTION, userOf } from './demo-routes.js';
import { loadOrCreateSecret, SessionCookies } from './session-cookie.js';

export const DEMO_ISSUER = 'mfa-elements demo';
/** The usual dev and preview origins; the ones the server actually listens on are added. */
const DEFAULT_ORIGINS = ['http://localhost:5173', 'http://localhost:4173'];

export function mfaDemoServer(): Plugin {
  let state:
    | Promise<{
        handler: MfaHandler;
        cookies: SessionCookies;
        middleware: Connect.NextHandleFunction;
      }>
    | undefined;
  let store: Promise<MfaStore> | undefined;
  let closing: Promise<void> | undefined;

  // Async: vite awaits this hook before it listens, so the store is open before the first
  // request and no request (of any route) waits for PGlite's start-up.
  const mount = async (server: ViteDevServer | PreviewServer) => {
    const dataDir = process.env['MFA_DEMO_DATA']
      ? resolve(process.env['MFA_DEMO_DATA'])
      : resolve(server.config.root, '..', '.data');
    const opening = createPgliteStore({ dataDir: resolve(dataDir, 'mfa') });
    store = opening;
    // A store that cannot open is reported here; the MFA endpoints then answer 503 (handler.ready()).
    await opening.catch((error: unknown) =>
      server.config.logger.error(
        `  mfa demo server: the store in ${dataDir} could not be opened: ${String(error)}`,
      ),
    );
    const origins = (): string[] => {
      const listening = [
        ...(server.resolvedUrls?.local ?? []),
        ...(server.resolvedUrls?.network ?? []),
      ];
      return [...new Set([...DEFAULT_ORIGINS, ...listening].map((url) => new URL(url).origin))];
    };
    // Created on the first request, once the server knows the port it listens on.
    const start = async () => {
      const [sessionSecret, encryptionKey] = await Promise.all([
        loadOrCreateSecret(dataDir, 'session-secret'),
        loadOrCreateSecret(dataDir, 'encryption-key'),
      ]);
      const cookies = new SessionCookies(sessionSecret);
      const handler = createMfaHandler({
        store: opening,
        rp: { id: 'localhost', name: DEMO_ISSUER, origins: origins() },
        issuer: DEMO_ISSUER,
        authenticate: (request) => {
          const session = cookies.read(request.headers.get('cookie'));
          return session ? userOf(session) : null;
        },
        actions: {
          [EXPORT_ACTION]: { required: true, token: 'single-use' },
          [SIGN_ACTION]: { required: true },
          [EMAIL_ACTION]: { required: true, token: 'persistent' },
        },
        encryptionKey,
        // Through vite's logger: one line per event, and quiet under `--logLevel warn`.
        logger: {
          info: (event, fields) =>
            server.config.logger.info(`[mfa] ${event} ${JSON.stringify(fields ?? {})}`, {
              timestamp: true,
            }),
          warn: (event, fields) =>
            server.config.logger.warn(`[mfa] ${event} ${JSON.stringify(fields ?? {})}`, {
              timestamp: true,
            }),
          error: (event, fields) =>
            server.config.logger.error(`[mfa] ${event} ${JSON.stringify(fields ?? {})}`, {
              timestamp: true,
            }),
        },
      });
      await handler.ready().catch(() => {}); // already open (see mount); a failure answers 503
      server.config.logger.info(`  mfa demo server: data in ${dataDir}`, { timestamp: true });
      return { handler, cookies, middleware: nodeMiddleware(handler) };
    };
    const ready = () => (state ??= start());

    server.middlewares.use(
      (req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        const isMfa = path === '/mfa' || path.startsWith('/mfa/');
        const isDemo = path === '/demo' || path.startsWith('/demo/');
        if (!isMfa && !isDemo) return next();
        ready()
          .then(
            (current) =>
              isMfa
                ? current.middleware(req, res, next)
                : demoRoute(
                    { cookies: current.cookies, origins, handler: async () => current.handler },
                    req,
                    res,
                  ),
            (error: unknown) => next(error),
          )
          .catch((error: unknown) => next(error));
      },
    );
    server.httpServer?.once('close', () => void close());
  };

  const close = (): Promise<void> =>
    (closing ??= (async () => {
      if (state) {
        const current = await state.catch(() => undefined);
        if (current) return current.handler.close();
      }
      await (await store?.catch(() => undefined))?.close();
    })());

  return {
    name: 'mfa-demo:server',
    configureServer: mount,
    configurePreviewServer: mount,
    // Awaited by the dev server's close(), so a restart in the same process finds the folder free.
    closeBundle: close,
  };
}
