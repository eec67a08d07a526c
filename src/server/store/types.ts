/**
 * The store: everything the MFA server keeps, in the words of the domain. One SQL implementation
 * (sql-store.ts) serves every driver; a driver only supplies a `SqlExecutor`.
 *
 * Rules every implementation must keep (the conformance suite in
 * test/server/conformance/store-suite.ts checks them):
 * - Every "claim"/"consume" method is ONE atomic conditional update: under any concurrency, across
 *   any number of server instances, at most one caller gets a row back.
 * - Times come from the caller (`now`), never from the database clock, so an injected clock works
 *   and several instances agree.
 * - Secrets never reach the store in plaintext: TOTP secrets arrive already sealed
 *   (`secretSealed`), recovery codes and MFA tokens arrive as hashes.
 */
import type { MfaMethod } from '../../client/types.js';
import type { RateLimitSettings } from '../throttle.js';

/** Per-user state: the shared failure counter and the recovery-code set. */
export interface UserRecord {
  userId: string;
  /** Random WebAuthn user handle (base64url); never the app's user id, which may be an e-mail. */
  webauthnUserId: string | null;
  /** Consecutive failed code attempts (TOTP and recovery codes share it). */
  failures: number;
  lockedUntil: Date | null;
  /** Set after `hardLimit` consecutive failures; only `resetThrottle` clears it. */
  hardLocked: boolean;
  /** Salt of the current recovery-code set (base64url), or null when there is no set. */
  recoverySalt: string | null;
  recoveryGeneratedAt: Date | null;
  recoveryAcknowledgedAt: Date | null;
  /**
   * The current set in plaintext, sealed with the app's key, kept only until the user
   * acknowledges it (so a reload can show the same codes again). Null without a key.
   */
  recoveryPendingSealed: string | null;
}

export interface TotpDeviceRecord {
  id: string;
  userId: string;
  alias: string | null;
  /** The base32 secret, sealed (see crypto.ts: `v1:` AES-GCM or `plain:` without a key). */
  secretSealed: string;
  createdAt: Date;
  /** Null until the first code confirmed the enrollment. */
  verifiedAt: Date | null;
  /** The last accepted TOTP time step; a code is accepted only for a later step. */
  lastStep: number | null;
  lastUsedAt: Date | null;
  /**
   * The session that started the enrollment: only it may confirm it (docs/SECURITY.md 27).
   * Null for rows from before migration 3, which can never be confirmed.
   */
  sessionId: string | null;
  /** When an unconfirmed enrollment stops being confirmable (null: never was). */
  expiresAt: Date | null;
}

export interface NewTotpDevice {
  id: string;
  userId: string;
  alias: string | null;
  secretSealed: string;
  createdAt: Date;
  sessionId: string;
  expiresAt: Date;
}

