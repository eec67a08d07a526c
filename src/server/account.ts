/**
 * A user's MFA state as one snapshot: factors, recovery codes and whether this session has
 * proved the second factor. Status, access rules and policies are all computed from it.
 */
import type { MfaDevice, MfaMethod, MfaPendingStep, MfaStatus } from '../client/types.js';
import { deviceVisible } from './enrollment.js';
import type { MfaUser } from './options.js';
import type {
  MfaStore,
  PasskeyRecord,
  SessionRecord,
  TotpDeviceRecord,
  UserRecord,
} from './store/types.js';

export interface Account {
  /** The session this snapshot was read for. */
  sessionId: string;
  user: UserRecord | null;
  totpDevices: TotpDeviceRecord[];
  verifiedTotp: TotpDeviceRecord | null;
  passkeys: PasskeyRecord[];
  /** A verified TOTP device or any passkey (passkeys are verified when registered). */
  hasFactor: boolean;
  unusedRecoveryCodes: number;
  session: SessionRecord | null;
  /**
   * This session may use the account's MFA-protected pages: it proved a factor, or the user has
   * none to prove (and is then asked to enroll).
   */
  sessionVerified: boolean;
}

/** One read of the store (`getAccount`). */
export async function loadAccount(store: MfaStore, user: MfaUser): Promise<Account> {
  const {
    user: record,
    totpDevices,
    passkeys,
    unusedRecoveryCodes,
    session,
  } = await store.getAccount(user.userId, user.sessionId);
  const verifiedTotp = totpDevices.find((device) => device.verifiedAt !== null) ?? null;
  const hasFactor = verifiedTotp !== null || passkeys.length > 0;
  return {
    sessionId: user.sessionId,
    user: record,
    totpDevices,
    verifiedTotp,
    passkeys,
    hasFactor,
    unusedRecoveryCodes,
    session,
    sessionVerified: !hasFactor || session !== null,
  };
}

export function recoveryCodesPending(account: Account): boolean {
  return (
    account.hasFactor &&
    account.user?.recoverySalt != null &&
    account.user.recoveryAcknowledgedAt === null
  );
}

export function pendingStep(account: Account): MfaPendingStep | null {
  if (!account.hasFactor) return 'enroll';
  if (!account.sessionVerified) return 'verify';
  if (recoveryCodesPending(account)) return 'acknowledge-recovery-codes';
  return null;
}

export function availableMethods(account: Account): MfaMethod[] {
  if (!account.hasFactor) return [];
  const methods: MfaMethod[] = [];
  if (account.verifiedTotp) methods.push('totp');
  if (account.passkeys.length > 0) methods.push('passkey');
  if (account.unusedRecoveryCodes > 0) methods.push('recovery-code');
  return methods;
}

/** Verified factors, and this session's pending enrollment (others' are not its business). */
export function listDevices(account: Account, now: Date): MfaDevice[] {
  const devices: MfaDevice[] = [];
  for (const device of account.totpDevices) {
    if (!deviceVisible(device, account.sessionId, now)) continue;
    devices.push(
      withOptional(
        {
          id: device.id,
          type: 'totp',
          verified: device.verifiedAt !== null,
          createdAt: device.createdAt.toISOString(),
        },
        device.alias,
        device.lastUsedAt,
      ),
    );
  }
  for (const passkey of account.passkeys) devices.push(passkeyDevice(passkey));
  return devices;
}

export function passkeyDevice(passkey: PasskeyRecord): MfaDevice {
  return withOptional(
    { id: passkey.id, type: 'passkey', verified: true, createdAt: passkey.createdAt.toISOString() },
    passkey.alias,
    passkey.lastUsedAt,
  );
}

/** The contract's MfaStatus. Devices are listed only to a session that may see them (docs/SECURITY.md 17). */
export function buildStatus(account: Account, now: Date): MfaStatus {
  return {
    pending: pendingStep(account),
    methods: availableMethods(account),
    devices: account.sessionVerified ? listDevices(account, now) : [],
    recoveryCodesRemaining: account.hasFactor ? account.unusedRecoveryCodes : 0,
  };
}

function withOptional(device: MfaDevice, alias: string | null, lastUsedAt: Date | null): MfaDevice {
  if (alias !== null) device.alias = alias;
  if (lastUsedAt !== null) device.lastUsedAt = lastUsedAt.toISOString();
  return device;
}
