/**
 * Step-up (2026-04 rules): POST stepUp/check · POST emailVerifications/create|verify ·
 * POST smsVerifications/create|verify — the one-time code a signed-in user without MFA
 * re-authenticates with (to their email or phone), answered with an elevated token for
 * `requestedScopes`.
 */
import { badRequest, invalidCode, json, rateLimited, readObject, requiredString } from '../http.js';
import type { OtpCodes } from '../otp-codes.js';
import type { Caller } from '../environment.js';
import type { RouteContext } from './context.js';

/** Scopes `stepUp/check` accepts (Dynamic's list, shared/DYNAMIC.md §8, without `console:*`). */
const CHECKABLE = new Set([
  'credential:link',
  'credential:update',
  'credential:unlink',
  'user:update',
  'user:delete',
  'wallet:export',
  'wallet:delete',
  'wallet:delegate',
  'wallet:sign',
  'wallet:restore',
]);

export async function checkStepUp({ request, env }: RouteContext): Promise<Response> {
  const { user } = await env.caller(request);
  const scope = requiredString(await readObject(request), 'scope');
  if (!CHECKABLE.has(scope)) throw badRequest('scope: unknown');
  const credentials = [
    ...user.totp
      .filter((device) => device.verified)
      .map((device) => ({ id: device.id, format: 'totp' })),
    ...user.passkeys.map((passkey) => ({ id: passkey.id, format: 'passkey' })),
    { id: `email-${user.id}`, format: 'email' },
    ...(user.phone ? [{ id: `phone-${user.id}`, format: 'phoneNumber' }] : []),
  ];
  return json({
    isRequired: env.stepUpRequired(scope, user),
    credentials,
    defaultCredentialId: credentials[0].id,
  });
}

/** Send a code to the signed-in user's own address (the stand-in keeps it in its outbox). */
export async function createEmailVerification({ request, env }: RouteContext): Promise<Response> {
  const { user } = await env.caller(request);
  const email = requiredString(await readObject(request), 'email');
  if (email.toLowerCase() !== user.email.toLowerCase())
    throw badRequest("email: not this user's address");
  const wait = env.emailCodes.cooldown(user.id);
  if (wait > 0) throw rateLimited(wait);
  return json({ email: user.email, verificationUUID: env.emailCodes.send(user.id) });
}

/** Text a code to the signed-in user's own verified number (kept in the stand-in's outbox). */
export async function createSmsVerification({ request, env }: RouteContext): Promise<Response> {
  const { user } = await env.caller(request);
  const body = await readObject(request);
  const phoneNumber = requiredString(body, 'phoneNumber');
  const isoCountryCode = requiredString(body, 'isoCountryCode');
  const phone = user.phone;
  if (!phone || phone.phoneNumber !== phoneNumber || phone.isoCountryCode !== isoCountryCode)
    throw badRequest("phoneNumber: not this user's number");
  const wait = env.smsCodes.cooldown(user.id);
  if (wait > 0) throw rateLimited(wait);
  return json({ ...phone, verificationUUID: env.smsCodes.send(user.id) });
}

export function verifyEmailVerification(context: RouteContext): Promise<Response> {
  return verifyCode(context, context.env.emailCodes);
}

export function verifySmsVerification(context: RouteContext): Promise<Response> {
  return verifyCode(context, context.env.smsCodes);
}

async function verifyCode({ request, env }: RouteContext, codes: OtpCodes): Promise<Response> {
  const caller: Caller = await env.caller(request);
  const body = await readObject(request);
  const uuid = requiredString(body, 'verificationUUID');
  const code = requiredString(body, 'verificationToken');
  const tokens = env.tokenRequest(body);
  const { user } = caller;
  // The shared failure budget: a guessed email or SMS code counts like a guessed TOTP code.
  env.beginAttempt(user);
  if (!codes.take(user.id, uuid, code)) {
    env.attemptFailed(user);
    throw invalidCode();
  }
  env.attemptSucceeded(user);
  return json(await env.verifyResponse(caller, tokens));
}
