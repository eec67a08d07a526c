import { verifyMethodsMessages } from '../../src/internal/verify/verify-methods.messages.js';

/**
 * English strings of `<mfa-action-guard>` (with those of the verify piece it shows). They travel
 * with the element's lazily loaded view and are registered as English when it arrives;
 * `MfaMessages` includes them.
 */
export const actionGuardMessages = {
  ...verifyMethodsMessages,
  actionGuardHeading: "Confirm it's you",
  actionGuardChecking: 'Checking whether this action needs verification…',
  actionGuardLoading: 'Loading your verification methods…',
  actionGuardCancel: 'Cancel',
  actionGuardClose: 'Close',
  actionGuardNoMethod:
    'This action needs two-step verification, and no method is set up for your account yet. Add an authenticator app or a passkey in your account settings, then try again.',
  actionGuardEnrollIntro:
    "This action needs two-step verification. Set up a method now, then use it to confirm it's you.",
  actionGuardEnrollLabel: 'Method to set up',
  actionGuardEnrollPasskey: 'Passkey',
  actionGuardEnrollTotp: 'Authenticator app',
  // A user with no method, when the client can email or text a one-time code (reauth-code.ts).
  actionGuardReauthSend: 'Email me a code',
  actionGuardReauthSent: 'We emailed a code to {destination}. Enter it here.',
  actionGuardReauthLabel: 'Code from the email',
  actionGuardReauthResend: 'Send a new code',
  actionGuardReauthSendSms: 'Text me a code',
  actionGuardReauthSentSms: 'We texted a code to {destination}. Enter it here.',
  actionGuardReauthLabelSms: 'Code from the text message',
  // The resend wait (resend-countdown.ts): the visible line, and what is announced at its start.
  actionGuardReauthResendIn: 'You can send a new code {time}.',
  actionGuardReauthResendReady: 'You can send a new code now.',
  actionGuardEnrolled:
    "Your new method is set up. Now use it to confirm it's you (an authenticator app needs its next code).",
} as const;