export interface PasskeyRecord {
  id: string;
  userId: string;
  /** base64url credential id as the authenticator reports it; unique across all users. */
  credentialId: string;
  /** base64url COSE public key. */
  publicKey: string;
  counter: number;
  transports: string[];
  /** 'singleDevice' | 'multiDevice' (WebAuthn backup eligibility). */
  deviceType: string;
  backedUp: boolean;
  alias: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export type NewPasskey = Omit<PasskeyRecord, 'lastUsedAt'>;

export type ChallengePurpose = 'registration' | 'authentication';

/**
 * Why a registration challenge could be issued: the account had no factor, the session had a
 * fresh proof, or an MFA token was presented. Recorded for the log; the verify re-checks.
 */
export type FactorRule = 'first-factor' | 'fresh-proof' | 'mfa-token';

export interface ChallengeRecord {
  /** base64url challenge as sent to the browser. */
  challenge: string;
  userId: string;
  sessionId: string;
  purpose: ChallengePurpose;
  createdAt: Date;
  expiresAt: Date;
  consumedAt: Date | null;
  /** Registration challenges: the rule they were issued under; null for authentication. */
  issuedUnder: FactorRule | null;
}

export type NewChallenge = Omit<ChallengeRecord, 'consumedAt' | 'issuedUnder'> & {
  issuedUnder?: FactorRule | null;
};

export interface TokenRecord {
  /** SHA-256 of the token value (base64url); the value itself is never stored. */
  tokenHash: string;
  userId: string;
  sessionId: string;
  /** How the user proved the factor that earned this token. */
  method: MfaMethod;
  /** The action a token is bound to, or null for an unbound token. */
  action: string | null;
  scopes: string[];
  singleUse: boolean;
  createdAt: Date;
  expiresAt: Date;
  consumedAt: Date | null;
}

export type NewToken = Omit<TokenRecord, 'consumedAt'>;

/** Per-session verification state: has this session of the app proved the second factor? */
export interface SessionRecord {
  userId: string;
  sessionId: string;
  verifiedAt: Date;
  method: MfaMethod;
}

export interface NewRecoveryCodeSet {
  userId: string;
  salt: string;
  /** One hash per code (see recovery-codes.ts). */
  hashes: string[];
  /** The plaintext codes sealed with the app's key, or null (see UserRecord.recoveryPendingSealed). */
  pendingSealed: string | null;
  now: Date;
}

/** Everything the routes read about one user and session, fetched in one statement. */
export interface AccountRecord {
  user: UserRecord | null;
  totpDevices: TotpDeviceRecord[];
  passkeys: PasskeyRecord[];
  unusedRecoveryCodes: number;
  /** This session's verification, or null. */
  session: SessionRecord | null;
}

/** What checking a TOTP code needs of the account: `AccountRecord` without the rest. */
export interface TotpAccountRecord {
  user: UserRecord | null;
  totpDevices: TotpDeviceRecord[];
  /** The user has a passkey (with a verified device: has a factor at all). */
  hasPasskey: boolean;
}

/** A token looked up for a check, with what the check needs to know about its user. */
export interface TokenLookup {
  /** The token with this hash, whoever it belongs to, or null. */
  token: TokenRecord | null;
  /** The user has a verified TOTP device or a passkey. */
  hasFactor: boolean;
  /** The given session has proved a factor (persistent tokens end with it). */
  sessionVerified: boolean;
}

/** A token presented for an action (`MfaStore.useToken`). */
export interface TokenUse {
  tokenHash: string;
  userId: string;
  sessionId: string;
  now: Date;
  action: string;
  methods: MfaMethod[] | null;
  createdAfter: Date | null;
}

/** What a code attempt uses up when the code is right. */
export type CodeClaim =
  /** Accept this time step of the device (only a later step than the last one used). */
  | { kind: 'totp'; deviceId: string; step: number }
  /** Use up this recovery code (only if unused). */
  | { kind: 'recovery-code'; codeHash: string }
  /** The code matched nothing: the attempt is counted as a failure. */
  | { kind: 'none' };

export interface CodeAttempt {
  userId: string;
  now: Date;
  claim: CodeClaim;
  /** How failures lock the user (the same rule as `lockAfterFailure` in throttle.ts). */
  rateLimit: RateLimitSettings;
  /** Written only when the claim succeeds, by the same statement. */
  success: {
    sessionId: string;
    method: MfaMethod;
    token: NewToken | null;
    /** The first factor is being confirmed: its recovery-code set replaces any other. */
    recoveryCodes: Pick<NewRecoveryCodeSet, 'salt' | 'hashes' | 'pendingSealed'> | null;
  };
  /**
   * When the claim confirms a TOTP enrollment (adds a factor), the statement allows it only if
   * the enrollment is this session's and unexpired, and the account has no verified factor at
   * that moment, or the session verified at or after `freshSince`, or `tokenHash` names an
   * unused single-use token bound to `device.add` (or to no action), which is then consumed.
   * Omitted: only a first factor may be confirmed.
   */
  addFactor?: { freshSince: Date; tokenHash: string | null };
  /**
   * The TOTP secret the code was matched with, when it came from the handler's cache of opened
   * secrets rather than from a read in this request: the statement goes on only if `deviceId` is
   * still a verified device of the user sealed as `secretSealed`, and otherwise answers `stale`
   * having changed and counted nothing.
   */
  matchedSecret?: { deviceId: string; secretSealed: string };
}

export type CodeAttemptResult =
  /** Refused unchecked and uncounted: the user is locked. */
  | { outcome: 'locked'; lockedUntil: Date | null; hardLocked: boolean }
  /** Counted as a failure: a wrong code (`claim: none`) or a claim that did not hold (a replay). */
  | { outcome: 'failure'; failures: number; /** This failure locked the user. */ locked: boolean }
  /** Not tried and not counted: this session may not confirm that enrollment now. */
  | { outcome: 'refused'; reason: FactorRefusal }
  /** Claimed; the counter is reset and the session and token are stored. */
  | {
      outcome: 'success';
      /** Unused recovery codes left, after a recovery-code claim. */ recoveryCodesRemaining:
        number | null;
    }
  /** Not tried and not counted: `matchedSecret` is no longer the device's (read the account again). */
  | { outcome: 'stale' };

/** Why adding a factor was refused at commit time. */
export type FactorRefusal = 'fresh-proof-required' | 'enrollment-expired';

/** The account as a factor change sees it, read under the user's row lock. */
export interface FactorGate {
  /** A verified TOTP device or a passkey exists right now. */
  hasFactor: boolean;
  /** When this session last proved a factor, or null. */
  sessionVerifiedAt: Date | null;
  /** A recovery-code set exists and was not acknowledged yet. */
  recoveryPending: boolean;
}

/**
 * What the handler needs from a database, and nothing more: every method has a caller in
 * src/server, but `resetThrottle`, the operator's unlock that an app calls. (Tests read and write
 * rows beyond this directly: test/server/support/store-inspection.ts.)
 */
export interface MfaStore {
  /**
   * Run `fn` in one transaction; everything it does through the `store` it receives commits
   * together or not at all (a thrown error rolls back). Inside, use ONLY that store — the outer
   * one may be blocked until the transaction ends (PGlite has a single connection). Nested calls
   * join the outer transaction.
   */
  transaction<T>(fn: (store: MfaStore) => Promise<T>): Promise<T>;
  /** Release the database (connection pool, PGlite instance). */
  close(): Promise<void>;

