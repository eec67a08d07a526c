/** How one stand-in environment behaves: Dynamic's project MFA settings plus the stand-in's own knobs. */
import { DEFAULT_RATE_LIMIT, type RateLimitSettings } from '../../src/server/throttle.js';

/** One entry of Dynamic's `security.mfa.actions`. */
export interface ActionPolicy {
  action: string;
  required: boolean;
  tokenBehavior?: 'single_use' | 'time_bound';
  tokenExpirySeconds?: number;
}

/** Dynamic's `projectSettings.security.mfa`, as the dashboard sets it. */
export interface MfaSettings {
  /** Session-level MFA: prompted at sign-in (`requiresAdditionalAuth`). Default true. */
  enabled?: boolean;
  /** Legacy flag, true when enrollment is `signup` or `action`. Default: derived. */
  required?: boolean;
  /** `signup`: a user without a factor must enroll at sign-in. Default `signup`. */
  enrollment?: 'none' | 'signup' | 'action';
  /** Methods offered. Default TOTP and passkeys, with backup codes. */
  methods?: ('totp' | 'passkey')[];
  actions?: ActionPolicy[];
}

export interface EnvironmentOptions {
  /** Dynamic's environment id (a UUID in real projects). Default: a random UUID. */
  id?: string;
  /** The clock, epoch ms. Use a `ManualClock` in tests. Default `Date.now`. */
  now?: () => number;
  /** Shown in authenticator apps and as the relying-party name. */
  issuer?: string;
  mfa?: MfaSettings;
  /** Failure budget shared by TOTP and recovery codes (the reference server's defaults). */
  rateLimit?: Partial<RateLimitSettings>;
  /** Session length. Default 2 h. */
  sessionSeconds?: number;
  /** How recent an MFA proof must be to add a factor or regenerate codes. Default 300 s. */
  freshProofSeconds?: number;
  /** WebAuthn challenge lifetime. Default 300 s. */
  challengeSeconds?: number;
  /**
   * WebAuthn relying party. Default: the request's own origin and host name, which is what a
   * same-origin mount (web-test-runner, vite) needs; give fixed values on a real deployment.
   */
  rp?: { id?: string; origins?: string[] };
  /**
   * Dynamic's `sdk.minApiVersion`. `2026_04_01` switches on the step-up rules: adding a factor
   * needs an elevated `credential:link` token and removing one a `credential:unlink` token, with
   * no fallback (shared/DYNAMIC.md §8). Default: the older rules.
   */
  minApiVersion?: '2026_01_01' | '2026_04_01';
  /** Seconds before another email code may be sent to the same user. Default 30. */
  emailResendSeconds?: number;
}

export interface ResolvedEnvironmentOptions {
  id: string;
  now: () => number;
  issuer: string;
  mfa: Required<Pick<MfaSettings, 'enabled' | 'required' | 'enrollment' | 'methods'>> & {
    actions: ActionPolicy[];
  };
  rateLimit: RateLimitSettings;
  sessionSeconds: number;
  freshProofSeconds: number;
  challengeSeconds: number;
  rp: { id?: string; origins?: string[] };
  minApiVersion: '2026_01_01' | '2026_04_01' | undefined;
  emailResendSeconds: number;
}

export function resolveEnvironmentOptions(
  options: EnvironmentOptions = {},
): ResolvedEnvironmentOptions {
  const enrollment = options.mfa?.enrollment ?? 'signup';
  return {
    id: options.id ?? crypto.randomUUID(),
    now: options.now ?? (() => Date.now()),
    issuer: options.issuer ?? 'Dynamic stand-in',
    mfa: {
      enabled: options.mfa?.enabled ?? true,
      required: options.mfa?.required ?? enrollment !== 'none',
      enrollment,
      methods: options.mfa?.methods ?? ['totp', 'passkey'],
      actions: (options.mfa?.actions ?? []).map((action) => ({ ...action })),
    },
    rateLimit: { ...DEFAULT_RATE_LIMIT, ...options.rateLimit },
    sessionSeconds: options.sessionSeconds ?? 2 * 60 * 60,
    freshProofSeconds: options.freshProofSeconds ?? 300,
    challengeSeconds: options.challengeSeconds ?? 300,
    rp: { ...options.rp },
    minApiVersion: options.minApiVersion,
    emailResendSeconds: options.emailResendSeconds ?? 30,
  };
}

/** The scope an action's elevated token carries (the mapping Dynamic's React SDK uses). */
export const ACTION_SCOPES: Record<string, string> = {
  'user.update': 'user:update',
  'wallet.waas.export': 'wallet:export',
  'wallet.waas.refresh': 'wallet:delegate',
  'wallet.waas.reshare': 'wallet:delegate',
  'wallet.waas.sign': 'wallet:sign',
};
