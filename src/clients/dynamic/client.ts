/**
 * The `MfaClient` contract over `@dynamic-labs-sdk/client`'s free functions. Every SDK call gets
 * the Dynamic client explicitly as its last argument (the SDK falls back to its module-global
 * default only when the adapter was created without one).
 */
import {
  acknowledgeRecoveryCodes,
  authenticateMfaRecoveryCode,
  checkStepUpAuth,
  authenticatePasskeyMFA,
  authenticateTotpMfaDevice,
  createNewMfaRecoveryCodes,
  deleteMfaDevice,
  deletePasskey,
  getMfaDevices,
  getDefaultClient,
  getMfaRecoveryCodes,
  getPasskeys,
  isMfaRequiredForAction,
  onEvent,
  refreshUser,
  registerPasskey,
  registerTotpMfaDevice,
  type DynamicClient,
  type MFAAction,
  type TokenScope,
  type VerifyResponse,
} from '@dynamic-labs-sdk/client';
import { MfaError } from '../../client/errors.js';
import type {
  CallOptions,
  DeleteDeviceInput,
  EnrollPasskeyInput,
  MfaClient,
  MfaDevice,
  MfaMethod,
  MfaProof,
  MfaStatus,
  ReauthCodeSent,
  ReauthDestination,
  ReauthProof,
  SendReauthCodeInput,
  RecoveryCodesInput,
  TokenRequest,
  TotpEnrollment,
  VerifyOptions,
  VerifyReauthCodeInput,
  VerifyRecoveryCodeInput,
  VerifyTotpInput,
} from '../../client/types.js';
import { abortable, throwIfAborted } from '../../internal/abort.js';
import { fromDynamicError } from './errors.js';
import { OtpReauth, reauthDestinations } from './reauth.js';
import { passkeyDevice, statusOf, totpDevice } from './status.js';
import { isKitAction, LINK_SCOPE, scopeOfAction, UNLINK_SCOPE, usesStepUp } from './step-up.js';
import { dynamicTokenOptions, proofToken, type DynamicTokenOptions } from './tokens.js';
import { totpEnrollment } from './totp-uri.js';

/** The kit's client for Dynamic, plus a way to follow the SDK's account-level MFA signals. */
export interface DynamicMfaClient extends MfaClient {
  /** The Dynamic client every call goes to (`undefined`: the SDK's default client). */
  readonly dynamicClient: DynamicClient | undefined;
  /**
   * Call `listener` with a freshly read status whenever the SDK reports a changed user
   * (`userChanged`: sign-in, MFA completed, codes acknowledged, refresh). Signed-out users are
   * skipped. Returns the unsubscribe function.
   */
  onStatusChange(listener: (status: MfaStatus) => void): () => void;
}

function requiredString(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new MfaError('invalid-request', `${name}: expected a non-empty string`);
  }
  return value;
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  return requiredString(value, name);
}

/** What a verification asks for, checked before anything is sent. */
interface Asked {
  tokens: DynamicTokenOptions;
  request: TokenRequest | undefined;
  action: string | undefined;
}

function askedFor(input: VerifyOptions | undefined): Asked {
  return {
    tokens: dynamicTokenOptions(input?.token),
    request: input?.token,
    action: optionalString(input?.action, 'action'),
  };
}

class DynamicAdapter implements DynamicMfaClient {
  readonly dynamicClient: DynamicClient | undefined;
  /** Size of the last recovery-code set seen, minus codes used since (Dynamic does not report it). */
  private recoveryCodesKnown = 0;
  private recoveryCodesUser: string | undefined;
  /**
   * 2026-04 rules: the scope a refused call (`step-up-required`) waits for. The next verification
   * asks for it too, so the SDK holds the elevated token when the element retries the call —
   * the elements need not know Dynamic's scopes.
   */
  private pendingScope: string | undefined;
  private readonly reauth = new OtpReauth();

  constructor(dynamicClient: DynamicClient | undefined) {
    this.dynamicClient = dynamicClient;
  }

  // ---------------------------------------------------------------------------------------------
  // MfaClient

  status(options?: CallOptions): Promise<MfaStatus> {
    return this.run(options, async () => {
      const user = this.signedInUser();
      const devices = await this.devices();
      return statusOf(user, devices, this.remainingRecoveryCodes(user.id));
    });
  }

  enrollTotp(options?: CallOptions): Promise<TotpEnrollment> {
    return this.run(options, async () => {
      await this.requireStepUp(LINK_SCOPE);
      try {
        return totpEnrollment(await registerTotpMfaDevice(this.sdk()));
      } catch (error) {
        throw await this.enrollmentError(error);
      }
    });
  }

