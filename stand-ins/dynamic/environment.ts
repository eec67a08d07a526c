/**
 * One Dynamic environment of the stand-in: its users, sessions, factors, tokens and challenges,
 * in memory. The routes (routes/*.ts) parse requests and call into this; everything that decides
 * (who is signed in, whether a proof is fresh, whether a token is good) lives here.
 *
 * JavaScript runs each synchronous stretch alone, so "count the attempt, check the code, consume
 * it" happens with no await in between — parallel requests cannot exceed the failure budget or
 * use one recovery code twice.
 */
import { randomBytes, sha256Base64Url, toBase64Url } from '../../src/server/encoding.js';
import type { PasskeyRecord as ServerPasskeyRecord } from '../../src/server/store/types.js';
import { lockAfterFailure } from '../../src/server/throttle.js';
import {
  badRequest,
  elevatedRequired,
  mfaRequired,
  rateLimited,
  StandInError,
  unauthorized,
} from './http.js';
import { OtpCodes } from './otp-codes.js';
import { JwtSigner } from './jwt.js';
import {
  ACTION_SCOPES,
  resolveEnvironmentOptions,
  type EnvironmentOptions,
  type ResolvedEnvironmentOptions,
} from './options.js';

export interface TotpDeviceRecord {
  id: string;
  /** Base32. */
  secret: string;
  verified: boolean;
  isDefault: boolean;
  createdAt: number;
  verifiedAt?: number;
  /** The last accepted time step: a code is accepted once (docs/SECURITY.md 3). */
  lastStep?: number;
}

/**
 * A passkey: the credential as the reference server's record holds it (the stand-in verifies
 * with the server's passkey helpers, routes/passkeys.ts), then what Dynamic's API reports.
 */
export interface PasskeyRecord extends Pick<
  ServerPasskeyRecord,
  'id' | 'credentialId' | 'publicKey' | 'counter' | 'transports' | 'deviceType' | 'backedUp'
> {
  origin: string;
  userAgent: string;
  createdAt: number;
  updatedAt?: number;
}

export interface RecoverySet {
  salt: string;
  codes: { hash: string; usedAt?: number }[];
  /** The codes as shown, kept only until acknowledged. */
  plaintext?: string[];
}

export interface UserPhone {
  isoCountryCode: string;
  phoneCountryCode: string;
  /** Without the country code, as Dynamic keeps it. */
  phoneNumber: string;
}

export interface UserRecord {
  id: string;
  email: string;
  /** A verified phone number (from the external JWT's `phone` claim), for SMS codes. */
  phone?: UserPhone;
  /** The WebAuthn user handle. */
  webauthnUserId: string;
  createdAt: number;
  totp: TotpDeviceRecord[];
  passkeys: PasskeyRecord[];
  recovery: RecoverySet | null;
  acknowledgement: 'pending' | 'complete' | null;
  /** Consecutive failures of TOTP and recovery codes together, and the lock they led to. */
  failures: number;
  lockedUntil: number | null;
  hardLocked: boolean;
}

export interface SessionRecord {
  id: string;
  userId: string;
  expiresAt: number;
  /** When this session last passed MFA. */
  mfaAt?: number;
}

interface MfaTokenRecord {
  userId: string;
  sessionId: string;
  singleUse: boolean;
  expiresAt: number;
}

interface ChallengeRecord {
  userId: string;
  kind: 'register' | 'authenticate';
  expiresAt: number;
}

/** What a request proved about its caller. */
export interface Caller {
  user: UserRecord;
  session: SessionRecord;
  /** `requiresAdditionalAuth`: signed in, MFA not passed yet. */
  restricted: boolean;
}

export interface TokenRequestBody {
  createMfaToken?: { singleUse: boolean };
  requestedScopes?: string[];
}

export const MFA_TOKEN_HEADER = 'x-mfa-auth-token';
const SINGLE_USE_TOKEN_SECONDS = 300;

/** The external JWT's `phone` claim, when it is a well-formed one. */
function phoneClaim(value: unknown): { phone?: UserPhone } {
  if (typeof value !== 'object' || value === null) return {};
  const { isoCountryCode, phoneCountryCode, phoneNumber } = value as Record<string, unknown>;
  if (
    typeof isoCountryCode !== 'string' ||
    !/^[A-Z]{2}$/.test(isoCountryCode) ||
    typeof phoneCountryCode !== 'string' ||
    !/^\d{1,3}$/.test(phoneCountryCode) ||
    typeof phoneNumber !== 'string' ||
    !/^\d{4,14}$/.test(phoneNumber)
  )
    return {};
  return { phone: { isoCountryCode, phoneCountryCode, phoneNumber } };
}
export const ELEVATED_TOKEN_HEADER = 'x-dyn-elevated-access-token';

