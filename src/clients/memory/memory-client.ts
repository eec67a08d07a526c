import { MfaError, type MfaErrorCode } from '../../client/errors.js';
import type {
  CallOptions,
  DeleteDeviceInput,
  EnrollPasskeyInput,
  MfaClient,
  MfaDevice,
  MfaMethod,
  MfaProof,
  MfaStatus,
  RecoveryCodesInput,
  TokenRequest,
  TotpEnrollment,
  VerifyOptions,
  VerifyRecoveryCodeInput,
  VerifyTotpInput,
  ReauthChannel,
  ReauthCodeSent,
  ReauthDestination,
  ReauthProof,
  SendReauthCodeInput,
  VerifyReauthCodeInput,
} from '../../client/types.js';
import { sleep, throwIfAborted } from '../../internal/abort.js';
import { toBase64Url } from '../../internal/base64url.js';
import { randomBytes } from '../../internal/random-bytes.js';
import { ReauthCodes } from './reauth-codes.js';
import { authenticatePasskey, registerPasskey, type PasskeySettings } from './passkeys.js';
import {
  createRecoveryCodeSet,
  hashRecoveryCode,
  isWellFormedRecoveryCode,
  normalizeRecoveryCode,
  unusedRecoveryCodes,
  type RecoveryCodeSet,
} from './recovery-codes.js';
import {
  newState,
  parseState,
  type DeviceRecord,
  type MemoryState,
  type TotpDeviceRecord,
} from './state.js';
import {
  wrongCode,
  attemptSucceeded,
  beginAttempt,
  lockRemainingSeconds,
  resetThrottle,
  type ThrottlePolicy,
} from './throttle.js';
import {
  consumeToken,
  issueToken,
  pruneTokens,
  publicToken,
  type ConsumeTokenOptions,
  type TokenLifetimes,
} from './tokens.js';
import {
  generateTotpCode,
  generateTotpSecret,
  matchTotpStep,
  totpUri,
  TOTP_ALGORITHM,
  TOTP_DIGITS,
  TOTP_PERIOD,
} from './totp.js';
import {
  inputObject,
  optionalBoolean,
  optionalSignal,
  optionalString,
  optionalTokenRequest,
  requiredString,
  signalOf,
} from './validate.js';

/** The action a token must fit (or be unbound) to delete a device. */
export const DELETE_DEVICE_ACTION = 'device.delete';
/** The action a token must fit (or be unbound) to regenerate recovery codes. */
export const REGENERATE_RECOVERY_CODES_ACTION = 'recovery-codes.regenerate';
/** The action name of adding a factor when one exists. */
export const ADD_DEVICE_ACTION = 'device.add';
const ALWAYS_GUARDED_ACTIONS: ReadonlySet<string> = new Set([
  ADD_DEVICE_ACTION,
  DELETE_DEVICE_ACTION,
  REGENERATE_RECOVERY_CODES_ACTION,
]);

/** Default `storageKey` when `storage` is given. */
export const DEFAULT_STORAGE_KEY = 'mfa-elements:memory-client';

export interface MemoryClientOptions {
  /** The signed-in user's name: the TOTP label and the WebAuthn user name. Default `ada@example.com`. */
  userName?: string;
  /** Shown in authenticator apps. Default `mfa-elements`. */
  issuer?: string;
  /** The clock, in epoch milliseconds. Default `Date.now`. Use a {@link ManualClock} in tests. */
  now?: () => number;
  /** Simulated network delay per call, in real milliseconds. Default 0. */
  latency?: number;
  /** Consecutive failures (TOTP and recovery codes together) before a lockout. Default 5. */
  maxFailures?: number;
  /** First lockout, in seconds; each further lockout doubles it. Default 30. */
  lockoutSeconds?: number;
  /** Longest lockout, in seconds. Default 900 (15 min). */
  maxLockoutSeconds?: number;
  /** Failures in total (a success does not reset these) before a hard lock. Default 100. */
  hardLockAfter?: number;
  /** Lifetime of a single-use MFA token. Default 300 s. */
  tokenLifetimeSeconds?: number;
  /** Lifetime of a persistent MFA token (`{ singleUse: false }`). Default 43 200 s (12 h). */
  persistentTokenLifetimeSeconds?: number;
  /** Lifetime of a step-up token (`{ scopes }`). Default: `tokenLifetimeSeconds`. */
  scopeLifetimeSeconds?: number;
  /** Which actions need MFA: `{ 'wallet.export': true }`. Unlisted actions follow `requireAllActions`. */
  actions?: Record<string, boolean>;
  /** Whether an action not listed in `actions` needs MFA. Default false. */
  requireAllActions?: boolean;
  /**
   * Keep the whole state (TOTP secrets, unacknowledged recovery codes, tokens, lockout counter)
   * in this Storage as JSON so a demo survives a reload; a reload counts as the same session.
   * **Anyone with access to the page or the device can read or change it** — demos only. One
   * page at a time: two tabs on the same key overwrite each other.
   */
  storage?: Storage;
  /** Key under which `storage` keeps the state. Default `mfa-elements:memory-client`. */
  storageKey?: string;
  /** WebAuthn relying-party name. Default: `issuer`. */
  rpName?: string;
  /** WebAuthn relying-party ID. Default: `location.hostname`, read when a ceremony starts. */
  rpId?: string;
  /** Origins a passkey response may come from. Default: `location.origin`, read when a ceremony starts. */
  origin?: string | string[];
  /** WebAuthn ceremony timeout in milliseconds. Default 60 000. */
  passkeyTimeout?: number;
  /** How long a WebAuthn challenge stays valid. Default 300 s. */
  challengeLifetimeSeconds?: number;
  /**
   * Like Dynamic's 2026-04 rules: even a first factor needs a proof first, which a user without
   * one gives by re-authenticating with an emailed code (`sendReauthCode`). Default false.
   */
  stepUpForFirstFactor?: boolean;
  /**
   * Offer `sendReauthCode` / `verifyReauthCode` (the guard then shows "Email me a code" to a user
   * with no method). Default: `stepUpForFirstFactor`. Without it the client has neither method.
   */
  reauthByEmail?: boolean;
  /**
   * The user's phone number (`+44 7700 900123`): with `reauthByEmail`, re-authentication codes
   * can also be "texted" (`sendReauthCode({ channel: 'sms' })`; the guard offers "Text me a
   * code"). Default: none.
   */
  reauthPhone?: string;
  /** Seconds between two re-authentication codes. Default 30. */
  reauthResendSeconds?: number;
}

