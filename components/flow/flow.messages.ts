/**
 * English strings of `<mfa-flow>`. They travel with the element's lazily loaded view and are
 * registered as English when it arrives; `MfaMessages` includes them.
 */
export const flowMessages = {
  flowChecking: 'Checking your sign-in security…',
  flowEnrollHeading: 'Add a second way to sign in',
  flowEnrollIntro: 'Choose how you will confirm it’s you when you sign in.',
  flowChoiceTotp: 'Authenticator app',
  flowChoiceTotpHint: 'Enter a 6-digit code from an app such as Google Authenticator or 1Password.',
  flowChoicePasskey: 'Passkey',
  flowChoicePasskeyHint:
    'Use your device’s screen lock (fingerprint, face or PIN) or a security key.',
  flowTotpHeading: 'Set up an authenticator app',
  flowPasskeyHeading: 'Create a passkey',
  flowPasskeyIntro: 'Your browser will ask you to create a passkey for this account.',
  flowBack: 'Choose another way',
  flowNoMethod: 'None of the ways to sign in offered here works in this browser.',
  flowVerifyHeading: 'Confirm it’s you',
  flowVerifyIntro: 'Use one of your sign-in methods to continue.',
  flowAcknowledgeHeading: 'Save your recovery codes',
  flowEnrolledPasskey: 'Passkey added.',
  flowEnrolledTotp: 'Authenticator app added.',
  flowVerified: 'Verified.',
  flowCodesSaved: 'Recovery codes saved.',
  flowDoneHeading: 'You’re all set',
  flowDone: 'Two-step verification is on for your account.',
} as const;
