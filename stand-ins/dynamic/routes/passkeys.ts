/**
 * Passkeys as an MFA factor: GET|POST users/passkeys/register · GET users/passkeys/authenticate ·
 * POST users/mfa/auth/passkey · GET|DELETE users/passkeys. Options and verification are the
 * reference server's (@simplewebauthn/server, user verification required); the stand-in keeps
 * the challenges single-use and expiring, and reads the response shapes Dynamic's client sends
 * (`response.clientDataJson` next to WebAuthn's `clientDataJSON`).
 */
import {
  authenticationOptions,
  readEnvelope,
  registrationOptions,
  verifyAuthentication,
  verifyRegistration,
  type RelyingParty,
} from '../../../src/server/passkeys.js';
import type { PasskeyRecord as ServerPasskeyRecord } from '../../../src/server/store/types.js';
import type { PasskeyRecord, StandInEnvironment } from '../environment.js';
import {
  badRequest,
  json,
  noContent,
  notFound,
  readObject,
  requiredString,
  StandInError,
} from '../http.js';
import type { RouteContext } from './context.js';
import { prepareRecoverySet } from './recovery.js';
import { forgetCodesWithoutFactors } from './totp.js';

const TIMEOUT_MS = 60_000;

export function passkeyJson(passkey: PasskeyRecord): Record<string, unknown> {
  return {
    id: passkey.id,
    credentialId: passkey.credentialId,
    origin: passkey.origin,
    userAgent: passkey.userAgent,
    createdAt: new Date(passkey.createdAt).toISOString(),
    ...(passkey.updatedAt === undefined
      ? {}
      : { updatedAt: new Date(passkey.updatedAt).toISOString() }),
  };
}

/** The relying party: fixed in the options, or this request's own origin (same-origin mounts). */
function relyingParty(env: StandInEnvironment, request: Request): RelyingParty {
  const own = new URL(request.url);
  return {
    id: env.options.rp.id ?? own.hostname,
    name: env.options.issuer,
    origins: env.options.rp.origins ?? [own.origin],
  };
}

/** The reference server's helpers take its own passkey record shape. */
function asServerRecord(userId: string, passkey: PasskeyRecord): ServerPasskeyRecord {
  return {
    id: passkey.id,
    userId,
    credentialId: passkey.credentialId,
    publicKey: passkey.publicKey,
    counter: passkey.counter,
    transports: passkey.transports,
    deviceType: passkey.deviceType,
    backedUp: passkey.backedUp,
    alias: null,
    createdAt: new Date(passkey.createdAt),
    lastUsedAt: passkey.updatedAt === undefined ? null : new Date(passkey.updatedAt),
  };
}

/** Dynamic's client sends `clientDataJson`; WebAuthn (and the verifier) say `clientDataJSON`. */
function webauthnResponse(body: Record<string, unknown>): Record<string, unknown> {
  const inner = body['response'];
  if (typeof inner !== 'object' || inner === null) throw badRequest('response is required');
  const fields = inner as Record<string, unknown>;
  const clientDataJSON = fields['clientDataJSON'] ?? fields['clientDataJson'];
  return { ...body, response: { ...fields, clientDataJSON } };
}

export async function registrationOptionsRoute({ request, env }: RouteContext): Promise<Response> {
  const caller = await env.caller(request);
  // On 2026-04 rules the SDK sends the elevated token with the registration only (it is single-use).
  if (!env.stepUpRules) await env.requireCanAddFactor(request, caller);
  const { user } = caller;
  const options = await registrationOptions({
    rp: relyingParty(env, request),
    userName: user.email,
    webauthnUserId: user.webauthnUserId,
    existing: user.passkeys.map((passkey) => asServerRecord(user.id, passkey)),
    challenge: env.issueChallenge(user.id, 'register'),
    timeoutMs: TIMEOUT_MS,
  });
  return json(options);
}