export class StandInEnvironment {
  readonly options: ResolvedEnvironmentOptions;
  private readonly users = new Map<string, UserRecord>();
  private readonly sessions = new Map<string, SessionRecord>();
  /** By SHA-256 of the token; the plaintext is never kept. */
  private readonly mfaTokens = new Map<string, MfaTokenRecord>();
  /** `jti`s of single-use elevated tokens already used. */
  private readonly usedElevated = new Set<string>();
  private readonly challenges = new Map<string, ChallengeRecord>();
  /** Email one-time codes for re-authentication (2026-04 step-up of users without MFA). */
  readonly emailCodes: OtpCodes;
  /** SMS one-time codes, the same way, for users with a phone number. */
  readonly smsCodes: OtpCodes;

  private constructor(
    options: ResolvedEnvironmentOptions,
    private readonly signer: JwtSigner,
  ) {
    this.options = options;
    this.emailCodes = new OtpCodes(() => this.now(), options.emailResendSeconds);
    this.smsCodes = new OtpCodes(() => this.now(), options.emailResendSeconds);
  }

  static async create(options: EnvironmentOptions = {}): Promise<StandInEnvironment> {
    return new StandInEnvironment(resolveEnvironmentOptions(options), await JwtSigner.create());
  }

  get id(): string {
    return this.options.id;
  }

  now(): number {
    return this.options.now();
  }

  // ---------------------------------------------------------------------------------------------
  // Sign-in and sessions

  /**
   * What the app's own backend would hand the page after its sign-in: a signed JWT naming the
   * user, for the SDK's `signInWithExternalJwt({ externalJwt })`.
   */
  externalJwt(userId: string, email = `${userId}@example.com`, phone?: UserPhone): Promise<string> {
    const now = Math.floor(this.now() / 1000);
    return this.signer.sign({
      iss: 'stand-in-app',
      sub: userId,
      email,
      ...(phone ? { phone: { ...phone } } : {}),
      iat: now,
      exp: now + 300,
    });
  }

  /** Verify an external JWT and open a session for its user (created on first sign-in). */
  async signIn(externalJwt: string): Promise<Caller> {
    const claims = await this.signer.verify(externalJwt, this.now());
    const sub = claims?.['sub'];
    if (!claims || typeof sub !== 'string' || sub === '' || claims['iss'] !== 'stand-in-app') {
      throw new StandInError(401, 'invalid_external_auth', 'Invalid external JWT');
    }
    let user = this.users.get(sub);
    if (!user) {
      user = {
        id: sub,
        email: typeof claims['email'] === 'string' ? claims['email'] : `${sub}@example.com`,
        ...phoneClaim(claims['phone']),
        webauthnUserId: toBase64Url(randomBytes(32)),
        createdAt: this.now(),
        totp: [],
        passkeys: [],
        recovery: null,
        acknowledgement: null,
        failures: 0,
        lockedUntil: null,
        hardLocked: false,
      };
      this.users.set(sub, user);
    }
    const session: SessionRecord = {
      id: crypto.randomUUID(),
      userId: user.id,
      expiresAt: this.now() + this.options.sessionSeconds * 1000,
    };
    this.sessions.set(session.id, session);
    return { user, session, restricted: this.isRestricted(user, session) };
  }

  /** Session-level MFA: enroll (signup enrollment) or verify before anything else. */
  private isRestricted(user: UserRecord, session: SessionRecord): boolean {
    if (!this.options.mfa.enabled || session.mfaAt !== undefined) return false;
    return this.hasVerifiedFactor(user) || this.options.mfa.enrollment === 'signup';
  }

  /** The caller of a request, from `Authorization: Bearer <session JWT>`. */
  async caller(request: Request): Promise<Caller> {
    const header = request.headers.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthorized();
    const claims = await this.signer.verify(match[1], this.now());
    const sid = claims?.['sid'];
    const session = typeof sid === 'string' ? this.sessions.get(sid) : undefined;
    if (!claims || claims['typ'] !== 'session' || !session || session.expiresAt <= this.now())
      throw unauthorized();
    const user = this.users.get(session.userId);
    if (!user || claims['sub'] !== user.id) throw unauthorized();
    // The scope is the token's: a restricted JWT stays restricted until MFA issues a new one.
    const scope = typeof claims['scope'] === 'string' ? claims['scope'] : '';
    return { user, session, restricted: scope.split(' ').includes('requiresAdditionalAuth') };
  }

