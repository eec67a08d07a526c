/**
 * The client contract: what every backend (our HTTP server, Dynamic's SDK, the in-page memory
 * client) offers the elements. No DOM, no Lit, no fetch here — everything else depends on this.
 */

/** A way of proving the second factor. */
export type MfaMethod = 'totp' | 'passkey' | 'recovery-code';

/**
 * A proof that is not an MFA factor: re-authentication with a one-time code sent to the user's
 * email or phone, which some backends (Dynamic's 2026-04 step-up) accept from a user without MFA.
 */
export type ReauthMethod = 'email-code' | 'sms-code';

/** Where a re-authentication code can be sent: the account's email address or phone number. */
export type ReauthChannel = 'email' | 'sms';

/** A channel the signed-in user can receive a re-authentication code on. */
export interface ReauthDestination {
  channel: ReauthChannel;
  /** The address or number, masked by the client (`a…@example.com`, `+44 ••• 89`); shown as is. */
  destination: string;
}

/** A registered factor that can be listed and deleted. Recovery codes are not devices. */
export type MfaDeviceType = 'totp' | 'passkey';

export interface MfaDevice {
  id: string;
  type: MfaDeviceType;
  /** A name the user recognises ("Pixel 8", "YubiKey"). */
  alias?: string;
  /** A TOTP device is verified once its first code has been confirmed. */
  verified: boolean;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601. */
  lastUsedAt?: string;
}

/** The secret material of a TOTP enrollment; shown once, never sent again after confirmation. */
export interface TotpEnrollment {
  deviceId: string;
  /** `otpauth://totp/…` — contains the secret. */
  uri: string;
  /** Base32. */
  secret: string;
  issuer: string;
  accountName: string;
  digits: number;
  period: number;
  algorithm: 'SHA1' | 'SHA256' | 'SHA512';
}

/**
 * What a successful verification should yield besides the proof itself:
 * an MFA token (Dynamic's `createMfaToken: { singleUse }`) — single-use tokens are bound to the
 * action and consumed when it runs, persistent ones last until the session ends — or step-up
 * scopes (Dynamic's `requestedScopes`, e.g. `wallet:export`) carried by an elevated token.
 */
/**
 * An MFA token (`singleUse`) or step-up scopes. A scoped token is persistent (multi-use, bound to
 * the session) unless `singleUse: true` asks for one that is consumed by its first use.
 */
export type TokenRequest =
  { singleUse: boolean } | { scopes: readonly string[]; singleUse?: boolean };

export interface MfaToken {
  /** Opaque bearer value the app sends to its own sensitive endpoint. */
  value: string;
  singleUse: boolean;
  scopes: string[];
  /** The action the token is bound to, if one was named. */
  action?: string;
  /** ISO 8601. */
  expiresAt: string;
}

/** The result of a successful verification. Never contains the code that was verified. */
export interface MfaProof {
  method: MfaMethod;
  deviceId?: string;
  token?: MfaToken;
  /** After a recovery code: how many unused codes are left. */
  recoveryCodesRemaining?: number;
}

/** The step account-level MFA is waiting for, or `null` when nothing is pending. */
export type MfaPendingStep = 'enroll' | 'verify' | 'acknowledge-recovery-codes';

export interface MfaStatus {
  pending: MfaPendingStep | null;
  /** Methods the user can verify with right now (verified devices, unused recovery codes). */
  methods: MfaMethod[];
  devices: MfaDevice[];
  recoveryCodesRemaining: number;
}

/** Every call can be cancelled; elements abort when they leave the page. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** Options shared by every verification. */
export interface VerifyOptions extends CallOptions {
  /** Ask for an MFA token or step-up scopes with the proof. */
  token?: TokenRequest;
  /** The action the proof is for (`wallet.export`, `wallet.waas.sign`, …); binds single-use tokens. */
  action?: string;
}

export interface VerifyTotpInput extends VerifyOptions {
  code: string;
  /** Which TOTP device; required to confirm a fresh enrollment on some backends. */
  deviceId?: string;
}