  // ── whole users ──────────────────────────────────────────────────────────────────────────
  /** The user's record, factors, unused recovery-code count and this session, in one read. */
  getAccount(userId: string, sessionId: string): Promise<AccountRecord>;
  /**
   * The part of `getAccount` a TOTP verification reads before matching a code it has no opened
   * secret for — the user's record, TOTP devices, whether a passkey exists — as one plain read
   * (about half of `getAccount`'s cost, `npm run bench:store`).
   */
  getTotpAccount(userId: string): Promise<TotpAccountRecord>;
  /**
   * Remove everything kept about the user — devices, passkeys, recovery codes, tokens, sessions,
   * challenges and the throttle row — in one atomic statement. False when there was nothing.
   */
  deleteUser(userId: string): Promise<boolean>;

  /**
   * Inside a transaction, before a write that adds, replaces or removes a factor: create the
   * user's row if missing, lock it (`FOR UPDATE`, so every factor change and code attempt of the
   * user queues behind this transaction, on every instance) and read the account as it is now.
   */
  lockForFactorChange(userId: string, sessionId: string, now: Date): Promise<FactorGate>;
  /**
   * A first factor was added: every other pending enrollment of the user goes — unconfirmed
   * TOTP devices (but `keepDeviceId`) and unused registration challenges, of every session.
   */
  deletePendingEnrollments(userId: string, keepDeviceId?: string): Promise<void>;

  // ── users and throttling ─────────────────────────────────────────────────────────────────
  /**
   * One code attempt, in ONE atomic statement: take the user's row lock; refuse while locked
   * (not counted); otherwise try the claim (a conditional update) and, in the same statement,
   * either reset the counter and write the success (session, token, recovery-code set), or count
   * the failure and lock as `rateLimit` says. Parallel attempts of one user queue on the user's
   * row, across instances, so bursts cannot exceed the budget. Creates the user row when
   * missing. Throws `StoreConflictError` when confirming would give the user a second verified
   * TOTP device (then nothing changed).
   */
  attemptCode(attempt: CodeAttempt): Promise<CodeAttemptResult>;
  /** Set the WebAuthn user handle if none is set yet; returns the handle in force. */
  ensureWebauthnUserId(userId: string, candidate: string, now: Date): Promise<string>;
  /** A success: zero the failure counter and lift a timed lock. */
  resetFailures(userId: string): Promise<void>;
  /** Administrative unlock: zero the counter and lift any lock, hard ones included. */
  resetThrottle(userId: string): Promise<void>;

  // ── TOTP devices ─────────────────────────────────────────────────────────────────────────
  createTotpDevice(device: NewTotpDevice): Promise<TotpDeviceRecord>;
  listTotpDevices(userId: string): Promise<TotpDeviceRecord[]>;
  /**
   * Drop enrollments that were started but never confirmed (their secrets go with them): this
   * session's, and any that expired or belong to no session. Other sessions' live ones stay.
   */
  deleteUnverifiedTotpDevices(
    userId: string,
    scope: { sessionId: string; now: Date },
  ): Promise<number>;