  /** Everything except the MFA endpoints needs a session that passed MFA (docs/SECURITY.md 17). */
  requireFull(caller: Caller): void {
    if (caller.restricted) throw mfaRequired('Complete MFA first');
  }

  revoke(session: SessionRecord): void {
    this.sessions.delete(session.id);
    for (const [hash, token] of this.mfaTokens)
      if (token.sessionId === session.id) this.mfaTokens.delete(hash);
  }

  /**
   * Adding a factor when one is verified takes a fresh proof (docs/SECURITY.md 16): MFA passed on this
   * session within `freshProofSeconds`, or an elevated token for `credential:link`.
   */
  async requireCanAddFactor(request: Request, caller: Caller): Promise<void> {
    if (this.stepUpRules) {
      if (await this.acceptElevated(request, caller.user, 'credential:link')) return;
      throw elevatedRequired();
    }
    if (!this.hasVerifiedFactor(caller.user)) return;
    if (this.isFresh(caller.session)) return;
    if (await this.acceptElevated(request, caller.user, 'credential:link')) return;
    throw mfaRequired('Verify with an existing factor before adding another');
  }

  /** Removing a factor: on 2026-04 rules only an elevated `credential:unlink` token will do. */
  async requireCanRemoveFactor(request: Request, user: UserRecord): Promise<void> {
    if (this.stepUpRules) {
      if (await this.acceptElevated(request, user, 'credential:unlink')) return;
      throw elevatedRequired();
    }
    if (!(await this.acceptProof(request, user, 'credential:unlink')))
      throw mfaRequired('A fresh MFA token is required');
  }

  /** Dynamic's step-up rules (minimum API version 2026-04-01) are on. */
  get stepUpRules(): boolean {
    return this.options.minApiVersion === '2026_04_01';
  }

  /**
   * `POST stepUp/check`: whether `scope` needs a step-up for this user. Credential scopes always
   * do on 2026-04 rules; an action's scope does when its policy requires MFA.
   */
  stepUpRequired(scope: string, user: UserRecord): boolean {
    if (scope === 'credential:link' || scope === 'credential:unlink') return this.stepUpRules;
    const action = Object.keys(ACTION_SCOPES).find((name) => ACTION_SCOPES[name] === scope);
    return action !== undefined && this.actionNeedsMfa(action, user);
  }

  isFresh(session: SessionRecord): boolean {
    return (
      session.mfaAt !== undefined &&
      this.now() - session.mfaAt <= this.options.freshProofSeconds * 1000
    );
  }

  hasVerifiedFactor(user: UserRecord): boolean {
    return user.passkeys.length > 0 || user.totp.some((device) => device.verified);
  }

  // ---------------------------------------------------------------------------------------------
  // Responses the SDK applies to its state

  /** `SdkUser` as Dynamic sends it. */
  userJson(user: UserRecord, session: SessionRecord, scope: string): Record<string, unknown> {
    return {
      id: user.id,
      projectEnvironmentId: this.id,
      email: user.email,
      sessionId: session.id,
      scope,
      mfaBackupCodeAcknowledgement: user.acknowledgement,
      missingFields: [],
      newUser: false,
      ...(user.phone
        ? { phoneNumber: `+${user.phone.phoneCountryCode}${user.phone.phoneNumber}` }
        : {}),
      verifiedCredentials: [
        { id: `email-${user.id}`, format: 'email', email: user.email, signInEnabled: true },
        ...(user.phone
          ? [{ id: `phone-${user.id}`, format: 'phoneNumber', signInEnabled: true, ...user.phone }]
          : []),
      ],
    };
  }

  scopeOf(caller: Caller): string {
    return caller.restricted ? 'requiresAdditionalAuth' : 'user:basic';
  }

