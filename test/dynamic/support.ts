/**
 * Browser tests with the REAL Dynamic SDK: a fresh stand-in environment per test (web-test-runner
 * commands, stand-ins/dynamic/web-test-runner.ts), a real `createDynamicClient`
 * pointed at it, a user signed in the way an app does it (its backend signs a JWT), and the
 * adapter. The SDK initializes itself here: this is a browser.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import {
  createDynamicClient,
  logout,
  onceEvent,
  sendEmailOTP,
  signInWithExternalJwt,
  verifyOTP,
  type TokenScope,
  waitForClientInitialized,
  type DynamicClient,
} from '@dynamic-labs-sdk/client';
import * as OTPAuth from 'otpauth';
import { createDynamicMfaClient, type DynamicMfaClient } from '../../src/clients/dynamic/index.js';
import type { EnvironmentOptions } from '../../stand-ins/dynamic/options.js';

export interface DynamicSetUp {
  environmentId: string;
  dynamic: DynamicClient;
  mfa: DynamicMfaClient;
  userId: string;
  /** The stand-in's clock (epoch ms): TOTP codes are computed for it. */
  now: number;
  advance(ms: number): Promise<number>;
  /** What the app's server does with a token before running the action. */
  authorize(action: string, token: string): Promise<boolean>;
  /** Sign out and drop the environment. */
  tearDown(): Promise<void>;
}

type Options = Omit<EnvironmentOptions, 'now' | 'id' | 'rp'>;

/** A phone number as the app's backend would put it in the external JWT (`phone` claim). */
export const TEST_PHONE = {
  isoCountryCode: 'GB',
  phoneCountryCode: '44',
  phoneNumber: '7700900123',
} as const;

/** A signed-in user of a fresh environment (with a verified phone number when `phone`). */
export async function setUpDynamic(
  options: Options = {},
  userId = 'ada',
  phone?: typeof TEST_PHONE,
): Promise<DynamicSetUp> {
  const created = (await executeServerCommand('dynamic-create-environment', options)) as {
    environmentId: string;
    apiBaseUrl: string;
    now: number;
  };
  const { environmentId } = created;
  const dynamic = createDynamicClient({
    environmentId,
    coreConfig: { apiBaseUrl: new URL(created.apiBaseUrl, location.origin).href },
    // The stand-in is offline: no telemetry to Dynamic's log service.
    instrumentation: { enabled: false },
    logLevel: 'error',
  });
  await waitForClientInitialized(dynamic);
  const { jwt } = (await executeServerCommand('dynamic-external-jwt', {
    environmentId,
    userId,
    ...(phone ? { phone } : {}),
  })) as { jwt: string };
  await signInWithExternalJwt({ externalJwt: jwt }, dynamic);
  const setUp: DynamicSetUp = {
    environmentId,
    dynamic,
    mfa: createDynamicMfaClient(dynamic),
    userId,
    now: created.now,
    async advance(ms) {
      const { now } = (await executeServerCommand('dynamic-advance-clock', {
        environmentId,
        ms,
      })) as { now: number };
      setUp.now = now;
      return now;
    },
    async authorize(action, token) {
      const { ok } = (await executeServerCommand('dynamic-authorize-action', {
        environmentId,
        userId,
        action,
        token,
      })) as { ok: boolean };
      return ok;
    },
    async tearDown() {
      if (dynamic.user) {
        // The SDK refetches the settings after a logout without awaiting it: let that finish
        // before the environment goes away.
        const refetched = new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 5000);
          onceEvent(
            { event: 'projectSettingsChanged', listener: () => (clearTimeout(timer), resolve()) },
            dynamic,
          );
        });
        await logout(dynamic).catch(() => undefined);
        await refetched;
      }
      await executeServerCommand('dynamic-delete-environment', { environmentId });
    },
  };
  return setUp;
}

/** The code the stand-in "emailed" to the user last (its outbox). */
export async function emailedCode(setUp: DynamicSetUp): Promise<string> {
  const { code } = (await executeServerCommand('dynamic-email-code', {
    environmentId: setUp.environmentId,
    userId: setUp.userId,
  })) as { code: string | null };
  if (code === null) throw new Error('no email code was sent');
  return code;
}

/** The code the stand-in "texted" to the user last (its outbox of text messages). */
export async function textedCode(setUp: DynamicSetUp): Promise<string> {
  const { code } = (await executeServerCommand('dynamic-sms-code', {
    environmentId: setUp.environmentId,
    userId: setUp.userId,
  })) as { code: string | null };
  if (code === null) throw new Error('no SMS code was sent');
  return code;
}

/**
 * 2026-04 rules: re-authenticate with an emailed code through the SDK's own OTP functions, for
 * `scopes` — what an app does for a user without MFA before the first enrollment.
 */
export async function emailStepUp(setUp: DynamicSetUp, scopes: string[]): Promise<void> {
  const otpVerification = await sendEmailOTP(
    { email: `${setUp.userId}@example.com` },
    setUp.dynamic,
  );
  await verifyOTP(
    {
      otpVerification,
      verificationToken: await emailedCode(setUp),
      requestedScopes: scopes as TokenScope[],
    },
    setUp.dynamic,
  );
}

/** The code an authenticator app shows for `uri` at the stand-in's current time. */
export function totpCode(uri: string, at: number): string {
  return OTPAuth.URI.parse(uri).generate({ timestamp: at });
}

/** A signed-in user with a confirmed TOTP device and acknowledged recovery codes. */
export async function setUpEnrolled(
  options: Options = {},
): Promise<DynamicSetUp & { uri: string; codes: string[]; nextCode(): Promise<string> }> {
  const setUp = await setUpDynamic(options);
  if (options.minApiVersion === '2026_04_01') await emailStepUp(setUp, ['credential:link']);
  const enrollment = await setUp.mfa.enrollTotp();
  await setUp.mfa.verifyTotp({
    code: totpCode(enrollment.uri, setUp.now),
    deviceId: enrollment.deviceId,
  });
  const codes = await setUp.mfa.recoveryCodes();
  await setUp.mfa.acknowledgeRecoveryCodes();
  return Object.assign(setUp, {
    uri: enrollment.uri,
    codes,
    // Each time step is accepted once: move to the next one first.
    async nextCode() {
      return totpCode(enrollment.uri, await setUp.advance(30_000));
    },
  });
}
