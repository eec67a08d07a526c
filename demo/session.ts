/**
 * The demo's "sign-in". Two modes:
 *
 * - **server** (normal, `npm start` / `vite preview`): demo/server/plugin.ts mounts the reference
 *   server at /mfa and a tiny sign-in at /demo/*. Signing in sets a signed session cookie; the page
 *   talks to the server with `createHttpClient({ baseUrl: '/mfa' })`; data lives in `.data/`.
 * - **memory** (fallback only, when /demo/me does not answer, e.g. the built files served by some
 *   other static server): one in-page memory client per user name, state in localStorage.
 */
import { createHttpClient } from '../src/clients/http/index.js';
import type { MfaClient } from '../src/index.js';
import { createMemoryClient, type MemoryMfaClient } from '../src/clients/memory/index.js';

export const ISSUER = 'mfa-elements demo';
/** Every call waits this long, so the elements' loading states are visible. */
export const LATENCY_MS = 400;

const USER_KEY = 'mfa-demo:user';
const ACCOUNT_PREFIX = 'mfa-demo:account:';
/** Demo-only extras kept per user (the helper's copy of the setup key, a finished step 3). */
const EXTRA_PREFIX = 'mfa-demo:extra:';
const DEFAULT_USER = 'ada@example.com';

export function normalizeUserName(name: string): string {
  return name.trim().toLowerCase();
}

export function storedUserName(): string {
  return localStorage.getItem(USER_KEY) || DEFAULT_USER;
}

export function storeUserName(name: string): void {
  localStorage.setItem(USER_KEY, name);
}

export type DemoMode = 'server' | 'memory';

/** A signed-in demo user: the client for the elements and how to end this session. */
export interface DemoAccount {
  mode: DemoMode;
  userName: string;
  client: MfaClient;
  /** Step 3's "Sign out": end this session and start a new, not yet verified one for the same user. */
  signOutAndBack(): Promise<void>;
  /**
   * Run one of the demo's sensitive actions the way an app's backend would: the server's endpoint
   * checks (and, single-use, consumes) the MFA token with `verifyMfaToken`. Resolves with the
   * endpoint's JSON answer, or rejects with its error message.
   */
  runAction(
    action: SensitiveAction,
    body: object,
    mfaToken: string | undefined,
  ): Promise<Record<string, unknown>>;
}

/** The demo's guarded actions: the name the guard and the policy use, and the app's endpoint. */
export const SENSITIVE_ACTIONS = {
  'wallet.export': { path: '/demo/export-key' },
  'wallet.sign': { path: '/demo/sign-message', scope: 'wallet:sign' },
  'account.email': { path: '/demo/change-email' },
} as const satisfies Record<string, { path: string; scope?: string }>;

export type SensitiveAction = keyof typeof SENSITIVE_ACTIONS;

/** The user signed in on the demo server, `null` when none, or `undefined` when there is no server. */
export async function serverUser(): Promise<string | null | undefined> {
  try {
    const response = await fetch('/demo/me', {
      headers: { accept: 'application/json' },
      cache: 'no-store',
    });
    if (!response.ok || !response.headers.get('content-type')?.includes('application/json'))
      return undefined;
    const body = (await response.json()) as { mode?: unknown; userName?: unknown };
    if (body.mode !== 'server') return undefined;
    return typeof body.userName === 'string' ? body.userName : null;
  } catch {
    return undefined;
  }
}

async function post(path: string, body: object = {}): Promise<{ userName: string | null }> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as { userName: string | null };
}

/** Sign in on the demo server (a new session each time) and return the account. */
export async function signInOnServer(
  userName: string,
  options: { reuseSession?: boolean } = {},
): Promise<DemoAccount> {
  if (!options.reuseSession) await post('/demo/sign-in', { userName });
  return {
    mode: 'server',
    userName,
    client: createHttpClient({ baseUrl: '/mfa' }),
    async signOutAndBack() {
      await post('/demo/sign-out');
      await post('/demo/sign-in', { userName });
    },
    async runAction(action, body, mfaToken) {
      const response = await fetch(SENSITIVE_ACTIONS[action].path, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(mfaToken ? { 'x-mfa-token': mfaToken } : {}),
        },
        body: JSON.stringify(body),
      });
      const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      if (!response.ok)
        throw new Error(
          typeof answer['message'] === 'string' ? answer['message'] : `HTTP ${response.status}`,
        );
      return answer;
    },
  };
}

export async function signOutOnServer(): Promise<void> {
  await post('/demo/sign-out');
}

/** "Start over": the server deletes this user's MFA data (devices, codes, tokens); the session stays. */
export async function resetOnServer(): Promise<void> {
  await post('/demo/reset');
}

/** Fallback mode: the in-page memory client for this user name. */
export function memoryAccount(userName: string): DemoAccount {
  const client = createDemoClient(userName);
  return {
    mode: 'memory',
    userName,
    client,
    async signOutAndBack() {
      client.signOut();
    },
    // No server in this mode: the memory client checks and consumes the token as the endpoint would.
    async runAction(action, body, mfaToken) {
      const { scope } = SENSITIVE_ACTIONS[action] as { scope?: string };
      if (!mfaToken || !client.consumeToken(mfaToken, { action, ...(scope ? { scope } : {}) })) {
        throw new Error('This action needs a valid MFA token (a single-use one works only once).');
      }
      return {
        ...body,
        done: true,
        note: 'Checked by the in-page memory client (prototype mode).',
      };
    },
  };
}

export function createDemoClient(userName: string): MemoryMfaClient {
  return createMemoryClient({
    userName,
    issuer: ISSUER,
    latency: LATENCY_MS,
    storage: localStorage,
    storageKey: ACCOUNT_PREFIX + normalizeUserName(userName),
    actions: Object.fromEntries(Object.keys(SENSITIVE_ACTIONS).map((action) => [action, true])),
  });
}

/** Demo-only values per user, e.g. `extra(user, 'helper-key')`. */
export const extras = {
  get(userName: string, name: string): string | null {
    return localStorage.getItem(`${EXTRA_PREFIX}${normalizeUserName(userName)}:${name}`);
  },
  set(userName: string, name: string, value: string): void {
    localStorage.setItem(`${EXTRA_PREFIX}${normalizeUserName(userName)}:${name}`, value);
  },
  delete(userName: string, name: string): void {
    localStorage.removeItem(`${EXTRA_PREFIX}${normalizeUserName(userName)}:${name}`);
  },
};

/** Forget every demo account and its extras (not the colour scheme or theme choice). */
export function clearDemoData(): void {
  const doomed: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key && (key.startsWith(ACCOUNT_PREFIX) || key.startsWith(EXTRA_PREFIX))) doomed.push(key);
  }
  for (const key of doomed) localStorage.removeItem(key);
}
