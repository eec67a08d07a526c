import { copyMessages } from '../../src/messages/copy.messages.js';

/**
 * English strings of `<mfa-recovery-codes>`. They travel with the element's lazily loaded view
 * and are registered as English when it arrives; translate them with `registerMessages(lang, …)`
 * like any other string of the kit (`MfaMessages` includes them).
 */
export const recoveryCodesMessages = {
  ...copyMessages,
  recoveryCodesIntro:
    'Save these recovery codes somewhere safe, such as a password manager. If you lose your other sign-in methods, each code lets you sign in once.',
  recoveryCodesListLabel: 'Recovery codes',
  recoveryCodesCopy: 'Copy all',
  recoveryCodesDownload: 'Download',
  recoveryCodesDownloaded: 'Download started.',
  recoveryCodesPrint: 'Print',
  recoveryCodesConfirm: 'I have saved these codes',
  recoveryCodesContinue: 'Continue',
  recoveryCodesSaving: 'Saving…',
  recoveryCodesDone: 'Your recovery codes are saved. Keep them somewhere safe.',
  recoveryCodesRegenerating: 'Creating new recovery codes…',
  recoveryCodesRegenerated: 'New recovery codes are ready. Your old codes no longer work.',
  recoveryCodesFileTitle: (issuer?: string) => (issuer ? `${issuer} recovery codes` : 'Recovery codes'),
  recoveryCodesFileDate: (date: string) => `Created ${date}`,
  recoveryCodesFileNote: 'Each code can be used once. Keep them somewhere safe.',
  recoveryCodeLabel: 'Recovery code',
  recoveryCodeHint: 'Enter one of the recovery codes you saved. Dashes, spaces and case do not matter.',
  recoveryCodeMissing: 'Enter a recovery code.',
  recoveryCodeSubmit: 'Verify',
  recoveryCodeVerifying: 'Checking your code…',
  recoveryCodeVerified: 'Recovery code accepted.',
  recoveryCodesRemaining: (count: number) =>
    count === 0
      ? 'You have no recovery codes left. Create a new set now.'
      : count <= 3
        ? `You have ${count} recovery code${count === 1 ? '' : 's'} left. Create a new set soon.`
        : `You have ${count} recovery codes left.`,
};
