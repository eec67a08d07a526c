/**
 * English strings of `<mfa-passkey-prompt>`. They travel with the element's lazily loaded view and are
 * registered as English when it arrives; `MfaMessages` includes them.
 */
export const passkeyPromptMessages = {
  passkeyAuthenticate: 'Use a passkey',
  passkeyRegister: 'Create a passkey',
  passkeyAliasLabel: 'Passkey name (optional)',
  passkeyAliasHint: 'A name you will recognise later, such as “Work laptop”.',
  passkeyWaiting: 'Waiting for your passkey…',
  passkeyCancelled: 'No passkey was used. You can try again when you are ready.',
  passkeyVerified: 'Passkey accepted.',
  passkeyRejected: 'Your passkey could not be verified. Try again, or use another way to sign in.',
  passkeyAlreadyRegistered: 'This passkey is already set up for your account.',
  passkeyCreated: 'Passkey created.',
  passkeyCreatedNamed: 'Passkey “{alias}” created.',
} as const;
