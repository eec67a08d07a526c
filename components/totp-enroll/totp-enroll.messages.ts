import { copyMessages } from '../../src/messages/copy.messages.js';
import { stepUpMessages } from '../../src/messages/step-up.messages.js';

/** `45 seconds`, `2 minutes` — as the shared strings in src/messages/en.ts say it. */
function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/**
 * English strings of `<mfa-totp-enroll>`. They travel with the element's lazily loaded view
 * and are registered as English when it arrives; translate them with `registerMessages(lang, …)`
 * like any other string of the kit (`MfaMessages` includes them).
 */
export const totpEnrollMessages = {
  ...copyMessages,
  ...stepUpMessages,
  totpLoading: 'Preparing your authenticator app setup…',
  totpScanTitle: 'Scan this QR code',
  totpScanHint: 'Open your authenticator app, add an account and point the camera at the code.',
  totpQrLabel: (issuer: string, account: string) =>
    issuer ? `QR code to add ${issuer} (${account}) to your authenticator app` : `QR code to add ${account} to your authenticator app`,
  totpIssuer: 'Service',
  totpAccount: 'Account',
  totpManualHint: "Can't scan it? Enter this setup key instead:",
  totpCopySecret: 'Copy key',
  totpOpenLink: 'Set up on this device',
  totpCodeTitle: (digits: number) => `Enter the ${digits}-digit code`,
  totpCodeHint: 'Type the code your app now shows for this account.',
  totpCodeLabel: 'Code from your authenticator app',
  totpSubmit: 'Verify',
  totpVerifying: 'Checking the code…',
  totpRetryIn: (seconds: number) => `Try again in ${duration(seconds)}.`,
  totpEnrolled: 'Authenticator app added',
  totpEnrolledHint: "From now on you'll use a code from the app when you sign in.",
};
