/**
 * What an app passes to `createMfaHandler`, and the defaults filled in. Everything with a
 * security meaning has a safe default; nothing here is read from the environment.
 */
import type { MfaMethod } from '../client/types.js';
import type { MfaLogger } from './logger.js';
import { consoleLogger } from './logger.js';
import { createSecretBox, type SecretBox } from './secret-box.js';
import { createSecretCache, type SecretCache } from './secret-cache.js';
import { storeOpening } from './store-opening.js';
import type { MfaStore } from './store/types.js';
import { DEFAULT_RATE_LIMIT, type RateLimitSettings } from './throttle.js';

/** Who is signed in, as the app's own session says. */
export interface MfaUser {
  /** The app's stable user id (at most 256 characters). */
  userId: string;
  /** Shown in authenticator apps and passkey prompts (e-mail or user name). */
  userName: string;
  /**
   * The app's session id (or any value that changes when the user signs in again). MFA
   * verification, persistent tokens and step-up scopes live and die with it.
   */
  sessionId: string;
}

/** How an action of the app is guarded (`wallet.export`, `device.delete`, …). */
export interface ActionPolicy {
  /** `true`: always; `'if-enrolled'`: only for users who have a factor; `false`: never. */
  required: boolean | 'if-enrolled';
  /** Methods whose proofs count for this action; all when omitted. */
  methods?: MfaMethod[];
  /** `'single-use'` (default): one token per run, consumed. `'persistent'`: a session token will do. */
  token?: 'single-use' | 'persistent';
  /** The oldest a token may be when the action runs. */
  maxAgeSeconds?: number;
  /**
   * Step-up scopes that authorise this action: a scoped token passes only checks that name one of
   * its scopes or actions that list one here (scopes narrow, never widen).
   */
  scopes?: string[];
}

export interface MfaHandlerOptions {
  /**
   * Where everything is kept. A store or a promise of one (`store: createPgliteStore({ dataDir })`).
   * When omitted, PGlite in './.data/mfa' (relative to the working directory) is opened on the
   * first request — fine for a demo on one machine; pass a store in production. Either way,
   * `await mfa.ready()` before serving opens it first.
   */
  store?: MfaStore | Promise<MfaStore>;
  /**
   * How long a request waits for a store that is still opening before it is answered 503
   * (`unknown`, with Retry-After). Default 30 s. A store that failed to open is answered 503 at once.
   */
  storeWaitSeconds?: number;
  /** The WebAuthn relying party: `id` is the domain, `origins` the pages allowed to call. */
  rp: { id: string; name: string; origins: string[] };
  /** Shown in authenticator apps above the account name. */
  issuer: string;
  /** Who is signed in, from the app's session; null when nobody is. */
  authenticate(request: Request): MfaUser | null | Promise<MfaUser | null>;
  /** Per-action policy; actions not listed use `defaultAction`. */
  actions?: Record<string, ActionPolicy>;
  /** Policy of actions not listed in `actions`. Default `{ required: true }`: unknown means guarded. */
  defaultAction?: ActionPolicy;
  rateLimit?: Partial<RateLimitSettings>;
  /**
   * 32 bytes (or their base64) to encrypt TOTP secrets, and recovery codes waiting for
   * acknowledgement, with AES-256-GCM. Strongly recommended; keep it out of the database.
   */
  encryptionKey?: Uint8Array | string;
  /** The clock; inject one in tests. */
  now?: () => Date;
  /** Where the endpoints live. Default '/mfa'. */
  basePath?: string;
  /** Receives events (never a secret, code or token). Default: console. */
  logger?: MfaLogger;
  /** Largest accepted request body. Default 16 KiB. */
  maxBodyBytes?: number;
  /** Token lifetimes. Defaults: single-use 300 s, persistent and step-up 900 s. */
  tokenLifetimes?: { singleUseSeconds?: number; persistentSeconds?: number };
  /** How long a WebAuthn challenge stays usable. Default 300 s. */
  challengeSeconds?: number;
  /**
   * Adding a factor when the user already has one needs a fresh proof: an `x-mfa-token`, or a
   * verification by this session at most this many seconds ago. Default 300 s.
   */
  freshProofSeconds?: number;
}