/** Options of the {@link MemoryMfaClient.failNextCall} testing hook. */
export interface FailNextCallOptions {
  message?: string;
  /** For `rate-limited`: seconds until another attempt is allowed. */
  retryAfter?: number;
}

/** What {@link MemoryMfaClient.setUpTotp} leaves behind, for tests. */
export interface TotpSetUp {
  deviceId: string;
  /** Base32 — compute codes with otpauth, or use {@link MemoryMfaClient.totpCode}. */
  secret: string;
  /** The ten recovery codes as first shown. */
  recoveryCodes: string[];
}

/** A snapshot of the shared failure counter, for tests. */
export interface ThrottleSnapshot {
  consecutiveFailures: number;
  totalFailures: number;
  /** Seconds until attempts are allowed again: 0 when not locked, `Infinity` when hard-locked. */
  retryAfter: number;
}

interface ResolvedOptions extends TokenLifetimes {
  stepUpForFirstFactor: boolean;
  reauthByEmail: boolean;
  reauthPhone: string | undefined;
  reauthResendSeconds: number;
  userName: string;
  issuer: string;
  now: () => number;
  latency: number;
  throttle: ThrottlePolicy;
  actions: Record<string, boolean>;
  requireAllActions: boolean;
  storage: Storage | undefined;
  storageKey: string;
  rpName: string;
  rpId: string | undefined;
  origin: string | string[] | undefined;
  passkeyTimeout: number;
  challengeLifetimeSeconds: number;
}

const INVALID_CODE = 'the code is not valid';

function phoneOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.replace(/\D/g, '').length < 6)
    throw new TypeError('reauthPhone: expected a phone number such as "+44 7700 900123"');
  return value;
}

/** `+44 7700 900123` → `+44 ••• 23`, as the Dynamic adapter masks a number. */
function maskPhone(phone: string): string {
  const country = /^\+(\d{1,3})\s/.exec(phone)?.[1];
  const digits = phone.replace(/\D/g, '');
  return `${country ? `+${country} ` : ''}••• ${digits.slice(-2)}`;
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new TypeError(`createMemoryClient: ${name} must be a positive number`);
  }
  return value;
}

