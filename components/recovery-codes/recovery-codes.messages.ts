/**
 * English strings of `<mfa-recovery-codes>`. They travel with the element's lazily loaded view
 * and are registered as English when it arrives; `MfaMessages` includes them.
 */
export const recoveryCodesMessages = {
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
  recoveryCodesFileTitle: 'Recovery codes',
  recoveryCodesFileTitleNamed: '{issuer} recovery codes',
  recoveryCodesFileDate: 'Created {date}',
  recoveryCodesFileNote: 'Each code can be used once. Keep them somewhere safe.',
  recoveryCodeLabel: 'Recovery code',
  recoveryCodeHint:
    'Enter one of the recovery codes you saved. Dashes, spaces and case do not matter.',
  recoveryCodeMissing: 'Enter a recovery code.',
  recoveryCodeSubmit: 'Verify',
  recoveryCodeVerifying: 'Checking your code…',
  recoveryCodeVerified: 'Recovery code accepted.',
  recoveryCodesNoneLeft: 'You have no recovery codes left. Create a new set now.',
  recoveryCodesFewLeft: {
    one: 'You have {count} recovery code left. Create a new set soon.',
    other: 'You have {count} recovery codes left. Create a new set soon.',
  },
  recoveryCodesRemaining: {
    one: 'You have {count} recovery code left.',
    other: 'You have {count} recovery codes left.',
  },
} as const;
