/**
 * The Dynamic demo's server side, inside vite (`npm start`, `vite preview`): the stand-in of
 * Dynamic's API at /dynamic-api with one environment for the page, and a stand-in of the app's
 * own backend at /dynamic-demo/sign-in that signs the external JWT a real app's backend would.
 * Everything is in memory: restarting vite forgets the users.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Plugin, PreviewServer, ViteDevServer } from 'vite';
import { connectMiddleware, createDynamicStandIn, type StandInEnvironment } from '../../test/support/dynamic-stand-in/index.js';
import { DEMO_ENVIRONMENT_ID, EXPORT_ACTION, SIGN_IN_PATH, STAND_IN_PATH } from './config.js';

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 4096) req.destroy();
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(body || '{}'));
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** The demo app's "sign-in": any name; a real app checks a password or a session first. */
async function signIn(env: StandInEnvironment, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') return send(res, 405, { error: 'POST only' });
  const body = (await readJson(req).catch(() => null)) as { userName?: unknown } | null;
  const userName = typeof body?.userName === 'string' ? body.userName.trim().toLowerCase() : '';
  if (!/^[a-z0-9._-]{1,40}$/.test(userName)) return send(res, 400, { error: 'Letters, digits, dot, dash or underscore' });
  send(res, 200, { jwt: await env.externalJwt(userName, `${userName}@example.com`) });
}

export function dynamicDemoServer(): Plugin {
  const standIn = createDynamicStandIn();
  const ready = standIn.createEnvironment({
    id: DEMO_ENVIRONMENT_ID,
    issuer: 'Dynamic demo (stand-in)',
    mfa: {
      enabled: true,
      enrollment: 'signup',
      actions: [{ action: EXPORT_ACTION, required: true, tokenBehavior: 'single_use' }],
    },
  });
  const api = connectMiddleware(standIn, STAND_IN_PATH);
  const mount = (server: ViteDevServer | PreviewServer) => {
    server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (path === SIGN_IN_PATH) {
        ready.then((env) => signIn(env, req, res)).catch((error: unknown) => next(error));
        return;
      }
      if (path === STAND_IN_PATH || path.startsWith(`${STAND_IN_PATH}/`)) {
        ready.then(() => api(req, res, next), (error: unknown) => next(error));
        return;
      }
      next();
    });
  };
  return {
    name: 'mfa-demo:dynamic-stand-in',
    configureServer: mount,
    configurePreviewServer: mount,
  };
}
