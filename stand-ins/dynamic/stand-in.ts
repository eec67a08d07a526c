/**
 * A local stand-in for the parts of Dynamic's API that `@dynamic-labs-sdk/client` calls for MFA,
 * as a Web-standard `(Request) => Promise<Response>`. It is NOT Dynamic: it implements the
 * request and response shapes and error codes the SDK documents (shared/DYNAMIC.md) so the real
 * SDK's request building, state updates, token handling and error mapping run in tests and in
 * the demo.
 *
 * Point the SDK at it with `createDynamicClient({ environmentId, coreConfig: { apiBaseUrl } })`,
 * where `apiBaseUrl` is `<where it is mounted>/api/v0`. Each environment id is its own world
 * (users, clock, settings), so parallel tests do not meet.
 */
import { errorResponse, json, notFound, StandInError } from './http.js';
import { StandInEnvironment } from './environment.js';
import type { EnvironmentOptions } from './options.js';
import type { RouteHandler } from './routes/context.js';
import { runAction } from './routes/actions.js';
import {
  authenticate,
  authenticationOptionsRoute,
  deletePasskey,
  listPasskeys,
  register,
  registrationOptionsRoute,
} from './routes/passkeys.js';
import { authenticateRecovery, getCodes, regenerateCodes } from './routes/recovery.js';
import {
  checkStepUp,
  createEmailVerification,
  createSmsVerification,
  verifyEmailVerification,
  verifySmsVerification,
} from './routes/step-up.js';
import { externalSignIn, getUser, nonces, revoke, settings, updateUser } from './routes/session.js';
import {
  authenticateTotp,
  deleteDevice,
  listDevices,
  listMethods,
  registerTotp,
  setDefaultDevice,
} from './routes/totp.js';

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: RouteHandler;
}

function route(method: string, path: string, handler: RouteHandler): Route {
  const keys: string[] = [];
  const pattern = new RegExp(
    `^${path.replace(/\{(\w+)\}/g, (_match, key: string) => {
      keys.push(key);
      return '([^/]+)';
    })}$`,
  );
  return { method, pattern, keys, handler };
}

/** Paths after `/api/v0/sdk/{environmentId}/` (and the stand-in's own `stand-in/…`). */
const ROUTES: Route[] = [
  route('GET', 'settings', settings),
  route('GET', 'nonces', nonces),
  route('POST', 'externalAuth/signin', externalSignIn),
  route('GET', 'users', getUser),
  route('PUT', 'users', updateUser),
  route('POST', 'revoke', revoke),
  route('GET', 'users/mfa', listDevices),
  route('GET', 'users/mfa/methods', listMethods),
  route('GET', 'users/mfa/register/totp', registerTotp),
  route('POST', 'users/mfa/auth/totp', authenticateTotp),
  route('GET', 'users/mfa/recovery', getCodes),
  route('POST', 'users/mfa/recovery', regenerateCodes),
  route('POST', 'users/mfa/auth/recovery', authenticateRecovery),
  route('POST', 'users/mfa/auth/passkey', authenticate),
  route('PUT', 'users/mfa/{deviceId}', setDefaultDevice),
  route('DELETE', 'users/mfa/{deviceId}', deleteDevice),
  route('GET', 'users/passkeys', listPasskeys),
  route('DELETE', 'users/passkeys', deletePasskey),
  route('GET', 'users/passkeys/register', registrationOptionsRoute),
  route('POST', 'users/passkeys/register', register),
  route('GET', 'users/passkeys/authenticate', authenticationOptionsRoute),
  route('POST', 'stepUp/check', checkStepUp),
  route('POST', 'emailVerifications/create', createEmailVerification),
  route('POST', 'emailVerifications/verify', verifyEmailVerification),
  route('POST', 'smsVerifications/create', createSmsVerification),
  route('POST', 'smsVerifications/verify', verifySmsVerification),
  route('POST', 'stand-in/actions/{action}', runAction),
];

const SDK_PATH = /\/api\/v0\/sdk\/([^/]+)\/(.+)$/;

export interface DynamicStandIn {
  /** The handler: mount it anywhere; it answers `…/api/v0/sdk/{environmentId}/…`. */
  handle(request: Request): Promise<Response>;
  /** A new environment (its own users, clock and settings). */
  createEnvironment(options?: EnvironmentOptions): Promise<StandInEnvironment>;
  environment(id: string): StandInEnvironment | undefined;
  deleteEnvironment(id: string): void;
}

export function createDynamicStandIn(): DynamicStandIn {
  const environments = new Map<string, StandInEnvironment>();

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const match = SDK_PATH.exec(url.pathname);
    try {
      if (!match) throw notFound();
      const env = environments.get(decodeURIComponent(match[1]));
      if (!env) throw new StandInError(404, 'environment_not_found', 'No such environment');
      const path = match[2];
      let pathFound = false;
      for (const candidate of ROUTES) {
        const found = candidate.pattern.exec(path);
        if (!found) continue;
        pathFound = true;
        if (candidate.method !== request.method) continue;
        const params: Record<string, string> = {};
        candidate.keys.forEach((key, index) => {
          params[key] = decodeURIComponent(found[index + 1]);
        });
        return await candidate.handler({ request, url, env, params });
      }
      throw pathFound
        ? new StandInError(405, 'method_not_allowed', 'Method not allowed')
        : notFound();
    } catch (error) {
      if (error instanceof StandInError) return errorResponse(error);
      // A stand-in bug must be visible in the test output, not a silent 500.
      console.error('[dynamic-stand-in]', error);
      return json({ error: 'Internal error', code: 'internal_error' }, 500);
    }
  }

  return {
    handle,
    async createEnvironment(options) {
      const env = await StandInEnvironment.create(options);
      if (environments.has(env.id)) throw new Error(`environment ${env.id} exists`);
      environments.set(env.id, env);
      return env;
    },
    environment: (id) => environments.get(id),
    deleteEnvironment: (id) => void environments.delete(id),
  };
}