export async function register({ request, env }: RouteContext): Promise<Response> {
  const caller = await env.caller(request);
  await env.requireCanAddFactor(request, caller);
  const body = webauthnResponse(await readObject(request));
  const tokens = env.tokenRequest(body);
  const { user } = caller;
  const envelope = readEnvelope(body);
  if (!envelope || !env.takeChallenge(envelope.challenge, user.id, 'register')) {
    throw new StandInError(400, 'invalid_passkey', 'Unknown or expired challenge');
  }
  const rp = relyingParty(env, request);
  const verified = await verifyRegistration({
    response: body,
    expectedChallenge: envelope.challenge,
    rp,
  });
  if (!verified.ok)
    throw new StandInError(400, 'invalid_passkey', 'Passkey registration could not be verified');
  if (user.passkeys.some((passkey) => passkey.credentialId === verified.value.credentialId)) {
    throw new StandInError(400, 'passkey_already_registered', 'This passkey is already registered');
  }
  const candidate = user.recovery ? undefined : await prepareRecoverySet();
  const now = env.now();
  user.passkeys.push({
    id: crypto.randomUUID(),
    credentialId: verified.value.credentialId,
    publicKey: verified.value.publicKey,
    counter: verified.value.counter,
    transports: verified.value.transports,
    deviceType: verified.value.deviceType,
    backedUp: verified.value.backedUp,
    origin: rp.origins[0] ?? '',
    userAgent: request.headers.get('user-agent')?.slice(0, 256) ?? '',
    createdAt: now,
  });
  if (candidate && !user.recovery) {
    user.recovery = candidate;
    user.acknowledgement = 'pending';
  }
  // Registering a passkey proves its possession: the session has passed MFA.
  env.markVerified(caller);
  return json(await env.verifyResponse(caller, tokens));
}

export async function authenticationOptionsRoute({
  request,
  env,
}: RouteContext): Promise<Response> {
  const { user } = await env.caller(request);
  const options = await authenticationOptions({
    rp: relyingParty(env, request),
    passkeys: user.passkeys.map((passkey) => asServerRecord(user.id, passkey)),
    challenge: env.issueChallenge(user.id, 'authenticate'),
    timeoutMs: TIMEOUT_MS,
  });
  return json(options);
}

export async function authenticate({ request, env }: RouteContext): Promise<Response> {
  const caller = await env.caller(request);
  const body = webauthnResponse(await readObject(request));
  const tokens = env.tokenRequest(body);
  const { user } = caller;
  const envelope = readEnvelope(body);
  if (!envelope || !env.takeChallenge(envelope.challenge, user.id, 'authenticate')) {
    throw new StandInError(400, 'invalid_passkey', 'Unknown or expired challenge');
  }
  const passkey = user.passkeys.find(
    (candidate) => candidate.credentialId === envelope.credentialId,
  );
  if (!passkey) throw new StandInError(400, 'invalid_passkey', 'Unknown passkey');
  const verified = await verifyAuthentication({
    response: body,
    expectedChallenge: envelope.challenge,
    rp: relyingParty(env, request),
    passkey: asServerRecord(user.id, passkey),
  });
  if (!verified.ok) throw new StandInError(400, 'invalid_passkey', 'Passkey could not be verified');
  passkey.counter = verified.value.newCounter;
  passkey.backedUp = verified.value.backedUp;
  passkey.updatedAt = env.now();
  env.markVerified(caller);
  return json(await env.verifyResponse(caller, tokens));
}

export async function listPasskeys({ request, env }: RouteContext): Promise<Response> {
  const { user } = await env.caller(request);
  return json({ count: user.passkeys.length, passkeys: user.passkeys.map(passkeyJson) });
}

export async function deletePasskey({ request, env }: RouteContext): Promise<Response> {
  const caller = await env.caller(request);
  env.requireFull(caller);
  const passkeyId = requiredString(await readObject(request), 'passkeyId');
  const { user } = caller;
  if (!user.passkeys.some((passkey) => passkey.id === passkeyId)) throw notFound('No such passkey');
  await env.requireCanRemoveFactor(request, user);
  user.passkeys = user.passkeys.filter((passkey) => passkey.id !== passkeyId);
  forgetCodesWithoutFactors(env, user);
  return noContent();
}
