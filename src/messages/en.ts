import type { Formatted, Translated } from './message-types.js';

/**
 * The English strings every page needs up front (shared ones and <mfa-otp-input>'s); the lazily
 * loaded views bring their own (`*.messages.ts` beside each element). Every language provides all
 * of them in one module (`src/i18n/<tag>.ts`, see docs/TRANSLATING.md); `.messages` overrides
 * single strings on one element. The format (strings, `{placeholders}`, plurals) is described in
 * message-types.ts.
 */
export const en = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: "That code didn't work. Check it and try again.",
  errorRateLimited: 'Too many attempts. Wait a moment and try again.',
  errorRetryIn: 'Too many attempts. Try again {time}.',
  errorExpired: 'This step has expired. Please start again.',
  errorAlreadyEnrolled: 'An authenticator app is already set up for your account. Remove it before adding another one.',
  errorNotEnrolled: 'This method is not set up for your account yet.',
  errorPasskeyCancelled: 'The passkey request was cancelled or timed out.',
  errorPasskeyUnsupported: "This browser or device doesn't support passkeys.",
  errorUnauthorized: 'Your session has ended. Please sign in again.',
  errorInvalidRequest: 'The request was not accepted. Please try again.',
  errorNetwork: "We couldn't reach the server. Check your connection and try again.",
  errorUnknown: 'Something went wrong. Please try again.',
  errorNoClient: 'This element has no MFA client. Put it inside <mfa-provider> or set its client property.',
  tryAgain: 'Try again',
  loading: 'Loading…',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: "Couldn't copy. Select the text and copy it yourself.",

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Verification code',
  otpValueMissing: 'Enter the code.',
  otpTooShort: { one: 'Enter {count} digit.', other: 'Enter all {count} digits.' },
  otpPatternMismatch: 'Use digits only.',
  otpTooLong: { one: 'Enter only {count} digit.', other: 'Enter only {count} digits.' },
} as const;

/** Every English string, including those of lazily loaded views (src/i18n/en.ts holds them all). */
export type EnglishMessages = typeof en &
  typeof import('../../components/recovery-codes/recovery-codes.messages.js').recoveryCodesMessages &
  typeof import('../../components/totp-enroll/totp-enroll.messages.js').totpEnrollMessages &
  typeof import('../../components/passkey-prompt/passkey-prompt.messages.js').passkeyPromptMessages &
  typeof import('../../components/action-guard/action-guard.messages.js').actionGuardMessages &
  typeof import('../../components/flow/flow.messages.js').flowMessages &
  typeof import('../../components/devices/devices.messages.js').devicesMessages;

/** A message key, e.g. `'otpLabel'`. */
export type MessageKey = keyof EnglishMessages;

/**
 * The strings as elements use them, in the element's language: `msg.copy` is a string,
 * `msg.devicesDeleted({ name })` and `msg.otpTooShort({ count: 6 })` format their placeholders.
 */
export type MfaMessages = { readonly [K in MessageKey]: Formatted<EnglishMessages[K]> };

/**
 * A whole language, as a language module writes it (`satisfies MfaTranslation` makes the compiler
 * list a missing key). `registerMessages()` and `.messages` take any part of it.
 */
export type MfaTranslation = { readonly [K in MessageKey]: Translated<EnglishMessages[K]> };
