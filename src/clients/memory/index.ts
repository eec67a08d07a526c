/**
 * `mfa-elements/testing` — the in-page memory client and a manual clock, for tests and
 * prototypes.
 *
 * **Never ship this to production**: the memory client keeps TOTP secrets, recovery codes,
 * MFA tokens and the lockout counter in the page (and in `storage`, if given), where any script
 * can read or reset them. Use the HTTP client against a real server instead.
 */
export {
  MemoryMfaClient,
  createMemoryClient,
  DELETE_DEVICE_ACTION,
  REGENERATE_RECOVERY_CODES_ACTION,
  DEFAULT_STORAGE_KEY,
  type MemoryClientOptions,
  type FailNextCallOptions,
  type TotpSetUp,
  type ThrottleSnapshot,
} from './memory-client.js';
export { ManualClock } from './manual-clock.js';
export { preloadPasskeySupport } from './passkeys.js';
export type { ConsumeTokenOptions } from './tokens.js';
