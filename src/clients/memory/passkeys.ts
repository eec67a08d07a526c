import { MfaError } from '../../client/errors.js';
import { abortReason } from '../../internal/abort.js';
import { fromBase64Url, toBase64Url } from '../../internal/base64url.js';

/**
 * Passkeys for the memory client: the ceremony runs with `@simplewebauthn/browser`, and the
 * response is verified for real by `@simplewebauthn/server` in the same page (version 14 is
 * built on WebCrypto). Both are imported on first use so the rest of the memory client stays
 * light. Options are built here: 32-byte random challenges, single-use and expiring, user
 * verification required, the RP ID and origins checked (docs/SECURITY.md 18–19).
 */

/** COSE algorithms offered and accepted: EdDSA, ES256, RS256. */
const ALGORITHMS = [-8, -7, -257];

export interface PasskeySettings {
  rpName: string;
  rpId: string;
  origins: string[];
  timeout: number;
  /** WebAuthn user handle, base64url. */
  userId: string;
  userName: string;
  signal?: AbortSignal;
  /** Store a fresh challenge and return it (base64url). */
  issueChallenge(kind: 'registration' | 'authentication'): string;
  /** Remove the challenge; true only if it was issued for this kind and has not expired. */
  takeChallenge(value: string, kind: 'registration' | 'authentication'): boolean;
}

export interface CredentialRef {
  id: string;
  transports?: string[] | undefined;
}

export interface RegisteredPasskey {
  credentialId: string;
  publicKey: string;
  counter: number;
  transports?: string[];
  deviceType: 'singleDevice' | 'multiDevice';
  backedUp: boolean;
}

export interface StoredCredential {
  id: string;
  publicKey: string;
  counter: number;
}

export interface PasskeyAssertion {
  credentialId: string;
  newCounter: number;
  deviceType: 'singleDevice' | 'multiDevice';
  backedUp: boolean;
}

/**
 * Load `@simplewebauthn/browser` and `@simplewebauthn/server` now rather than at the first
 * ceremony. Under a dev server (web-test-runner, vite dev) the server half is about 250 ES
 * modules and takes several seconds to load the first time in a page; call this from a
 * `before()` hook with a generous timeout so the first passkey test does not time out.
 */
export async function preloadPasskeySupport(): Promise<void> {
  await Promise.all([import('@simplewebauthn/browser'), import('@simplewebauthn/server')]);
}

type Transport = 'ble' | 'cable' | 'hybrid' | 'internal' | 'nfc' | 'smart-card' | 'usb';

function descriptors(credentials: CredentialRef[]) {
  return credentials.map((credential) => ({
    id: credential.id,
    type: 'public-key' as const,
    ...(credential.transports ? { transports: credential.transports as Transport[] } : {}),
  }));
}

function requireWebAuthn(): void {
  if (typeof globalThis.PublicKeyCredential !== 'function' || !globalThis.navigator?.credentials) {
    throw new MfaError('passkey-unsupported', 'this browser does not support WebAuthn');
  }
}

/** Cancel the browser ceremony when the caller aborts. Returns the clean-up. */
async function linkAbort(signal: AbortSignal | undefined): Promise<() => void> {
  if (!signal) return () => {};
  const { WebAuthnAbortService } = await import('@simplewebauthn/browser');
  const onAbort = (): void => WebAuthnAbortService.cancelCeremony();
  signal.addEventListener('abort', onAbort, { once: true });
  return () => signal.removeEventListener('abort', onAbort);
}

/** Turn what the WebAuthn ceremony threw into the kit's errors. */
function ceremonyError(error: unknown, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) return abortReason(signal);
  if (error instanceof MfaError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  switch (name) {
    case 'NotAllowedError':
    case 'AbortError':
      return new MfaError('passkey-cancelled', message, { cause: error });
    case 'NotSupportedError':
      return new MfaError('passkey-unsupported', message, { cause: error });
    case 'InvalidStateError':
      return new MfaError('already-enrolled', message, { cause: error });
    default:
      return new MfaError('unknown', message, { cause: error });
  }
}

/** The server check rejected the response: the proof does not count. */
function rejected(error: unknown): MfaError {
  const message = error instanceof Error ? error.message : String(error);
  return new MfaError('invalid-code', `passkey response rejected: ${message}`, { cause: error });
}

