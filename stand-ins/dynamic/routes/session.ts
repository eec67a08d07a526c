/**
 * Project settings, sign-in with an external JWT, the signed-in user, and sign-out:
 * GET settings · GET nonces · POST externalAuth/signin · GET|PUT users · POST revoke.
 */
import { randomBytes, toBase64Url } from '../../../src/server/encoding.js';
import { badRequest, json, noContent, readObject } from '../http.js';
import type { RouteContext } from './context.js';

/** `ProjectSettings` with the fields the generated client requires and the MFA section filled in. */
export async function settings({ env }: RouteContext): Promise<Response> {
  const { mfa, issuer } = env.options;
  return json({
    chains: [],
    kyc: [],
    design: {},
    general: { displayName: issuer },
    privacy: {},
    sdk:
      env.options.minApiVersion === undefined ? {} : { minApiVersion: env.options.minApiVersion },
    security: {
      mfa: {
        enabled: mfa.enabled,
        required: mfa.required,
        enrollment: mfa.enrollment,
        availableMethods: mfa.methods,
        methods: mfa.methods.map((type) => ({ type, enabled: true, allowBackupCodes: true })),
        actions: mfa.actions,
      },
    },
  });
}

/**
 * Single-use nonces the SDK signs with its device key on sign-in requests of UUID environments
 * (`x-dynamic-device-signed-nonce`). The stand-in hands them out but does not check the signature.
 */
export async function nonces({ url }: RouteContext): Promise<Response> {
  const count = Math.min(Math.max(Number(url.searchParams.get('count')) || 5, 1), 20);
  return json({ nonces: Array.from({ length: count }, () => toBase64Url(randomBytes(24))) });
}

export async function externalSignIn({ request, env }: RouteContext): Promise<Response> {
  const body = await readObject(request);
  const jwt = body['jwt'];
  if (typeof jwt !== 'string' || jwt === '') throw badRequest('jwt is required');
  const caller = await env.signIn(jwt);
  return json(await env.verifyResponse(caller));
}

export async function getUser({ request, env }: RouteContext): Promise<Response> {
  const caller = await env.caller(request);
  return json(env.userJson(caller.user, caller.session, env.scopeOf(caller)));
}

/** `updateUser`: only the recovery-code acknowledgement is implemented. */
export async function updateUser({ request, env }: RouteContext): Promise<Response> {
  const caller = await env.caller(request);
  env.requireFull(caller);
  const body = await readObject(request);
  const acknowledgement = body['mfaBackupCodeAcknowledgement'];
  if (acknowledgement !== undefined && acknowledgement !== 'complete') {
    throw badRequest('mfaBackupCodeAcknowledgement: only "complete" can be set');
  }
  if (acknowledgement === 'complete' && caller.user.recovery) {
    caller.user.acknowledgement = 'complete';
    // From now on only hashes remain (docs/SECURITY.md 11).
    delete caller.user.recovery.plaintext;
  }
  return json({ ...(await env.verifyResponse(caller)), nextView: 'done' });
}

export async function revoke({ request, env }: RouteContext): Promise<Response> {
  const caller = await env.caller(request);
  env.revoke(caller.session);
  return noContent();
}