  /**
   * A `VerifyResponse`: a new session JWT (full once MFA passed), the user, and the MFA token
   * or elevated token asked for.
   */
  async verifyResponse(
    caller: Caller,
    tokens: TokenRequestBody = {},
  ): Promise<Record<string, unknown>> {
    const { user, session } = caller;
    const restricted = this.isRestricted(user, session);
    const scope = restricted ? 'requiresAdditionalAuth' : 'user:basic';
    const exp = Math.floor(session.expiresAt / 1000);
    const minifiedJwt = await this.signer.sign({
      typ: 'session',
      sub: user.id,
      sid: session.id,
      scope,
      iat: Math.floor(this.now() / 1000),
      exp,
    });
    const response: Record<string, unknown> = {
      minifiedJwt,
      expiresAt: exp,
      user: this.userJson(user, session, scope),
    };
    if (tokens.requestedScopes && tokens.requestedScopes.length > 0) {
      response['elevatedAccessToken'] = await this.issueElevated(
        user,
        session,
        tokens.requestedScopes,
      );
    }
    // Both may be asked for at once (an MFA token for the app, a scope for the SDK's next call).
    if (tokens.createMfaToken) {
      response['mfaToken'] = await this.issueMfaToken(
        user,
        session,
        tokens.createMfaToken.singleUse === true,
      );
    }
    return response;
  }

  /** Read `createMfaToken` and `requestedScopes` from an auth request body. */
  tokenRequest(body: Record<string, unknown>): TokenRequestBody {
    const out: TokenRequestBody = {};
    const create = body['createMfaToken'];
    if (create !== undefined && create !== null) {
      const singleUse = (create as Record<string, unknown>)['singleUse'];
      if (typeof create !== 'object' || typeof singleUse !== 'boolean')
        throw badRequest('createMfaToken: expected { singleUse }');
      out.createMfaToken = { singleUse };
    }
    const scopes = body['requestedScopes'];
    if (scopes !== undefined && scopes !== null) {
      if (
        !Array.isArray(scopes) ||
        scopes.length > 16 ||
        scopes.some((scope) => typeof scope !== 'string' || !/^[a-z_:.-]{1,64}$/.test(scope))
      ) {
        throw badRequest('requestedScopes: expected scope names');
      }
      out.requestedScopes = scopes as string[];
    }
    return out;
  }

  /** The session passed MFA now. */
  markVerified(caller: Caller): void {
    caller.session.mfaAt = this.now();
    caller.restricted = false;
  }

  // ---------------------------------------------------------------------------------------------
  // Tokens

  private async issueMfaToken(
    user: UserRecord,
    session: SessionRecord,
    singleUse: boolean,
  ): Promise<string> {
    const value = `mfa_${toBase64Url(randomBytes(32))}`;
    this.mfaTokens.set(await sha256Base64Url(value), {
      userId: user.id,
      sessionId: session.id,
      singleUse,
      // Single-use: five minutes, Dynamic's default. Persistent: until the session ends.
      expiresAt: singleUse ? this.now() + SINGLE_USE_TOKEN_SECONDS * 1000 : session.expiresAt,
    });
    return value;
  }

  /**
   * An elevated access token for `scopes`. Its behaviour comes from the action policy that maps
   * to one of the scopes: single-use for 300 s by default, or time-bound (600 s by default).
   */
  private issueElevated(
    user: UserRecord,
    session: SessionRecord,
    scopes: string[],
  ): Promise<string> {
    const policy = this.options.mfa.actions.find((action) => {
      const scope = ACTION_SCOPES[action.action];
      return scope !== undefined && scopes.includes(scope);
    });
    const timeBound = policy?.tokenBehavior === 'time_bound';
    const seconds = policy?.tokenExpirySeconds ?? (timeBound ? 600 : 300);
    const now = Math.floor(this.now() / 1000);
    return this.signer.sign({
      typ: 'elevated',
      sub: user.id,
      sid: session.id,
      scope: scopes.join(' '),
      singleUse: !timeBound,
      jti: crypto.randomUUID(),
      iat: now,
      exp: now + seconds,
    });
  }

  /** An elevated token for `scope` in the request's header, used up when single-use. */
  async acceptElevated(request: Request, user: UserRecord, scope: string): Promise<boolean> {
    const value = request.headers.get(ELEVATED_TOKEN_HEADER);
    return value !== null && (await this.consumeElevated(value, user.id, scope));
  }

  private async consumeElevated(value: string, userId: string, scope: string): Promise<boolean> {
    const claims = await this.signer.verify(value, this.now());
    if (!claims || claims['typ'] !== 'elevated' || claims['sub'] !== userId) return false;
    const sid = claims['sid'];
    if (typeof sid !== 'string' || !this.sessions.has(sid)) return false;
    const scopes = typeof claims['scope'] === 'string' ? claims['scope'].split(' ') : [];
    if (!scopes.includes(scope)) return false;
    if (claims['singleUse'] === true) {
      const jti = String(claims['jti']);
      if (this.usedElevated.has(jti)) return false;
      this.usedElevated.add(jti);
    }
    return true;
  }

