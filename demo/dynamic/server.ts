/**
 * The Dynamic demo's server side, inside vite (`npm start`, `vite preview`): the stand-in of
 * Dynamic's API at /dynamic-api with one environment for the page, and a stand-in of the app's
 * own backend at /dynamic-demo/sign-in that signs the external JWT a real app's backend would.
 * Everything is in memory: restarting vite forgets the users.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Plugin, PreviewServer, ViteDevServer } from 'vite';
import {
  connectMiddleware,
  createDynamicStandIn,
  type StandInEnvironment,
} from '../../stand-ins/dynamic/index.js';
import {
  DEMO_ENVIRONMENT_ID,
  DEMO_OLDER_ENVIRONMENT_ID,
  EXPORT_ACTION,
  MAILBOX_PATH,
  SIGN_IN_PATH,
  STAND_IN_PATH,
} from './config.js';

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

type Environments = Record<'2026-04' | 'older', StandInEnvironment>;

/** The body's user name and rule set, or an answer saying what is wrong. */
async function demoRequest(envs: Environments, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'POST') return void send(res, 405, { error: 'POST only' });
  const body = (await readJson(req).catch(() => null)) as {
    userName?: unknown;
    rules?: unknown;
  } | null;
  const userName = typeof body?.userName === 'string' ? body.userName.trim().toLowerCase() : '';
  if (!/^[a-z0-9._-]{1,40}$/.test(userName))
    return void send(res, 400, { error: 'Letters, digits, dot, dash or underscore' });
  return { userName, env: envs[body?.rules === 'older' ? 'older' : '2026-04'] };
}

/** The demo app's "sign-in": any name; a real app checks a password or a session first. */
async function signIn(
  envs: Environments,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const asked = await demoRequest(envs, req, res);
  if (asked)
    send(res, 200, {
      jwt: await asked.env.externalJwt(asked.userName, `${asked.userName}@example.com`),
    });
}

/**
 * The stand-in's mailbox (a demo has no mail server): the code last "emailed" to a user, read by
 * the page's clearly labelled mailbox panel, never by the elements. POST keeps it out of URLs.
 */
async function mailbox(
  envs: Environments,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const asked = await demoRequest(envs, req, res);
  if (asked) send(res, 200, { code: asked.env.emailCodes.outbox(asked.userName) ?? null });
}

export function dynamicDemoServer(): Plugin {
  const standIn = createDynamicStandIn();
  const project = (id: string, minApiVersion?: '2026_04_01') =>
    standIn.createEnvironment({
      id,
      issuer: 'Dynamic demo (stand-in)',
      ...(minApiVersion ? { minApiVersion } : {}),
      mfa: {
        enabled: true,
        enrollment: 'signup',
        actions: [{ action: EXPORT_ACTION, required: true, tokenBehavior: 'single_use' }],
      },
    });
  // The 2026-04 step-up rules by default; `?rules=older` on the page uses the second one.
  const ready: Promise<Environments> = Promise.all([
    project(DEMO_ENVIRONMENT_ID, '2026_04_01'),
    project(DEMO_OLDER_ENVIRONMENT_ID),
  ]).then(([current, older]) => ({ '2026-04': current, older }));
  const api = connectMiddleware(standIn, STAND_IN_PATH);
  const mount = (server: ViteDevServer | PreviewServer) => {
    server.middlewares.use(
      (req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        if (path === SIGN_IN_PATH || path === MAILBOX_PATH) {
          const handler = path === SIGN_IN_PATH ? signIn : mailbox;
          ready.then((envs) => handler(envs, req, res)).catch((error: unknown) => next(error));
          return;
        }
        if (path === STAND_IN_PATH || path.startsWith(`${STAND_IN_PATH}/`)) {
          ready.then(
            () => api(req, res, next),
            (error: unknown) => next(error),
          );
          return;
        }
        next();
      },
    );
  };
  return {
    name: 'mfa-demo:dynamic-stand-in',
    configureServer: mount,
    configurePreviewServer: mount,
  };
}