export async function registerPasskey(
  settings: PasskeySettings,
  existing: CredentialRef[],
): Promise<RegisteredPasskey> {
  requireWebAuthn();
  const [{ startRegistration }, { verifyRegistrationResponse }] = await Promise.all([
    import('@simplewebauthn/browser'),
    import('@simplewebauthn/server'),
  ]);
  // Listen for an abort before the ceremony starts, then check once more: an abort that came
  // while the modules loaded would otherwise be missed and the ceremony would run to its timeout.
  const unlink = await linkAbort(settings.signal);
  if (settings.signal?.aborted) {
    unlink();
    throw abortReason(settings.signal);
  }
  const challenge = settings.issueChallenge('registration');
  let response;
  try {
    response = await startRegistration({
      optionsJSON: {
        rp: { name: settings.rpName, id: settings.rpId },
        user: { id: settings.userId, name: settings.userName, displayName: settings.userName },
        challenge,
        pubKeyCredParams: ALGORITHMS.map((alg) => ({ alg, type: 'public-key' as const })),
        timeout: settings.timeout,
        excludeCredentials: descriptors(existing),
        authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
        attestation: 'none',
      },
    });
  } catch (error) {
    settings.takeChallenge(challenge, 'registration');
    throw ceremonyError(error, settings.signal);
  } finally {
    unlink();
  }
  if (settings.signal?.aborted) {
    settings.takeChallenge(challenge, 'registration');
    throw abortReason(settings.signal);
  }
  // Single-use: the challenge is gone whatever the verification says.
  if (!settings.takeChallenge(challenge, 'registration')) {
    throw new MfaError('expired', 'the passkey challenge expired; try again');
  }
  let verification;
  try {
    verification = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: settings.origins,
      expectedRPID: settings.rpId,
      requireUserPresence: true,
      requireUserVerification: true,
      supportedAlgorithmIDs: ALGORITHMS,
    });
  } catch (error) {
    throw rejected(error);
  }
  if (!verification.verified) throw rejected(new Error('not verified'));
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;
  const registered: RegisteredPasskey = {
    credentialId: credential.id,
    publicKey: toBase64Url(credential.publicKey),
    counter: credential.counter,
    deviceType: credentialDeviceType,
    backedUp: credentialBackedUp,
  };
  const transports = credential.transports ?? response.response.transports;
  if (transports && transports.length > 0) registered.transports = [...transports];
  return registered;
}

export async function authenticatePasskey(
  settings: PasskeySettings,
  allowed: CredentialRef[],
  lookup: (credentialId: string) => StoredCredential | undefined,
): Promise<PasskeyAssertion> {
  requireWebAuthn();
  const [{ startAuthentication }, { verifyAuthenticationResponse }] = await Promise.all([
    import('@simplewebauthn/browser'),
    import('@simplewebauthn/server'),
  ]);
  // Listen for an abort before the ceremony starts, then check once more: an abort that came
  // while the modules loaded would otherwise be missed and the ceremony would run to its timeout.
  const unlink = await linkAbort(settings.signal);
  if (settings.signal?.aborted) {
    unlink();
    throw abortReason(settings.signal);
  }
  const challenge = settings.issueChallenge('authentication');
  let response;
  try {
    response = await startAuthentication({
      optionsJSON: {
        challenge,
        rpId: settings.rpId,
        timeout: settings.timeout,
        allowCredentials: descriptors(allowed),
        userVerification: 'required',
      },
    });
  } catch (error) {
    settings.takeChallenge(challenge, 'authentication');
    throw ceremonyError(error, settings.signal);
  } finally {
    unlink();
  }
  if (settings.signal?.aborted) {
    settings.takeChallenge(challenge, 'authentication');
    throw abortReason(settings.signal);
  }
  if (!settings.takeChallenge(challenge, 'authentication')) {
    throw new MfaError('expired', 'the passkey challenge expired; try again');
  }
  // Look the credential up by the id in the response, as a server does.
  const stored = lookup(response.id);
  if (!stored) throw new MfaError('invalid-code', 'unknown passkey');
  let verification;
  try {
    verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: settings.origins,
      expectedRPID: settings.rpId,
      credential: {
        id: stored.id,
        publicKey: fromBase64Url(stored.publicKey),
        counter: stored.counter,
      },
      requireUserVerification: true,
    });
  } catch (error) {
    throw rejected(error);
  }
  if (!verification.verified) throw rejected(new Error('not verified'));
  const { credentialID, newCounter, credentialDeviceType, credentialBackedUp } =
    verification.authenticationInfo;
  return {
    credentialId: credentialID,
    newCounter,
    deviceType: credentialDeviceType,
    backedUp: credentialBackedUp,
  };
}