  verifyTotp(input: VerifyTotpInput): Promise<MfaProof> {
    return this.run(input, async () => {
      const code = requiredString(input?.code, 'code').replace(/\s+/g, '');
      const deviceId = optionalString(input.deviceId, 'deviceId');
      const asked = this.asked(input);
      const { tokens } = asked;
      const response = await authenticateTotpMfaDevice(
        {
          code,
          ...(deviceId === undefined ? {} : { deviceId }),
          ...(tokens.createMfaToken ? { createMfaTokenOptions: tokens.createMfaToken } : {}),
          ...(tokens.requestedScopes ? { requestedScopes: tokens.requestedScopes } : {}),
        },
        this.sdk(),
      );
      return this.proof(
        { method: 'totp', ...(deviceId === undefined ? {} : { deviceId }) },
        response,
        asked,
      );
    });
  }

  enrollPasskey(input?: EnrollPasskeyInput): Promise<MfaDevice> {
    return this.run(input, async () => {
      await this.requireStepUp(LINK_SCOPE);
      // Dynamic's headless client cannot name a passkey: `alias` is not sent.
      await this.refusedNeeds(LINK_SCOPE, registerPasskey({}, this.sdk()));
      const passkeys = await getPasskeys(this.sdk());
      const newest = [...passkeys].sort((a, b) => time(b.createdAt) - time(a.createdAt))[0];
      if (!newest) throw new MfaError('unknown', 'Dynamic lists no passkey after registering one');
      return passkeyDevice(newest);
    });
  }

  verifyPasskey(input?: VerifyOptions): Promise<MfaProof> {
    return this.run(input, async () => {
      const asked = this.asked(input);
      const { tokens } = asked;
      const response = await authenticatePasskeyMFA(
        {
          ...(tokens.createMfaToken ? { createMfaToken: tokens.createMfaToken } : {}),
          ...(tokens.requestedScopes ? { requestedScopes: tokens.requestedScopes } : {}),
        },
        this.sdk(),
      );
      return this.proof({ method: 'passkey' }, response, asked);
    });
  }

  deleteDevice(input: DeleteDeviceInput): Promise<void> {
    return this.run(input, async () => {
      const deviceId = requiredString(input?.deviceId, 'deviceId');
      const stepUp = usesStepUp(this.sdk());
      // On 2026-04 rules the elevated `credential:unlink` token the SDK holds is the proof.
      const mfaToken =
        stepUp && typeof input.mfaToken !== 'string'
          ? ''
          : stepUp
            ? input.mfaToken
            : requiredString(input.mfaToken, 'mfaToken');
      await this.requireStepUp(UNLINK_SCOPE);
      const totp = await getMfaDevices(this.sdk());
      if (totp.some((device) => device.id === deviceId)) {
        await this.refusedNeeds(
          UNLINK_SCOPE,
          deleteMfaDevice({ deviceId, mfaAuthToken: mfaToken }, this.sdk()),
        );
      } else {
        const passkeys = await getPasskeys(this.sdk());
        if (!passkeys.some((passkey) => passkey.id === deviceId))
          throw new MfaError('not-enrolled', 'no such device');
        // The SDK sends the MFA token it holds (from the last verification), not one passed in.
        await this.refusedNeeds(UNLINK_SCOPE, deletePasskey({ passkeyId: deviceId }, this.sdk()));
      }
      // As Dynamic's React SDK does: the user's scope may change once a factor is gone.
      await refreshUser(this.sdk()).catch(() => undefined);
    });
  }

  recoveryCodes(input?: RecoveryCodesInput): Promise<string[]> {
    return this.run(input, async () => {
      const user = this.signedInUser();
      // Regenerating needs a fresh proof; Dynamic checks it on the session (no token is sent).
      const response = input?.regenerate
        ? await createNewMfaRecoveryCodes(this.sdk())
        : await getMfaRecoveryCodes(this.sdk());
      const codes = response.recoveryCodes;
      if (!Array.isArray(codes) || codes.some((code) => typeof code !== 'string')) {
        throw new MfaError('unknown', 'Dynamic returned no recovery codes');
      }
      this.recoveryCodesUser = user.id;
      this.recoveryCodesKnown = codes.length;
      // A new set waits for a new acknowledgement; the SDK learns of it only from a fresh user.
      if (input?.regenerate) await refreshUser(this.sdk()).catch(() => undefined);
      return [...codes];
    });
  }

  acknowledgeRecoveryCodes(options?: CallOptions): Promise<void> {
    return this.run(options, async () => {
      await acknowledgeRecoveryCodes(this.sdk());
    });
  }