export interface VerifyRecoveryCodeInput extends VerifyOptions {
  code: string;
}

export interface SendReauthCodeInput extends CallOptions {
  /** Where to send the code. Default `email`. */
  channel?: ReauthChannel;
}

/** Where a re-authentication code went, and when another may be sent. */
export interface ReauthCodeSent {
  channel: ReauthChannel;
  /** The address, masked by the client (`a…@example.com`); shown to the user. */
  destination: string;
  /** Seconds before another code may be sent. */
  resendAfter: number;
}

export interface VerifyReauthCodeInput extends VerifyOptions {
  code: string;
}

/** A re-authentication's proof: like an MFA proof (with the token asked for), but not a factor. */
export interface ReauthProof extends Omit<
  MfaProof,
  'method' | 'deviceId' | 'recoveryCodesRemaining'
> {
  method: ReauthMethod;
}

export interface EnrollPasskeyInput extends CallOptions {
  alias?: string;
}

export interface DeleteDeviceInput extends CallOptions {
  deviceId: string;
  /** A fresh MFA token: deleting a factor needs a new proof, never just a session. */
  mfaToken: string;
}

export interface RecoveryCodesInput extends CallOptions {
  /** Replace the whole set; the old codes stop working. Needs `mfaToken`. */
  regenerate?: boolean;
  mfaToken?: string;
}

export interface MfaClient {
  /** Where account-level MFA stands for the signed-in user. */
  status(options?: CallOptions): Promise<MfaStatus>;
  /** Start TOTP enrollment. One verified TOTP device per user: a second fails with `already-enrolled`. */
  enrollTotp(options?: CallOptions): Promise<TotpEnrollment>;
  /** Verify a TOTP code; the first accepted code of a new device confirms its enrollment. */
  verifyTotp(input: VerifyTotpInput): Promise<MfaProof>;
  /** Register a passkey. Must be called from a user activation (a click). */
  enrollPasskey(input?: EnrollPasskeyInput): Promise<MfaDevice>;
  /** Authenticate with a passkey. Must be called from a user activation (a click). */
  verifyPasskey(input?: VerifyOptions): Promise<MfaProof>;
  deleteDevice(input: DeleteDeviceInput): Promise<void>;
  /** The current set of recovery codes (while not yet acknowledged), or a new set. */
  recoveryCodes(input?: RecoveryCodesInput): Promise<string[]>;
  /** The user confirms the codes are saved somewhere safe. */
  acknowledgeRecoveryCodes(options?: CallOptions): Promise<void>;
  /** Sign in with one recovery code; it is used up. */
  verifyRecoveryCode(input: VerifyRecoveryCodeInput): Promise<MfaProof>;
  /** Whether the named action needs a fresh proof before it runs. */
  isRequiredForAction(action: string, options?: CallOptions): Promise<boolean>;
  /**
   * Optional: whether the step-up scopes (`wallet:export`, …) need a fresh proof, for a guard
   * that names scopes and no action (Dynamic's `checkStepUpAuth`). Must answer `true` when the
   * backend cannot tell. Without it such a guard always asks for a proof.
   */
  isStepUpRequired?(scopes: readonly string[], options?: CallOptions): Promise<boolean>;
  /**
   * Optional: where the signed-in user can receive a re-authentication code (masked), email
   * first. Empty: the user has neither. Without it a client with `sendReauthCode` offers email.
   */
  reauthDestinations?(options?: CallOptions): Promise<ReauthDestination[]>;
  /**
   * Optional: re-authentication for a step-up when the user has no MFA method (Dynamic's
   * 2026-04 rules). Sends a one-time code to the user's own email or phone (`channel`); sending
   * again replaces it, and is refused (`rate-limited`) before `resendAfter`. The guard offers it
   * in place of "no method"; clients without it leave both methods out.
   */
  sendReauthCode?(input?: SendReauthCodeInput): Promise<ReauthCodeSent>;
  /** Check the code last sent (it is used up). Counts against the lockout. */
  verifyReauthCode?(input: VerifyReauthCodeInput): Promise<ReauthProof>;
}