  /** Up to `limit` TOTP devices whose secret is still stored as `plain:` text (no key back then). */
  listPlaintextTotpSecrets(limit: number): Promise<Array<{ id: string; secretSealed: string }>>;
  /** Replace a device's sealed secret only if it still is `expected`; false when it changed. */
  replaceTotpSecret(deviceId: string, expected: string, secretSealed: string): Promise<boolean>;

  // ── passkeys ─────────────────────────────────────────────────────────────────────────────
  /** Throws `StoreConflictError` when the credential id is already registered. */
  createPasskey(passkey: NewPasskey): Promise<PasskeyRecord>;
  listPasskeys(userId: string): Promise<PasskeyRecord[]>;
  findPasskeyByCredentialId(credentialId: string): Promise<PasskeyRecord | null>;
  /**
   * Store the new signature counter and backup state after an authentication. Conditional on
   * the counter still being `previousCounter`, so two racing uses cannot both update; false
   * when it changed meanwhile.
   */
  recordPasskeyUse(
    passkeyId: string,
    update: { previousCounter: number; counter: number; backedUp: boolean; now: Date },
  ): Promise<boolean>;

  /** Delete a TOTP device or passkey of this user. False when the user has no such device. */
  deleteDevice(userId: string, deviceId: string): Promise<boolean>;

  // ── recovery codes ───────────────────────────────────────────────────────────────────────
  /** Replace the user's whole set (the old codes stop working) and mark it unacknowledged. */
  replaceRecoveryCodes(set: NewRecoveryCodeSet): Promise<void>;
  /** Remove the set entirely (e.g. when the last factor is deleted). */
  deleteRecoveryCodes(userId: string): Promise<void>;
  /** Mark the set saved and drop its sealed plaintext. False when nothing was pending. */
  acknowledgeRecoveryCodes(userId: string, now: Date): Promise<boolean>;

  // ── WebAuthn challenges ──────────────────────────────────────────────────────────────────
  createChallenge(challenge: NewChallenge): Promise<void>;
  /**
   * Use a challenge up: one conditional update on (challenge, user, session, purpose, unused,
   * unexpired). Null when it is unknown, someone else's, used or expired.
   */
  consumeChallenge(
    challenge: string,
    owner: { userId: string; sessionId: string; purpose: ChallengePurpose },
    now: Date,
  ): Promise<ChallengeRecord | null>;
  /** Housekeeping: drop this user's challenges that are used or expired. */
  deleteStaleChallenges(userId: string, now: Date): Promise<void>;

  // ── MFA tokens ───────────────────────────────────────────────────────────────────────────
  createToken(token: NewToken): Promise<void>;
  /**
   * The token with this hash (whoever it belongs to), plus what a check needs about the user and
   * session, in one read.
   */
  lookupToken(tokenHash: string | null, userId: string, sessionId: string): Promise<TokenLookup>;
  /**
   * `lookupToken` and, in the same statement, the consumption of a token that is certainly
   * acceptable for `use.action`: single-use, this user's, unused, unexpired, bound to exactly that
   * action, without scopes, of a method in `use.methods` (any when null), created at or after
   * `use.createdAfter` (any age when null), and the user has a factor. `consumed` says whether this
   * call took it (then `token` is the consumed row); otherwise nothing changed.
   */
  useToken(use: TokenUse): Promise<TokenLookup & { consumed: boolean }>;
  /**
   * `UPDATE … SET consumed_at = now WHERE token_hash AND user_id AND consumed_at IS NULL AND
   * expires_at > now RETURNING`: exactly one caller gets the token.
   */
  consumeToken(tokenHash: string, userId: string, now: Date): Promise<TokenRecord | null>;
  /** Housekeeping: drop this user's expired tokens. */
  deleteExpiredTokens(userId: string, now: Date): Promise<void>;

  // ── sessions ─────────────────────────────────────────────────────────────────────────────
  markSessionVerified(session: SessionRecord): Promise<void>;
  /** The app's session ended: forget its verification and its persistent tokens. */
  endSession(userId: string, sessionId: string): Promise<void>;
}

/** A uniqueness rule of the domain was hit (second verified TOTP device, duplicate credential). */
export class StoreConflictError extends Error {
  override readonly name = 'StoreConflictError';
}
