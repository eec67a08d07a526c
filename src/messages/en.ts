/**
 * The user-visible strings every page needs up front (shared ones and <mfa-otp-input>'s); the
 * lazily loaded views bring their own (`*.messages.ts` beside each element). Add a translation with `registerMessages('de', {...})`,
 * or override single strings on one element with `.messages = { otpLabel: '…' }`.
 */
function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

export const en = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: "That code didn't work. Check it and try again.",
  errorRateLimited: 'Too many attempts. Wait a moment and try again.',
  errorRetryIn: (seconds: number) => `Too many attempts. Try again in ${duration(seconds)}.`,
  errorExpired: 'This step has expired. Please start again.',
  errorAlreadyEnrolled: 'An authenticator app is already set up for your account. Remove it before adding another one.',
  errorNotEnrolled: 'This method is not set up for your account yet.',
  errorPasskeyCancelled: 'The passkey request was cancelled or timed out.',
  errorPasskeyUnsupported: "This browser or device doesn't support passkeys.",
  errorUnauthorized: 'Your session has ended. Please sign in again.',
  errorStepUpRequired: "Confirm it's you first.",
  errorInvalidRequest: 'The request was not accepted. Please try again.',
  errorNetwork: "We couldn't reach the server. Check your connection and try again.",
  errorUnknown: 'Something went wrong. Please try again.',
  errorNoClient: 'This element has no MFA client. Put it inside <mfa-provider> or set its client property.',
  tryAgain: 'Try again',
  loading: 'Loading…',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Verification code',
  otpValueMissing: 'Enter the code.',
  otpTooShort: (length: number) => `Enter all ${length} digits.`,
  otpPatternMismatch: 'Use digits only.',
  otpTooLong: (length: number) => `Enter only ${length} digits.`,
};

/**
 * Every string, including those of lazily loaded views (their English arrives with the view;
 * translations and `.messages` overrides can name them all from the start).
 */
export type MfaMessages = typeof en &
  typeof import('../../components/recovery-codes/recovery-codes.messages.js').recoveryCodesMessages &
  typeof import('../../components/totp-enroll/totp-enroll.messages.js').totpEnrollMessages &
  typeof import('../../components/passkey-prompt/passkey-prompt.messages.js').passkeyPromptMessages &
  typeof import('../../components/action-guard/action-guard.messages.js').actionGuardMessages &
  typeof import('../../components/flow/flow.messages.js').flowMessages &
  typeof import('../../components/devices/devices.messages.js').devicesMessages;
