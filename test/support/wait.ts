import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * open-wc's `waitUntil`, but waiting up to 5 s by default instead of 1 s. A condition the page
 * reaches by itself (a lazily loaded view drawn, an answer from a client with latency, a focus
 * moved after a render) takes longer on a busy 2-core CI machine, where the dev server transforms
 * modules on first request; a test asserts that it happens, not how fast (speed is measured by
 * `npm run bench`). What must NOT happen is checked after a fixed wait instead (`aTimeout`).
 */
export function waitUntil(
  predicate: () => unknown,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 5000, ...options });
}
