/**
 * The demo's "sign-in": a user name, and one memory client per user name whose whole state is kept
 * in localStorage — so a reload keeps the enrollment. Prototype mode only: the memory client holds
 * every secret in the page.
 */
import { createMemoryClient, type MemoryMfaClient } from '../src/testing/index.js';

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

export function createDemoClient(userName: string): MemoryMfaClient {
  return createMemoryClient({
    userName,
    issuer: ISSUER,
    latency: LATENCY_MS,
    storage: localStorage,
    storageKey: ACCOUNT_PREFIX + normalizeUserName(userName),
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
