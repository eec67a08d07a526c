import type { RegisteredPasskey } from './passkeys.js';
import type { RecoveryCodeSet } from './recovery-codes.js';
import { newThrottleState, type ThrottleState } from './throttle.js';
import type { TokenRecord } from './tokens.js';
import { toBase64Url } from '../../internal/base64url.js';
import { randomBytes } from '../../internal/random-bytes.js';

/**
 * Everything the memory client knows, as plain JSON — which is exactly what makes it unfit for
 * production: TOTP secrets, unacknowledged recovery codes, token values and the lockout counter
 * all live in the page, where any script (and, with `storage`, anyone with the device) can read
 * or change them.
 */
export interface TotpDeviceRecord {
  id: string;
  type: 'totp';
  alias?: string;
  verified: boolean;
  createdAt: number;
  lastUsedAt?: number;
  /** Base32. */
  secret: string;
  /** The last accepted time step; a code is accepted only for a later step. */
  lastStep?: number;
}

/** A registered passkey (credential id and COSE public key in base64url) as a device of the user. */
export interface PasskeyDeviceRecord extends RegisteredPasskey {
  id: string;
  type: 'passkey';
  alias?: string;
  verified: true;
  createdAt: number;
  lastUsedAt?: number;
}

export type DeviceRecord = TotpDeviceRecord | PasskeyDeviceRecord;

export interface ChallengeRecord {
  /** Base64url. */
  value: string;
  kind: 'registration' | 'authentication';
  expiresAt: number;
}

export interface MemoryState {
  version: 1;
  /** WebAuthn user handle, base64url. */
  userId: string;
  devices: DeviceRecord[];
  recovery: RecoveryCodeSet | null;
  tokens: TokenRecord[];
  throttle: ThrottleState;
  challenges: ChallengeRecord[];
  /** Whether this session has passed MFA (reset by `signOut()`). */
  sessionVerified: boolean;
}

export function newState(): MemoryState {
  return {
    version: 1,
    userId: toBase64Url(randomBytes(16)),
    devices: [],
    recovery: null,
    tokens: [],
    throttle: newThrottleState(),
    challenges: [],
    sessionVerified: false,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Parse stored state; `null` when absent or not recognisably ours (the caller starts fresh). */
export function parseState(text: string | null): MemoryState | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (
    !isRecord(value) ||
    value['version'] !== 1 ||
    typeof value['userId'] !== 'string' ||
    !Array.isArray(value['devices']) ||
    !Array.isArray(value['tokens']) ||
    !Array.isArray(value['challenges']) ||
    !isRecord(value['throttle']) ||
    typeof value['sessionVerified'] !== 'boolean' ||
    !(
      value['recovery'] === null ||
      (isRecord(value['recovery']) && Array.isArray(value['recovery']['codes']))
    )
  ) {
    return null;
  }
  const throttle = value['throttle'];
  if (
    typeof throttle['consecutiveFailures'] !== 'number' ||
    typeof throttle['totalFailures'] !== 'number' ||
    typeof throttle['lockedUntil'] !== 'number'
  ) {
    return null;
  }
  return value as unknown as MemoryState;
}
