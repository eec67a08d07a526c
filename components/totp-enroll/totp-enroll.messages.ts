/**
 * English strings of `<mfa-totp-enroll>`. They travel with the element's lazily loaded view
 * and are registered as English when it arrives; `MfaMessages` includes them.
 */
export const totpEnrollMessages = {
  totpLoading: 'Preparing your authenticator app setup…',
  totpScanTitle: 'Scan this QR code',
  totpScanHint: 'Open your authenticator app, add an account and point the camera at the code.',
  totpQrLabel: 'QR code to add {account} to your authenticator app',
  totpQrLabelIssuer: 'QR code to add {issuer} ({account}) to your authenticator app',
  totpIssuer: 'Service',
  totpAccount: 'Account',
  totpManualHint: "Can't scan it? Enter this setup key instead:",
  totpCopySecret: 'Copy key',
  totpOpenLink: 'Set up on this device',
  totpCodeTitle: { one: 'Enter the {count}-digit code', other: 'Enter the {count}-digit code' },
  totpCodeHint: 'Type the code your app now shows for this account.',
  totpCodeLabel: 'Code from your authenticator app',
  totpSubmit: 'Verify',
  totpVerifying: 'Checking the code…',
  totpRetryIn: 'Try again {time}.',
  totpEnrolled: 'Authenticator app added',
  totpEnrolledHint: "From now on you'll use a code from the app when you sign in.",
} as const;