  verifyRecoveryCode(input: VerifyRecoveryCodeInput): Promise<MfaProof> {
    return this.run(input, async () => {
      const code = requiredString(input?.code, 'code').trim();
      const asked = this.asked(input);
      const { tokens } = asked;
      const response = await authenticateMfaRecoveryCode(
        {
          code,
          ...(tokens.createMfaToken ? { createMfaTokenOptions: tokens.createMfaToken } : {}),
          ...(tokens.requestedScopes ? { requestedScopes: tokens.requestedScopes } : {}),
        },
        this.sdk(),
      );
      const userId = response.user?.id;
      if (
        userId !== undefined &&
        userId === this.recoveryCodesUser &&
        this.recoveryCodesKnown > 0
      ) {
        this.recoveryCodesKnown -= 1;
      }
      return this.proof({ method: 'recovery-code' }, response, asked);
    });
  }

  isRequiredForAction(action: string, options?: CallOptions): Promise<boolean> {
    return this.run(options, async () => {
      const name = requiredString(action, 'action');
      const scope = usesStepUp(this.sdk()) ? scopeOfAction(name) : undefined;
      // `checkStepUpAuth` answers `isRequired: true` when the check itself fails: fail closed.
      if (scope !== undefined)
        return (await checkStepUpAuth({ scope: scope as TokenScope }, this.sdk())).isRequired;
      if (isKitAction(name)) return true;
      // Dynamic's action names (`wallet.waas.export`, `wallet.waas.sign`, …) pass through.
      return isMfaRequiredForAction({ mfaAction: name as MFAAction }, this.sdk());
    });
  }

  isStepUpRequired(scopes: readonly string[], options?: CallOptions): Promise<boolean> {
    return this.run(options, async () => {
      if (!Array.isArray(scopes) || scopes.length === 0)
        throw new MfaError('invalid-request', 'scopes: expected a non-empty list');
      const names = scopes.map((scope) => requiredString(scope, 'scopes[]'));
      // Every scope is asked (the SDK answers a held token itself); any `isRequired` — which is
      // also the SDK's answer when the check fails — asks for a proof: fail closed.
      const checks = await Promise.all(
        names.map((scope) => checkStepUpAuth({ scope: scope as TokenScope }, this.sdk())),
      );
      return checks.some((check) => check.isRequired !== false);
    });
  }

  reauthDestinations(options?: CallOptions): Promise<ReauthDestination[]> {
    return this.run(options, () => Promise.resolve(reauthDestinations(this.signedInUser())));
  }

  sendReauthCode(input?: SendReauthCodeInput): Promise<ReauthCodeSent> {
    return this.run(input, async () => {
      const channel = input?.channel ?? 'email';
      if (channel !== 'email' && channel !== 'sms')
        throw new MfaError('invalid-request', 'channel: expected "email" or "sms"');
      this.signedInUser();
      return this.reauth.send(this.sdk(), channel);
    });
  }

