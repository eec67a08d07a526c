/**
 * TOTP devices: GET users/mfa/register/totp · POST users/mfa/auth/totp · GET users/mfa ·
 * GET users/mfa/methods · PUT|DELETE users/mfa/{id}. TOTP itself is the reference server's
 * (otpauth; SHA-1, 6 digits, 30 s, ±1 step, constant-time comparison).
 */
import {
  generateTotpSecret,
  matchTotpStep,
  normalizeTotpCode,
  secretFromBase32,
  totpUri,
} from '../../../src/server/totp.js';
import type { StandInEnvironment, TotpDeviceRecord, UserRecord } from '../environment.js';
import {
  invalidCode,
  json,
  noContent,
  notFound,
  optionalString,
  readObject,
  requiredString,
  StandInError,
} from '../http.js';
import { prepareRecoverySet } from './recovery.js';
import type { RouteContext } from './context.js';
import { passkeyJson } from './passkeys.js';

export function deviceJson(device: TotpDeviceRecord): Record<string, unknown> {
  return {
    id: device.id,
    type: 'totp',
    verified: device.verified,
    createdAt: new Date(device.createdAt).toISOString(),
    verifiedAt: device.verifiedAt === undefined ? null : new Date(device.verifiedAt).toISOString(),
    default: device.isDefault,
  };
}

export async function registerTotp({ request, env }: RouteContext): Promise<Response> {
  const caller = await env.caller(request);
  const { user } = caller;
  // One TOTP device per user; Dynamic refuses a second with a 401 until the first is deleted.
  if (user.totp.some((device) => device.verified)) {
    throw new StandInError(
      401,
      'mfa_device_already_registered',
      'A TOTP device is already registered',
    );
  }
  await env.requireCanAddFactor(request, caller);
  const secret = generateTotpSecret();
  const device: TotpDeviceRecord = {
    id: crypto.randomUUID(),
    secret: secret.base32,
    verified: false,
    isDefault: !env.hasVerifiedFactor(user),
    createdAt: env.now(),
  };
  // An unconfirmed device is replaced by the new one.
  user.totp = [device];
  return json({
    id: device.id,
    type: 'totp',
    secret: secret.base32,
    uri: totpUri({
      issuer: env.options.issuer,
      accountName: user.email,
      secretBase32: secret.base32,
    }),
  });
}

/** Verify a code; the first accepted code of a new device confirms it (and issues recovery codes). */
export async function authenticateTotp({ request, env }: RouteContext): Promise<Response> {
  const caller = await env.caller(request);
  const body = await readObject(request);
  const code = requiredString(body, 'code');
  const deviceId = optionalString(body, 'id');
  const tokens = env.tokenRequest(body);
  const { user } = caller;
  const device =
    deviceId === undefined
      ? (user.totp.find((candidate) => candidate.verified) ?? user.totp[0])
      : user.totp.find((candidate) => candidate.id === deviceId);
  if (!device) throw notFound('No such TOTP device');
  // Confirming a new device next to a verified factor is "adding a factor" too.
  // (On 2026-04 rules the registration itself took the `credential:link` token.)
  if (!device.verified && !env.stepUpRules) await env.requireCanAddFactor(request, caller);
  // Hashing is async: prepare the codes a first confirmation creates before the attempt starts.
  const candidate = !device.verified && !user.recovery ? await prepareRecoverySet() : undefined;
  checkCode(env, user, device, code);
  if (!device.verified) {
    device.verified = true;
    device.verifiedAt = env.now();
    if (candidate && !user.recovery) {
      user.recovery = candidate;
      user.acknowledgement = 'pending';
    }
  }
  env.markVerified(caller);
  return json(await env.verifyResponse(caller, tokens));
}

/** Count, check and record one attempt with no await in between (docs/SECURITY.md 3, 7–9). */
function checkCode(
  env: StandInEnvironment,
  user: UserRecord,
  device: TotpDeviceRecord,
  raw: string,
): void {
  env.beginAttempt(user);
  const code = normalizeTotpCode(raw);
  const step =
    code === null ? null : matchTotpStep(secretFromBase32(device.secret), code, env.now());
  if (step === null || (device.lastStep !== undefined && step <= device.lastStep)) {
    // A replayed code gets the answer a wrong one gets.
    env.attemptFailed(user);
    throw invalidCode();
  }
  env.attemptSucceeded(user);
  device.lastStep = step;
}

export async function listDevices({ request, env }: RouteContext): Promise<Response> {
  const { user } = await env.caller(request);
  return json({ count: user.totp.length, devices: user.totp.map(deviceJson) });
}

export async function listMethods({ request, url, env }: RouteContext): Promise<Response> {
  const { user } = await env.caller(request);
  const verifiedOnly = url.searchParams.get('verifiedOnly') === 'true';
  const devices = user.totp.filter((device) => !verifiedOnly || device.verified);
  return json({
    devices: devices.map(deviceJson),
    passkeys: user.passkeys.map(passkeyJson),
    userHasVerifiedMfaMethods: env.hasVerifiedFactor(user),
  });
}

export async function setDefaultDevice({ request, env, params }: RouteContext): Promise<Response> {
  const caller = await env.caller(request);
  env.requireFull(caller);
  const device = caller.user.totp.find((candidate) => candidate.id === params['deviceId']);
  if (!device) throw notFound('No such device');
  for (const other of caller.user.totp) other.isDefault = other === device;
  return noContent();
}

/** Deleting a factor needs a fresh proof (docs/SECURITY.md 16): an elevated `credential:unlink` token or an MFA token. */
export async function deleteDevice({ request, env, params }: RouteContext): Promise<Response> {
  const caller = await env.caller(request);
  env.requireFull(caller);
  const { user } = caller;
  const device = user.totp.find((candidate) => candidate.id === params['deviceId']);
  if (!device) throw notFound('No such device');
  await env.requireCanRemoveFactor(request, user);
  user.totp = user.totp.filter((candidate) => candidate !== device);
  forgetCodesWithoutFactors(env, user);
  return noContent();
}

/** Recovery codes mean nothing once no factor is left. */
export function forgetCodesWithoutFactors(env: StandInEnvironment, user: UserRecord): void {
  if (env.hasVerifiedFactor(user)) return;
  user.recovery = null;
  user.acknowledgement = null;
}
