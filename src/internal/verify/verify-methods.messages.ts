/**
 * English strings of the "verify with one of your methods" piece (verify-methods.ts). A view that
 * hosts it spreads these into its own `messages`, so they are registered whichever element loads first.
 */
export const verifyMethodsMessages = {
  verifyMethodsLabel: 'Verification method',
  verifyMethodPasskey: 'Passkey',
  verifyMethodTotp: 'Authenticator app',
  verifyMethodRecoveryCode: 'Recovery code',
  verifyPasskeyHint: 'Use the passkey on this device, on your phone or on a security key.',
  verifyTotpHint: 'Enter the 6-digit code your authenticator app shows now.',
  verifyTotpLabel: 'Code from your authenticator app',
  verifyTotpSubmit: 'Verify',
  verifyTotpVerifying: 'Checking your code…',
} as const;
