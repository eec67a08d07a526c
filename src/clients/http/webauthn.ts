/**
 * The WebAuthn ceremonies, through `@simplewebauthn/browser` imported on first use (so pages
 * that never touch a passkey never load it), and their failures as `MfaError`s.
 */
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';
import { MfaError } from '../../client/errors.js';
import { abortReason, throwIfAborted } from '../../internal/abort.js';

/** What the client needs from a WebAuthn library. */
export interface WebAuthnCeremonies {
  /** Whether this browser can run a ceremony at all; checked before the server is asked. */
  supported(): boolean;
  /** Start loading whatever the ceremony needs, while the options are being fetched. */
  preload?(): void;
  /** `navigator.credentials.create()` for the server's options; rejects as the browser does. */
  register(
    options: PublicKeyCredentialCreationOptionsJSON,
    signal?: AbortSignal,
  ): Promise<RegistrationResponseJSON>;
  /** `navigator.credentials.get()` for the server's options; rejects as the browser does. */
  authenticate(
    options: PublicKeyCredentialRequestOptionsJSON,
    signal?: AbortSignal,
  ): Promise<AuthenticationResponseJSON>;
}

type Library = typeof import('@simplewebauthn/browser');

let library: Promise<Library> | undefined;

function loadLibrary(): Promise<Library> {
  library ??= import('@simplewebauthn/browser').catch((error: unknown) => {
    library = undefined; // a failed chunk load can be retried
    throw new MfaError('network', 'The passkey support code could not be loaded.', {
      cause: error,
    });
  });
  return library;
}

/** Run a ceremony; the signal cancels it through the library's abort service. */
async function ceremony<T>(
  signal: AbortSignal | undefined,
  run: (lib: Library) => Promise<T>,
): Promise<T> {
  const lib = await loadLibrary();
  throwIfAborted(signal);
  if (!signal) return run(lib);
  const cancel = (): void => lib.WebAuthnAbortService.cancelCeremony();
  signal.addEventListener('abort', cancel, { once: true });
  try {
    return await run(lib);
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

/** `@simplewebauthn/browser`, the default. */
export const browserWebAuthn: WebAuthnCeremonies = {
  supported: () =>
    typeof (globalThis as { PublicKeyCredential?: unknown }).PublicKeyCredential === 'function',
  preload: () => void loadLibrary().catch(() => undefined),
  register: (optionsJSON, signal) =>
    ceremony(signal, (lib) => lib.startRegistration({ optionsJSON })),
  authenticate: (optionsJSON, signal) =>
    ceremony(signal, (lib) => lib.startAuthentication({ optionsJSON })),
};

export function unsupported(): MfaError {
  return new MfaError('passkey-unsupported', 'This browser cannot use passkeys (no WebAuthn).');
}

/**
 * A failed ceremony as an `MfaError` (or the abort reason, when the caller aborted). Browsers
 * report a dismissed or timed-out prompt as `NotAllowedError`; `@simplewebauthn/browser` keeps
 * the browser's error name on its `WebAuthnError`s.
 */
export function ceremonyError(error: unknown, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) return abortReason(signal);
  if (error instanceof MfaError) return error;
  const name =
    typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  const message = error instanceof Error ? error.message : 'The passkey ceremony failed.';
  switch (name) {
    case 'NotAllowedError':
    case 'AbortError': // another ceremony started and cancelled this one
      return new MfaError('passkey-cancelled', message, { cause: error });
    case 'InvalidStateError': // registration: this authenticator already holds a passkey for the user
      return new MfaError('already-enrolled', message, { cause: error });
    case 'NotSupportedError':
    case 'ConstraintError': // no authenticator that can verify the user / use the algorithms
      return new MfaError('passkey-unsupported', message, { cause: error });
  }
  return new MfaError('unknown', message, { cause: error });
}