  /** An MFA token of this user, used up when single-use. */
  async consumeMfaToken(value: string, userId: string): Promise<boolean> {
    if (value === '' || value.length > 256) return false;
    const hash = await sha256Base64Url(value);
    const record = this.mfaTokens.get(hash);
    if (
      !record ||
      record.userId !== userId ||
      record.expiresAt <= this.now() ||
      !this.sessions.has(record.sessionId)
    )
      return false;
    if (record.singleUse) this.mfaTokens.delete(hash);
    return true;
  }

  /** A fresh proof in the request: an elevated token for `scope`, or an MFA token header. */
  async acceptProof(request: Request, user: UserRecord, scope: string): Promise<boolean> {
    if (await this.acceptElevated(request, user, scope)) return true;
    const mfaToken = request.headers.get(MFA_TOKEN_HEADER);
    return mfaToken !== null && (await this.consumeMfaToken(mfaToken, user.id));
  }

  /**
   * Whether `action` needs MFA for this user — the rule of the SDK's `isMfaRequiredForAction`,
   * enforced where it belongs, on the server.
   */
  actionNeedsMfa(action: string, user: UserRecord): boolean {
    const policy = this.options.mfa.actions.find((entry) => entry.action === action);
    if (!policy?.required) return false;
    return this.options.mfa.required || this.hasVerifiedFactor(user);
  }

  /**
   * What the app's server does before running a guarded action: accept a token presented for
   * it (an MFA token, or an elevated token carrying the action's scope). Single-use tokens work once.
   */
  async authorizeAction(action: string, userId: string, token: string): Promise<boolean> {
    const user = this.users.get(userId);
    if (!user) return false;
    const scope = ACTION_SCOPES[action];
    if (scope !== undefined && (await this.consumeElevated(token, user.id, scope))) return true;
    return this.consumeMfaToken(token, user.id);
  }

  // ---------------------------------------------------------------------------------------------
  // The failure budget (docs/SECURITY.md 7–9)

  /** Refuse while locked; otherwise count this attempt as a failure until it proves right. */
  beginAttempt(user: UserRecord): void {
    const now = this.now();
    if (user.hardLocked) throw rateLimited();
    if (user.lockedUntil !== null && user.lockedUntil > now) {
      throw rateLimited(Math.max(1, Math.ceil((user.lockedUntil - now) / 1000)));
    }
    user.failures += 1;
  }

  attemptSucceeded(user: UserRecord): void {
    user.failures = 0;
    user.lockedUntil = null;
  }

  attemptFailed(user: UserRecord): void {
    const lock = lockAfterFailure(user.failures, new Date(this.now()), this.options.rateLimit);
    if (lock && 'hard' in lock) user.hardLocked = true;
    else if (lock) user.lockedUntil = lock.until.getTime();
  }

  // ---------------------------------------------------------------------------------------------
  // WebAuthn challenges: single-use, expiring, bound to the user and the ceremony (docs/SECURITY.md 18)

  issueChallenge(userId: string, kind: ChallengeRecord['kind']): Uint8Array<ArrayBuffer> {
    const bytes = randomBytes(32);
    const now = this.now();
    for (const [key, challenge] of this.challenges)
      if (challenge.expiresAt <= now) this.challenges.delete(key);
    this.challenges.set(toBase64Url(bytes), {
      userId,
      kind,
      expiresAt: now + this.options.challengeSeconds * 1000,
    });
    return bytes;
  }

  takeChallenge(value: string, userId: string, kind: ChallengeRecord['kind']): boolean {
    const challenge = this.challenges.get(value);
    if (!challenge) return false;
    this.challenges.delete(value);
    return (
      challenge.userId === userId && challenge.kind === kind && challenge.expiresAt > this.now()
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Test hooks

  user(userId: string): UserRecord | undefined {
    return this.users.get(userId);
  }

  /** Lift every lock and forget every failure of a user. */
  resetThrottle(userId: string): void {
    const user = this.users.get(userId);
    if (!user) return;
    user.failures = 0;
    user.lockedUntil = null;
    user.hardLocked = false;
  }
}