  verifyReauthCode(input: VerifyReauthCodeInput): Promise<ReauthProof> {
    return this.run(input, async () => {
      const code = requiredString(input?.code, 'code').replace(/\s+/g, '');
      const asked = this.asked(input);
      const { response, method } = await this.reauth.verify(
        this.sdk(),
        code,
        asked.tokens.requestedScopes,
      );
      // Only scoped tokens come from a re-authentication: Dynamic issues no MFA token for it.
      return this.proof({ method }, response, asked);
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Signals

  onStatusChange(listener: (status: MfaStatus) => void): () => void {
    let latest = 0;
    const client = this.sdk();
    const reread = (): void => {
      if (!client.user) return;
      const read = ++latest;
      this.status().then(
        (status) => {
          // A slower, older read must not overwrite a newer one.
          if (read === latest) listener(status);
        },
        () => undefined,
      );
    };
    return onEvent({ event: 'userChanged', listener: reread }, client);
  }

  // ---------------------------------------------------------------------------------------------
  // Internals

  /** Validate, honour the signal, and turn whatever the SDK threw into an `MfaError`. */
  private async run<T>(options: CallOptions | undefined, body: () => Promise<T>): Promise<T> {
    const signal = options?.signal;
    throwIfAborted(signal);
    const work = (async () => {
      try {
        return await body();
      } catch (error) {
        throw fromDynamicError(error);
      }
    })();
    return abortable(work, signal);
  }

  /** 2026-04 rules: refuse before calling when `checkStepUpAuth` says a step-up is due (or fails). */
  private async requireStepUp(scope: string): Promise<void> {
    if (!usesStepUp(this.sdk())) return;
    const check = await checkStepUpAuth({ scope: scope as TokenScope }, this.sdk());
    if (!check.isRequired) {
      // The refused call can run now: later verifications need not ask for its scope again.
      if (this.pendingScope === scope) this.pendingScope = undefined;
      return;
    }
    this.pendingScope = scope;
    throw new MfaError('step-up-required', `Dynamic requires a step-up for ${scope}`);
  }

  /** A call Dynamic refused for want of an elevated token waits for `scope`. */
  private async refusedNeeds<T>(scope: string, call: Promise<T>): Promise<T> {
    try {
      return await call;
    } catch (error) {
      const mapped = fromDynamicError(error);
      if (mapped.code === 'step-up-required') this.pendingScope = scope;
      throw mapped;
    }
  }

  /**
   * What a verification asks for, plus on 2026-04 rules the step-up scope it earns: the refused
   * call's, else the one the guard's action stands for (`device.delete` → `credential:unlink`).
   */
  private asked(input: VerifyOptions | undefined): Asked {
    const asked = askedFor(input);
    if (!usesStepUp(this.sdk())) return asked;
    const scope =
      this.pendingScope ?? (asked.action === undefined ? undefined : scopeOfAction(asked.action));
    if (scope === undefined) return asked;
    const scopes = new Set([...(asked.tokens.requestedScopes ?? []), scope]);
    return { ...asked, tokens: { ...asked.tokens, requestedScopes: [...scopes] as TokenScope[] } };
  }

  /** The explicit client, else the SDK's default one (read per call; it throws when none exists). */
  private sdk(): DynamicClient {
    return this.dynamicClient ?? getDefaultClient();
  }

  private signedInUser(): NonNullable<DynamicClient['user']> {
    const user = this.sdk().user;
    if (!user) throw new MfaError('unauthorized', 'no Dynamic user is signed in');
    return user;
  }

  /** TOTP devices (unverified ones included) and passkeys. */
  private async devices(): Promise<MfaDevice[]> {
    const [totp, passkeys] = await Promise.all([
      getMfaDevices(this.sdk()),
      getPasskeys(this.sdk()),
    ]);
    return [
      ...totp.map(totpDevice).filter((device): device is MfaDevice => device !== undefined),
      ...passkeys.map(passkeyDevice),
    ];
  }

  private remainingRecoveryCodes(userId: string): number {
    return userId === this.recoveryCodesUser ? this.recoveryCodesKnown : 0;
  }

  /** Dynamic answers a second TOTP device with a 401; the kit calls that `already-enrolled`. */
  private async enrollmentError(error: unknown): Promise<MfaError> {
    const mapped = fromDynamicError(error);
    if (mapped.code === 'step-up-required') this.pendingScope = LINK_SCOPE;
    if (mapped.code !== 'unauthorized') return mapped;
    const devices = await getMfaDevices(this.sdk()).catch(() => []);
    const verified = devices.map(totpDevice).some((device) => device?.verified === true);
    return verified
      ? new MfaError('already-enrolled', 'a verified TOTP device exists', { cause: error })
      : mapped;
  }

  private proof<M extends MfaMethod | ReauthProof['method']>(
    base: { method: M; deviceId?: string },
    response: VerifyResponse,
    asked: Asked,
  ): { method: M; deviceId?: string; token?: MfaProof['token'] } {
    const { action } = asked;
    const client = this.sdk();
    // The elevated token for the refused call is now held by the SDK.
    this.pendingScope = undefined;
    const settings = client.projectSettings?.security?.mfa?.actions?.find(
      (entry) => entry.action === action,
    );
    const token = proofToken(response, asked.request, action, {
      now: Date.now(),
      ...(typeof settings?.tokenExpirySeconds === 'number'
        ? { actionExpirySeconds: settings.tokenExpirySeconds }
        : {}),
      sessionExpiresAt: client.sessionExpiresAt,
    });
    return token ? { ...base, token } : { ...base };
  }
}

function time(date: Date | undefined): number {
  const value = date instanceof Date ? date.getTime() : NaN;
  return Number.isFinite(value) ? value : 0;
}

/**
 * The kit's `MfaClient` for a page that already uses Dynamic's JavaScript SDK:
 *
 *   const dynamic = createDynamicClient({ environmentId });
 *   provider.client = createDynamicMfaClient(dynamic);
 *
 * Pass the Dynamic client explicitly; without it every call goes to the SDK's default client
 * (the last one `createDynamicClient` made).
 */
export function createDynamicMfaClient(dynamicClient?: DynamicClient): DynamicMfaClient {
  return new DynamicAdapter(dynamicClient);
}
