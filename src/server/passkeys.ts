/**
 * Passkeys through `@simplewebauthn/server` (docs/SECURITY.md 18–19). This file only speaks WebAuthn:
 * building options around a challenge the caller stores, and checking responses against the
 * allowed origins, the RP ID and required user verification. The caller consumes the challenge
 * (single-use, expiring) BEFORE asking this file to verify — the library does not do it.
 */
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { webauthn } from './webauthn-library.js';
import { fromBase64, randomBytes, toBase64Url } from './encoding.js';
import type { PasskeyRecord } from './store/types.js';

export interface RelyingParty {
  id: string;
  name: string;
  origins: string[];
}

/** 32 random bytes; WebAuthn asks for at least 16. */
export const CHALLENGE_BYTES = 32;

export function newChallenge(): Uint8Array<ArrayBuffer> {
  return randomBytes(CHALLENGE_BYTES);
}

export function newWebauthnUserId(): string {
  return toBase64Url(randomBytes(32));
}

export function registrationOptions(input: {
  rp: RelyingParty;
  userName: string;
  webauthnUserId: string;
  existing: readonly PasskeyRecord[];
  challenge: Uint8Array<ArrayBuffer>;
  timeoutMs: number;
}): Promise<PublicKeyCredentialCreationOptionsJSON> {
  return webauthn.generateRegistrationOptions({
    rpName: input.rp.name,
    rpID: input.rp.id,
    userName: input.userName,
    userID: fromBase64(input.webauthnUserId),
    challenge: input.challenge,
    timeout: input.timeoutMs,
    attestationType: 'none',
    excludeCredentials: input.existing.map((passkey) => ({
      id: passkey.credentialId,
      transports: passkey.transports,
    })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
  });
}

export function authenticationOptions(input: {
  rp: RelyingParty;
  passkeys: readonly PasskeyRecord[];
  challenge: Uint8Array<ArrayBuffer>;
  timeoutMs: number;
}): Promise<PublicKeyCredentialRequestOptionsJSON> {
  return webauthn.generateAuthenticationOptions({
    rpID: input.rp.id,
    allowCredentials: input.passkeys.map((passkey) => ({
      id: passkey.credentialId,
      transports: passkey.transports,
    })),
    challenge: input.challenge,
    timeout: input.timeoutMs,
    userVerification: 'required',
  });
}

/** The pieces of a WebAuthn response this server reads before verifying it. */
export interface ResponseEnvelope {
  /** base64url credential id. */
  credentialId: string;
  /** The challenge the browser signed (from clientDataJSON). */
  challenge: string;
}

/**
 * Read the credential id and challenge from a response, or null when it is not shaped like one.
 * Nothing here is trusted yet; it only says which challenge to consume and which key to use.
 */
export function readEnvelope(response: Record<string, unknown>): ResponseEnvelope | null {
  const id = response['id'];
  const inner = response['response'];
  if (typeof id !== 'string' || id.length === 0 || id.length > 1400 || !/^[A-Za-z0-9_-]+$/.test(id))
    return null;
  if (typeof inner !== 'object' || inner === null) return null;
  const clientDataJSON = (inner as Record<string, unknown>)['clientDataJSON'];
  if (typeof clientDataJSON !== 'string' || clientDataJSON.length > 4096) return null;
  try {
    const clientData: unknown = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(fromBase64(clientDataJSON)),
    );
    const challenge = (clientData as Record<string, unknown> | null)?.['challenge'];
    if (typeof challenge !== 'string' || challenge.length === 0 || challenge.length > 256)
      return null;
    return { credentialId: id, challenge };
  } catch {
    return null;
  }
}

export type Verified<T> = { ok: true; value: T } | { ok: false; reason: string };

/** What a verified registration gives the store (the rest of a `PasskeyRecord` is the route's). */
export type NewCredential = Pick<
  PasskeyRecord,
  'credentialId' | 'publicKey' | 'counter' | 'transports' | 'deviceType' | 'backedUp'
>;

export async function verifyRegistration(input: {
  response: Record<string, unknown>;
  expectedChallenge: string;
  rp: RelyingParty;
}): Promise<Verified<NewCredential>> {
  return check(
    () =>
      webauthn.verifyRegistrationResponse({
        response: input.response as unknown as RegistrationResponseJSON,
        ...expectations(input),
      }),
    ({ registrationInfo: info }) => ({
      credentialId: info.credential.id,
      publicKey: toBase64Url(info.credential.publicKey),
      counter: info.credential.counter,
      transports: (info.credential.transports ?? [])
        .filter((t): t is string => typeof t === 'string')
        .slice(0, 8),
      deviceType: info.credentialDeviceType,
      backedUp: info.credentialBackedUp,
    }),
  );
}

export interface PasskeyUse {
  newCounter: number;
  backedUp: boolean;
}

export async function verifyAuthentication(input: {
  response: Record<string, unknown>;
  expectedChallenge: string;
  rp: RelyingParty;
  passkey: PasskeyRecord;
}): Promise<Verified<PasskeyUse>> {
  return check(
    () =>
      webauthn.verifyAuthenticationResponse({
        response: input.response as unknown as AuthenticationResponseJSON,
        ...expectations(input),
        credential: {
          id: input.passkey.credentialId,
          publicKey: fromBase64(input.passkey.publicKey),
          counter: input.passkey.counter,
          transports: input.passkey.transports,
        },
      }),
    ({ authenticationInfo }) => ({
      newCounter: authenticationInfo.newCounter,
      backedUp: authenticationInfo.credentialBackedUp,
    }),
  );
}

/** What both ceremonies require: this challenge, an allowed origin, the RP ID, user verification. */
function expectations(input: { expectedChallenge: string; rp: RelyingParty }) {
  return {
    expectedChallenge: input.expectedChallenge,
    expectedOrigin: input.rp.origins,
    expectedRPID: input.rp.id,
    requireUserVerification: true,
  };
}

/** Run one of the library's checks: a refusal or a throw becomes a reason, a success the value. */
async function check<R extends { verified: boolean }, T>(
  verify: () => Promise<R>,
  read: (result: R & { verified: true }) => T,
): Promise<Verified<T>> {
  try {
    const result = await verify();
    if (!result.verified) return { ok: false, reason: 'not verified' };
    return { ok: true, value: read(result as R & { verified: true }) };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

/** The library's message says what failed (origin, RP ID, UV…); it holds no secret. Capped. */
function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}