export interface ResolvedOptions {
  /** The open store; waits while it opens; rejects with `StoreUnavailableError`. */
  getStore(): Promise<MfaStore>;
  /** Open the store now (once); resolves when it is open. */
  openStore(): Promise<void>;
  /** Close the store if it was opened (or given). */
  closeStore(): Promise<void>;
  rp: { id: string; name: string; origins: string[] };
  issuer: string;
  authenticate: MfaHandlerOptions['authenticate'];
  actions: Record<string, ActionPolicy>;
  defaultAction: ActionPolicy;
  rateLimit: RateLimitSettings;
  secretBox: SecretBox;
  /** TOTP secrets this handler opened, re-checked by every statement that uses one. */
  secretCache: SecretCache;
  now: () => Date;
  basePath: string;
  logger: MfaLogger;
  maxBodyBytes: number;
  singleUseTokenSeconds: number;
  persistentTokenSeconds: number;
  challengeSeconds: number;
  freshProofSeconds: number;
}

export const DEFAULT_DATA_DIR = './.data/mfa';

export function resolveOptions(options: MfaHandlerOptions): ResolvedOptions {
  if (
    !options.rp?.id ||
    !options.rp.name ||
    !Array.isArray(options.rp.origins) ||
    options.rp.origins.length === 0
  ) {
    throw new TypeError('rp needs an id, a name and at least one allowed origin');
  }
  if (typeof options.authenticate !== 'function')
    throw new TypeError('authenticate(request) is required');
  const origins = options.rp.origins.map((origin) => new URL(origin).origin);
  const basePath = `/${(options.basePath ?? '/mfa').replace(/^\/+|\/+$/g, '')}`;
  const logger = options.logger ?? consoleLogger;
  const given = options.store;
  const store = storeOpening(
    given !== undefined
      ? async () => given
      : () =>
          import('./store/pglite.js').then(({ createPgliteStore }) =>
            createPgliteStore({ dataDir: DEFAULT_DATA_DIR }),
          ),
    { waitMs: (options.storeWaitSeconds ?? 30) * 1000, logger },
  );
  // A promise given by the app is already opening: keep a rejection from being unhandled before
  // the first request or ready() looks at it (it is reported there).
  if (given instanceof Promise) given.catch(() => {});
  return {
    getStore: store.get,
    openStore: store.ready,
    closeStore: store.close,
    rp: { id: options.rp.id, name: options.rp.name, origins },
    issuer: options.issuer,
    authenticate: options.authenticate,
    actions: { ...options.actions },
    defaultAction: options.defaultAction ?? { required: true },
    rateLimit: { ...DEFAULT_RATE_LIMIT, ...options.rateLimit },
    secretBox: createSecretBox(options.encryptionKey),
    secretCache: createSecretCache(),
    now: options.now ?? (() => new Date()),
    basePath: basePath === '/' ? '' : basePath,
    logger,
    maxBodyBytes: options.maxBodyBytes ?? 16 * 1024,
    singleUseTokenSeconds: options.tokenLifetimes?.singleUseSeconds ?? 300,
    persistentTokenSeconds: options.tokenLifetimes?.persistentSeconds ?? 900,
    challengeSeconds: options.challengeSeconds ?? 300,
    freshProofSeconds: options.freshProofSeconds ?? 300,
  };
}

/**
 * The kit's own actions: adding a factor when one exists, deleting one, replacing the recovery
 * codes. They always take a fresh single-use proof (docs/SECURITY.md 16); an app's policy cannot relax them.
 */
export const MFA_ACTIONS = {
  addFactor: 'device.add',
  deleteDevice: 'device.delete',
  regenerateRecoveryCodes: 'recovery-codes.regenerate',
} as const;

const FRESH_PROOF_POLICY: ActionPolicy = { required: true, token: 'single-use' };
const FRESH_PROOF_ACTIONS: ReadonlySet<string> = new Set(Object.values(MFA_ACTIONS));

/** The policy in force for an action; the kit's own factor actions cannot be relaxed. */
export function policyFor(options: ResolvedOptions, action: string): ActionPolicy {
  if (FRESH_PROOF_ACTIONS.has(action)) return FRESH_PROOF_POLICY;
  return Object.hasOwn(options.actions, action) ? options.actions[action] : options.defaultAction;
}
