import type { Formatted, Translated } from './message-types.js';

/**
 * The English strings every page needs up front (shared ones and <mfa-otp-input>'s); the lazily
 * loaded views bring their own (`*.messages.ts` beside each element). Every language provides all
 * of them in one module (`src/i18n/<tag>.ts`, see docs/TRANSLATING.md); `.messages` overrides
 * single strings on one element. The format (strings, `{placeholders}`, plurals) is described in
 * message-types.ts.
 */
export const en = {
  // --- shared (the loading line of every lazily loaded view) -------------------------------
  errorNetwork: "We couldn't reach the server. Check your connection and try again.",
  tryAgain: 'Try again',
  loading: 'Loading…',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Verification code',
  otpValueMissing: 'Enter the code.',
  otpTooShort: { one: 'Enter {count} digit.', other: 'Enter all {count} digits.' },
  otpPatternMismatch: 'Use digits only.',
  otpTooLong: { one: 'Enter only {count} digit.', other: 'Enter only {count} digits.' },
} as const;

/** Every English string, including those of lazily loaded views (src/i18n/en.ts holds them all). */
export type EnglishMessages = typeof en &
  typeof import('./view-common.messages.js').viewCommonMessages &
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

/**
 * A text chosen now and worded when rendered: views keep live-region notices as phrases, so a
 * language switch rewords what is on screen instead of leaving it in the old language.
 */
export type Phrase = (messages: MfaMessages) => string;
