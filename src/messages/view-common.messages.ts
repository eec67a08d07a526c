/**
 * English strings that several lazily loaded views share: what errors say, and copying. Each view
 * brings them with its own strings (they are registered as English when it arrives), which keeps
 * them out of the initial load; `MfaMessages` includes them.
 */
// `{time}` and `{date}` are formatted only in the views' strings: their formats come with them.
import './param-formats.js';

export const viewCommonMessages = {
  errorInvalidCode: "That code didn't work. Check it and try again.",
  errorRateLimited: 'Too many attempts. Wait a moment and try again.',
  errorRetryIn: 'Too many attempts. Try again {time}.',
  // A lock without an end the server will tell (a hard lock, docs/SECURITY.md 7): no "moment".
  errorLockedOut: 'Too many attempts. Try again later or use another method.',
  // Said once when a lockout ends (src/internal/lockout.ts).
  retryNow: 'You can try again now.',
  errorExpired: 'This step has expired. Please start again.',
  errorAlreadyEnrolled:
    'An authenticator app is already set up for your account. Remove it before adding another one.',
  errorNotEnrolled: 'This method is not set up for your account yet.',
  errorPasskeyCancelled: 'The passkey request was cancelled or timed out.',
  errorPasskeyUnsupported: "This browser or device doesn't support passkeys.",
  errorUnauthorized: 'Your session has ended. Please sign in again.',
  errorStepUpRequired: "Confirm it's you first.",
  errorInvalidRequest: 'The request was not accepted. Please try again.',
  errorUnknown: 'Something went wrong. Please try again.',
  errorNoClient:
    'This element has no MFA client. Put it inside <mfa-provider> or set its client property.',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: "Couldn't copy. Select the text and copy it yourself.",
  // "Confirm it's you first" (src/internal/step-up.ts), before a factor is added.
  stepUpConfirm: "Confirm it's you",
} as const;