function resolveOptions(options: MemoryClientOptions): ResolvedOptions {
  const tokenLifetimeSeconds = positive(options.tokenLifetimeSeconds, 300, 'tokenLifetimeSeconds');
  const latency = options.latency ?? 0;
  if (typeof latency !== 'number' || !Number.isFinite(latency) || latency < 0) {
    throw new TypeError('createMemoryClient: latency must be a number of milliseconds ≥ 0');
  }
  const issuer = options.issuer ?? 'mfa-elements';
  return {
    userName: options.userName ?? 'ada@example.com',
    issuer,
    now: options.now ?? (() => Date.now()),
    latency,
    throttle: {
      maxFailures: Math.floor(positive(options.maxFailures, 5, 'maxFailures')),
      baseDelaySeconds: positive(options.lockoutSeconds, 30, 'lockoutSeconds'),
      maxDelaySeconds: positive(options.maxLockoutSeconds, 900, 'maxLockoutSeconds'),
      hardLockAfter: Math.floor(positive(options.hardLockAfter, 100, 'hardLockAfter')),
    },
    tokenLifetimeSeconds,
    persistentTokenLifetimeSeconds: positive(
      options.persistentTokenLifetimeSeconds,
      12 * 60 * 60,
      'persistentTokenLifetimeSeconds',
    ),
    scopeLifetimeSeconds: positive(
      options.scopeLifetimeSeconds,
      tokenLifetimeSeconds,
      'scopeLifetimeSeconds',
    ),
    actions: { ...(options.actions ?? {}) },
    requireAllActions: options.requireAllActions ?? false,
    stepUpForFirstFactor: options.stepUpForFirstFactor ?? false,
    reauthByEmail: options.reauthByEmail ?? options.stepUpForFirstFactor ?? false,
    reauthPhone: phoneOption(options.reauthPhone),
    reauthResendSeconds: positive(options.reauthResendSeconds, 30, 'reauthResendSeconds'),
    storage: options.storage,
    storageKey: options.storageKey ?? DEFAULT_STORAGE_KEY,
    rpName: options.rpName ?? issuer,
    rpId: options.rpId,
    origin: options.origin,
    passkeyTimeout: positive(options.passkeyTimeout, 60_000, 'passkeyTimeout'),
    challengeLifetimeSeconds: positive(
      options.challengeLifetimeSeconds,
      300,
      'challengeLifetimeSeconds',
    ),
  };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function newDeviceId(prefix: string): string {
  return `${prefix}_${toBase64Url(randomBytes(9))}`;
}

function publicDevice(device: DeviceRecord): MfaDevice {
  const out: MfaDevice = {
    id: device.id,
    type: device.type,
    verified: device.verified,
    createdAt: iso(device.createdAt),
  };
  if (device.alias !== undefined) out.alias = device.alias;
  if (device.lastUsedAt !== undefined) out.lastUsedAt = iso(device.lastUsedAt);
  return out;
}

/**
 * The whole {@link MfaClient} contract, running in the page — **for tests and prototypes only.**
 *
 * > **Never use this in production.** It holds every secret in the browser: TOTP secrets,
 * > recovery codes, MFA tokens, passkey public keys and the lockout counter are plain
 * > JavaScript values (and plain JSON in `storage`, if you pass one). Any script on the page
 * > can read them or reset the lockout; nothing here protects an account. Production apps use
 * > the HTTP client against the reference server (or another backend) that verifies on the
 * > server.
 *
 * What it does for real, so element tests exercise real behaviour:
 * - TOTP with otpauth: 160-bit secrets, SHA-1/6 digits/30 s, ±1 step, each step accepted once
 *   per device (a replay is `invalid-code`, like a wrong code), one verified device per user.
 * - One failure counter shared by TOTP and recovery codes: counted before checking, lockouts of
 *   30 s, 60 s, 120 s … 900 s after every `maxFailures` consecutive failures, a hard lock after
 *   `hardLockAfter` failures in total; while locked even a right code gets `rate-limited`.
 * - Recovery codes: ten 80-bit codes kept as SHA-256 hashes; the plaintext only until
 *   acknowledged; single-use; regenerating needs a fresh MFA token and voids the old set.
 * - MFA tokens (single-use, bound to the action; persistent; step-up scopes) that tests check
 *   with {@link MemoryMfaClient.consumeToken}, as the app's server would.
 * - Passkeys with `@simplewebauthn/browser` and real verification by `@simplewebauthn/server`
 *   in the page (loaded on first use).
 * - `latency` with `AbortSignal` support (an aborted call rejects with a `DOMException` named
 *   `AbortError` and changes nothing), and testing hooks: {@link MemoryMfaClient.failNextCall},
 *   {@link MemoryMfaClient.signOut}, {@link MemoryMfaClient.consumeToken},
 *   {@link MemoryMfaClient.totpCode}, {@link MemoryMfaClient.setUpTotp},
 *   {@link MemoryMfaClient.resetThrottle}, {@link MemoryMfaClient.throttleStatus},
 *   {@link MemoryMfaClient.reset}.
 *
 * Deleting a device and regenerating recovery codes accept a token bound to
 * {@link DELETE_DEVICE_ACTION} / {@link REGENERATE_RECOVERY_CODES_ACTION} or to no action.
 * Adding a factor when one is already verified needs a session that has passed MFA.
 *
 * It never logs anything.
 */
export class MemoryMfaClient implements MfaClient {
  private readonly options: ResolvedOptions;
  private state: MemoryState;
  private nextFailure: MfaError | undefined;
  reauthDestinations?: (options?: CallOptions) => Promise<ReauthDestination[]>;
  sendReauthCode?: (input?: SendReauthCodeInput) => Promise<ReauthCodeSent>;
  verifyReauthCode?: (input: VerifyReauthCodeInput) => Promise<ReauthProof>;
  private readonly reauthCodes: ReauthCodes;
  /** An emailed code was verified: the next factor may be added (once; kept for this page only). */
  private reauthenticated = false;

  constructor(options: MemoryClientOptions = {}) {
    this.options = resolveOptions(options);
    this.reauthCodes = new ReauthCodes(this.options.reauthResendSeconds);
    // Optional in the contract: offered only when asked for, so the guard's "no method" stays.
    if (this.options.reauthByEmail) {
      this.reauthDestinations = (options) => this.destinations(options);
      this.sendReauthCode = (input) => this.sendReauth(input);
      this.verifyReauthCode = (input) => this.verifyReauth(input);
    }
    this.state = this.load() ?? newState();
  }

  // ---------------------------------------------------------------------------------------------
  // MfaClient

  status(options?: CallOptions): Promise<MfaStatus> {
    return this.call(options, () => {
      optionalSignal(inputObject(options, 'options', true));
      const { devices, recovery, sessionVerified } = this.state;
      const verified = devices.filter((device) => device.verified);
      const remaining = unusedRecoveryCodes(recovery);
      let pending: MfaStatus['pending'] = null;
      if (verified.length === 0) pending = 'enroll';
      else if (!sessionVerified) pending = 'verify';
      else if (recovery && !recovery.acknowledged) pending = 'acknowledge-recovery-codes';
      const methods: MfaMethod[] = [];
      if (verified.some((device) => device.type === 'totp')) methods.push('totp');
      if (verified.some((device) => device.type === 'passkey')) methods.push('passkey');
      if (remaining > 0) methods.push('recovery-code');
      return {
        pending,
        methods,
        devices: devices.map(publicDevice),
        recoveryCodesRemaining: remaining,
      };
    });
  }

  enrollTotp(options?: CallOptions): Promise<TotpEnrollment> {
    return this.call(options, () => {
      optionalSignal(inputObject(options, 'options', true));
      return this.startTotpEnrollment();
    });
  }

  verifyTotp(input: VerifyTotpInput): Promise<MfaProof> {
    return this.call(input, async (signal) => {
      const fields = inputObject(input, 'input', false);
      const code = requiredString(fields, 'code');
      const deviceId = optionalString(fields, 'deviceId');
      const token = optionalTokenRequest(fields);
      const action = optionalString(fields, 'action');
      optionalSignal(fields);
      const device = this.findTotpDevice(deviceId);
      // A first confirmation creates recovery codes; hashing is async, so prepare them first.
      const candidate =
        !device.verified && unusedRecoveryCodes(this.state.recovery) === 0
          ? await createRecoveryCodeSet(this.now())
          : undefined;
      throwIfAborted(signal);
      return this.checkTotp(device.id, code, token, action, candidate);
    });
  }

  enrollPasskey(input?: EnrollPasskeyInput): Promise<MfaDevice> {
    return this.call(input, async (signal) => {
      const fields = inputObject(input, 'input', true);
      const alias = optionalString(fields, 'alias');
      optionalSignal(fields);
      this.requireVerifiedSessionToAddFactor();
      const candidate =
        unusedRecoveryCodes(this.state.recovery) === 0
          ? await createRecoveryCodeSet(this.now())
          : undefined;
      const settings = this.passkeySettings(signal);
      const registered = await registerPasskey(
        settings,
        this.passkeys().map((device) => ({
          id: device.credentialId,
          transports: device.transports,
        })),
      );
      throwIfAborted(signal);
      if (this.passkeys().some((device) => device.credentialId === registered.credentialId)) {
        throw new MfaError('already-enrolled', 'this passkey is already registered');
      }
      const now = this.now();
      const device: DeviceRecord = {
        id: newDeviceId('passkey'),
        type: 'passkey',
        verified: true,
        createdAt: now,
        credentialId: registered.credentialId,
        publicKey: registered.publicKey,
        counter: registered.counter,
        deviceType: registered.deviceType,
        backedUp: registered.backedUp,
      };
      if (registered.transports) device.transports = registered.transports;
      if (alias !== undefined && alias.trim() !== '') device.alias = alias.trim();
      this.state.devices.push(device);
      if (candidate && unusedRecoveryCodes(this.state.recovery) === 0)
        this.state.recovery = candidate;
      this.state.sessionVerified = true;
      return publicDevice(device);
    });
  }

  verifyPasskey(input?: VerifyOptions): Promise<MfaProof> {
    return this.call(input, async (signal) => {
      const fields = inputObject(input, 'input', true);
      const token = optionalTokenRequest(fields);
      const action = optionalString(fields, 'action');
      optionalSignal(fields);
      const passkeys = this.passkeys();
      if (passkeys.length === 0) throw new MfaError('not-enrolled', 'no passkey is registered');
      const settings = this.passkeySettings(signal);
      const result = await authenticatePasskey(
        settings,
        passkeys.map((device) => ({ id: device.credentialId, transports: device.transports })),
        (credentialId) => {
          const device = this.passkeys().find(
            (candidate) => candidate.credentialId === credentialId,
          );
          return (
            device && {
              id: device.credentialId,
              publicKey: device.publicKey,
              counter: device.counter,
            }
          );
        },
      );
      throwIfAborted(signal);
      const device = this.passkeys().find(
        (candidate) => candidate.credentialId === result.credentialId,
      );
      if (!device) throw new MfaError('not-enrolled', 'the passkey was deleted meanwhile');
      if (result.newCounter > 0 && result.newCounter <= device.counter) {
        throw new MfaError('invalid-code', 'the passkey signature counter went backwards');
      }
      const now = this.now();
      device.counter = result.newCounter;
      device.backedUp = result.backedUp;
      device.deviceType = result.deviceType;
      device.lastUsedAt = now;
      this.state.sessionVerified = true;
      return this.proof({ method: 'passkey', deviceId: device.id }, token, action, now);
    });
  }

  deleteDevice(input: DeleteDeviceInput): Promise<void> {
    return this.call(input, () => {
      const fields = inputObject(input, 'input', false);
      const deviceId = requiredString(fields, 'deviceId');
      const mfaToken = requiredString(fields, 'mfaToken');
      optionalSignal(fields);
      const index = this.state.devices.findIndex((device) => device.id === deviceId);
      if (index < 0) throw new MfaError('not-enrolled', 'no such device');
      if (
        !consumeToken(this.state.tokens, mfaToken, { action: DELETE_DEVICE_ACTION }, this.now())
      ) {
        throw new MfaError('unauthorized', 'deleting a device needs a fresh MFA token');
      }
      this.state.devices.splice(index, 1);
    });
  }

  recoveryCodes(input?: RecoveryCodesInput): Promise<string[]> {
    return this.call(input, async (signal) => {
      const fields = inputObject(input, 'input', true);
      const regenerate = optionalBoolean(fields, 'regenerate') ?? false;
      const mfaToken = optionalString(fields, 'mfaToken');
      optionalSignal(fields);
      if (!regenerate) {
        const set = this.state.recovery;
        if (!set)
          throw new MfaError('not-enrolled', 'no recovery codes yet: enroll a factor first');
        if (!set.plaintext) {
          throw new MfaError('invalid-request', 'already shown; regenerate with a fresh proof');
        }
        return [...set.plaintext];
      }
      if (mfaToken === undefined)
        throw new MfaError('unauthorized', 'regenerating needs a fresh MFA token');
      const candidate = await createRecoveryCodeSet(this.now());
      throwIfAborted(signal);
      if (
        !consumeToken(
          this.state.tokens,
          mfaToken,
          { action: REGENERATE_RECOVERY_CODES_ACTION },
          this.now(),
        )
      ) {
        throw new MfaError('unauthorized', 'regenerating needs a fresh MFA token');
      }
      this.state.recovery = candidate;
      return [...candidate.plaintext!];
    });
  }

  acknowledgeRecoveryCodes(options?: CallOptions): Promise<void> {
    return this.call(options, () => {
      optionalSignal(inputObject(options, 'options', true));
      const set = this.state.recovery;
      if (!set) throw new MfaError('not-enrolled', 'no recovery codes to acknowledge');
      set.acknowledged = true;
      delete set.plaintext;
    });
  }

  verifyRecoveryCode(input: VerifyRecoveryCodeInput): Promise<MfaProof> {
    return this.call(input, async (signal) => {
      const fields = inputObject(input, 'input', false);
      const code = requiredString(fields, 'code');
      const token = optionalTokenRequest(fields);
      const action = optionalString(fields, 'action');
      optionalSignal(fields);
      if (!this.state.recovery) throw new MfaError('not-enrolled', 'no recovery codes');
      const normalized = normalizeRecoveryCode(code);
      const hash = isWellFormedRecoveryCode(normalized)
        ? await hashRecoveryCode(normalized)
        : undefined;
      throwIfAborted(signal);
      // From here on nothing awaits: count, check and consume happen as one step.
      const now = this.now();
      const { throttle } = this.state;
      beginAttempt(throttle, this.options.throttle, now);
      const set = this.state.recovery;
      const record =
        hash === undefined
          ? undefined
          : set?.codes.find((c) => c.hash === hash && c.usedAt === undefined);
      if (!set || !record) {
        throw wrongCode(throttle, this.options.throttle, now, INVALID_CODE);
      }
      attemptSucceeded(throttle);
      record.usedAt = now;
      this.state.sessionVerified = true;
      const proof: MfaProof = this.proof({ method: 'recovery-code' }, token, action, now);
      proof.recoveryCodesRemaining = unusedRecoveryCodes(set);
      return proof;
    });
  }

  isRequiredForAction(action: string, options?: CallOptions): Promise<boolean> {
    return this.call(options, () => {
      optionalSignal(inputObject(options, 'options', true));
      if (typeof action !== 'string' || action === '' || action.length > 512) {
        throw new MfaError('invalid-request', 'action: expected a non-empty string');
      }
      const listed = Object.prototype.hasOwnProperty.call(this.options.actions, action)
        ? this.options.actions[action]
        : undefined;
      // Adding or removing a factor and replacing the recovery codes always take a fresh proof,
      // whatever the app lists (docs/SECURITY.md 16), as on the reference server.
      if (ALWAYS_GUARDED_ACTIONS.has(action)) return true;
      return listed ?? this.options.requireAllActions;
    });
  }

  isStepUpRequired(scopes: readonly string[], options?: CallOptions): Promise<boolean> {
    return this.call(options, () => {
      optionalSignal(inputObject(options, 'options', true));
      if (!Array.isArray(scopes) || scopes.length === 0)
        throw new MfaError('invalid-request', 'scopes: expected a non-empty list');
      // A scope is named like an action in `actions`; unlisted ones follow `requireAllActions`.
      return scopes.some((scope) => {
        if (typeof scope !== 'string' || scope === '' || scope.length > 512)
          throw new MfaError('invalid-request', 'scopes[]: expected non-empty strings');
        return Object.prototype.hasOwnProperty.call(this.options.actions, scope)
          ? this.options.actions[scope] === true
          : this.options.requireAllActions;
      });
    });
  }

  private reauthOptions(): ReauthDestination[] {
    const name = this.options.userName;
    const at = name.lastIndexOf('@');
    const phone = this.options.reauthPhone;
    return [
      { channel: 'email', destination: at > 0 ? `${name[0]}…${name.slice(at)}` : '…' },
      ...(phone ? [{ channel: 'sms' as const, destination: maskPhone(phone) }] : []),
    ];
  }

  private destinations(options?: CallOptions): Promise<ReauthDestination[]> {
    return this.call(options, () => {
      optionalSignal(inputObject(options, 'options', true));
      return this.reauthOptions();
    });
  }

  private sendReauth(input?: SendReauthCodeInput): Promise<ReauthCodeSent> {
    return this.call(input, () => {
      const fields = inputObject(input, 'input', true);
      optionalSignal(fields);
      const channel = (optionalString(fields, 'channel') ?? 'email') as ReauthChannel;
      const target = this.reauthOptions().find((entry) => entry.channel === channel);
      if (channel !== 'email' && channel !== 'sms')
        throw new MfaError('invalid-request', 'channel: expected "email" or "sms"');
      if (!target) throw new MfaError('not-enrolled', 'no phone number to text a code to');
      const resendAfter = this.reauthCodes.send(this.now(), channel);
      return { channel, destination: target.destination, resendAfter };
    });
  }

  private verifyReauth(input: VerifyReauthCodeInput): Promise<ReauthProof> {
    return this.call(input, () => {
      const fields = inputObject(input, 'input', false);
      const code = requiredString(fields, 'code').replace(/\s+/g, '');
      const token = optionalTokenRequest(fields);
      const action = optionalString(fields, 'action');
      optionalSignal(fields);
      const now = this.now();
      if (!this.reauthCodes.pending(now))
        throw new MfaError('expired', 'no code was sent, or it was used');
      const { throttle } = this.state;
      beginAttempt(throttle, this.options.throttle, now);
      const method = this.reauthCodes.channel === 'sms' ? 'sms-code' : 'email-code';
      if (!this.reauthCodes.take(code, now)) {
        throw wrongCode(throttle, this.options.throttle, now, INVALID_CODE);
      }
      attemptSucceeded(throttle);
      // A proof of the person, not a second factor: it allows one factor to be added.
      this.reauthenticated = true;
      return this.proof({ method }, token, action, now);
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Testing hooks

  /** The last re-authentication code "emailed" or "texted" (what a mailbox would show), if still pending. */
  lastReauthCode(): string | undefined {
    return this.reauthCodes.last;
  }

  /** The next call of any `MfaClient` method (after its latency) rejects with `MfaError(code)`. */
  failNextCall(code: MfaErrorCode, options: FailNextCallOptions = {}): void {
    this.nextFailure = new MfaError(
      code,
      options.message ?? `simulated ${code} failure`,
      options.retryAfter === undefined ? {} : { retryAfter: options.retryAfter },
    );
  }

  /**
   * End the session: status goes back to `verify` (when factors exist), and every MFA token and
   * pending WebAuthn challenge is dropped. Devices, recovery codes and the lockout stay.
   */
  signOut(): void {
    this.state.sessionVerified = false;
    this.state.tokens = [];
    this.state.challenges = [];
    this.save();
  }

  /**
   * What the app's server does when the guarded action runs: true when `value` is a live token
   * for `action` (and carries `scope`, if given). A single-use token is true exactly once.
   */
  consumeToken(value: string, options: ConsumeTokenOptions = {}): boolean {
    const accepted = consumeToken(this.state.tokens, value, options, this.now());
    this.save();
    return accepted;
  }

  /**
   * The code an authenticator app would show for a TOTP device (the verified one, else the
   * pending one) at `at` (default: now).
   */
  totpCode(options: { deviceId?: string; at?: number } = {}): string {
    const device = this.findTotpDevice(options.deviceId);
    return generateTotpCode(device.secret, options.at ?? this.now());
  }

  /**
   * Enroll and confirm a TOTP device in one go, skipping latency and `failNextCall`. The
   * confirmation uses the *previous* time step, so the code of the current step is still
   * accepted once. By default the recovery codes are acknowledged and the session is left
   * verified; pass `signOut: true` to start a test at the `verify` step.
   */
  async setUpTotp(options: { acknowledge?: boolean; signOut?: boolean } = {}): Promise<TotpSetUp> {
    const enrollment = this.startTotpEnrollment();
    const candidate =
      unusedRecoveryCodes(this.state.recovery) === 0
        ? await createRecoveryCodeSet(this.now())
        : undefined;
    const previousStep = this.now() - TOTP_PERIOD * 1000;
    this.checkTotp(
      enrollment.deviceId,
      generateTotpCode(enrollment.secret, previousStep),
      undefined,
      undefined,
      candidate,
    );
    const recoveryCodes = [...(this.state.recovery?.plaintext ?? [])];
    if (options.acknowledge ?? true) {
      const set = this.state.recovery;
      if (set) {
        set.acknowledged = true;
        delete set.plaintext;
      }
    }
    if (options.signOut) this.signOut();
    this.save();
    return { deviceId: enrollment.deviceId, secret: enrollment.secret, recoveryCodes };
  }

  /** Forget every failure and lift any lock, including a hard lock. */
  resetThrottle(): void {
    resetThrottle(this.state.throttle);
    this.save();
  }

  /** The shared failure counter, for assertions. */
  throttleStatus(): ThrottleSnapshot {
    const { consecutiveFailures, totalFailures } = this.state.throttle;
    return {
      consecutiveFailures,
      totalFailures,
      retryAfter: lockRemainingSeconds(this.state.throttle, this.options.throttle, this.now()),
    };
  }

  /** Forget everything (and clear `storage`): a new user with no factors. */
  reset(): void {
    this.state = newState();
    this.nextFailure = undefined;
    this.save();
  }

  // ---------------------------------------------------------------------------------------------
  // Internals

  private now(): number {
    return this.options.now();
  }

  /**
   * Every contract method runs through here: the `failNextCall` failure is taken synchronously
   * (so "next" means the next call started), then the latency, then the body; the state is
   * saved afterwards whatever happened (failures count too).
   */
  private async call<T>(
    input: unknown,
    body: (signal: AbortSignal | undefined) => T | Promise<T>,
  ): Promise<T> {
    const failure = this.nextFailure;
    this.nextFailure = undefined;
    const signal = signalOf(input);
    throwIfAborted(signal);
    if (this.options.latency > 0) await sleep(this.options.latency, signal);
    if (failure) throw failure;
    try {
      return await body(signal);
    } finally {
      this.save();
    }
  }

  private load(): MemoryState | null {
    const { storage, storageKey } = this.options;
    if (!storage) return null;
    try {
      return parseState(storage.getItem(storageKey));
    } catch {
      return null;
    }
  }

  private save(): void {
    const { storage, storageKey } = this.options;
    if (!storage) return;
    pruneTokens(this.state.tokens, this.now());
    try {
      storage.setItem(storageKey, JSON.stringify(this.state));
    } catch {
      // Quota or privacy mode: the state simply does not survive a reload.
    }
  }

  private passkeys(): Extract<DeviceRecord, { type: 'passkey' }>[] {
    return this.state.devices.filter(
      (device): device is Extract<DeviceRecord, { type: 'passkey' }> => device.type === 'passkey',
    );
  }

  /** With `deviceId`: that TOTP device; without: the verified one, else the pending one. */
  private findTotpDevice(deviceId: string | undefined): TotpDeviceRecord {
    const totp = this.state.devices.filter(
      (device): device is TotpDeviceRecord => device.type === 'totp',
    );
    const device =
      deviceId === undefined
        ? (totp.find((candidate) => candidate.verified) ??
          totp.find((candidate) => !candidate.verified))
        : totp.find((candidate) => candidate.id === deviceId);
    if (!device) throw new MfaError('not-enrolled', 'no such TOTP device');
    return device;
  }

  /**
   * Adding a second factor needs a session that has passed MFA (docs/SECURITY.md 16, 27); the
   * refusal is the one the reference server sends, which the elements show as "Confirm it's you
   * first". (One page is one session here, so there is no other session's enrollment to race.)
   */
  private requireVerifiedSessionToAddFactor(): void {
    if (this.reauthenticated) {
      this.reauthenticated = false;
      return;
    }
    const hasFactor = this.state.devices.some((device) => device.verified);
    if (!hasFactor && this.options.stepUpForFirstFactor) {
      throw new MfaError('step-up-required', 're-authenticate before adding a first factor');
    }
    if (hasFactor && !this.state.sessionVerified) {
      throw new MfaError(
        'step-up-required',
        'verify with an existing factor before adding another',
      );
    }
  }

  private startTotpEnrollment(): TotpEnrollment {
    const { devices } = this.state;
    if (devices.some((device) => device.type === 'totp' && device.verified)) {
      throw new MfaError('already-enrolled', 'a verified TOTP device exists');
    }
    this.requireVerifiedSessionToAddFactor();
    this.state.devices = devices.filter((device) => device.type !== 'totp');
    const secret = generateTotpSecret();
    const device: TotpDeviceRecord = {
      id: newDeviceId('totp'),
      type: 'totp',
      verified: false,
      createdAt: this.now(),
      secret,
    };
    this.state.devices.push(device);
    const { issuer, userName } = this.options;
    return {
      deviceId: device.id,
      uri: totpUri(secret, issuer, userName),
      secret,
      issuer,
      accountName: userName,
      digits: TOTP_DIGITS,
      period: TOTP_PERIOD,
      algorithm: TOTP_ALGORITHM,
    };
  }

  /** Count, check and record one TOTP attempt — synchronously, so nothing can interleave. */
  private checkTotp(
    deviceId: string,
    rawCode: string,
    token: TokenRequest | undefined,
    action: string | undefined,
    candidate: RecoveryCodeSet | undefined,
  ): MfaProof {
    const device = this.findTotpDevice(deviceId);
    const now = this.now();
    const { throttle } = this.state;
    beginAttempt(throttle, this.options.throttle, now);
    const step = matchTotpStep(device.secret, rawCode.replace(/\s+/g, ''), now);
    if (step === null || (device.lastStep !== undefined && step <= device.lastStep)) {
      // A replay gets exactly the answer a wrong code gets.
      throw wrongCode(throttle, this.options.throttle, now, INVALID_CODE);
    }
    attemptSucceeded(throttle);
    device.lastStep = step;
    device.lastUsedAt = now;
    if (!device.verified) {
      device.verified = true;
      if (candidate && unusedRecoveryCodes(this.state.recovery) === 0)
        this.state.recovery = candidate;
    }
    this.state.sessionVerified = true;
    return this.proof({ method: 'totp', deviceId: device.id }, token, action, now);
  }

  private proof<P extends MfaProof | ReauthProof>(
    base: P,
    token: TokenRequest | undefined,
    action: string | undefined,
    now: number,
  ): P {
    if (!token) return base;
    const record = issueToken(token, action, now, this.options);
    pruneTokens(this.state.tokens, now);
    this.state.tokens.push(record);
    return { ...base, token: publicToken(record) };
  }

  private passkeySettings(signal: AbortSignal | undefined): PasskeySettings {
    const now = this.now();
    const lifetime = this.options.challengeLifetimeSeconds * 1000;
    const settings: PasskeySettings = {
      rpName: this.options.rpName,
      rpId: this.options.rpId ?? globalThis.location?.hostname ?? 'localhost',
      origins: [this.options.origin ?? globalThis.location?.origin ?? 'http://localhost'].flat(),
      timeout: this.options.passkeyTimeout,
      userId: this.state.userId,
      userName: this.options.userName,
      issueChallenge: (kind) => {
        const value = toBase64Url(randomBytes(32));
        this.state.challenges = this.state.challenges.filter(
          (challenge) => challenge.expiresAt > now,
        );
        this.state.challenges.push({ value, kind, expiresAt: now + lifetime });
        return value;
      },
      takeChallenge: (value, kind) => {
        const index = this.state.challenges.findIndex(
          (challenge) => challenge.value === value && challenge.kind === kind,
        );
        if (index < 0) return false;
        const [challenge] = this.state.challenges.splice(index, 1);
        return challenge.expiresAt > this.now();
      },
    };
    if (signal) settings.signal = signal;
    return settings;
  }
}

/**
 * A {@link MemoryMfaClient}: the whole MFA contract in the page, for tests and prototypes.
 * **Not for production** — it keeps every secret in the browser.
 */
export function createMemoryClient(options: MemoryClientOptions = {}): MemoryMfaClient {
  return new MemoryMfaClient(options);
}
