/**
 * English strings of `<mfa-devices>`. They travel with the element's lazily loaded view and are
 * registered as English when it arrives; `MfaMessages` includes them.
 */
export const devicesMessages = {
  devicesLoading: 'Loading your sign-in methods…',
  devicesListLabel: 'Your sign-in methods',
  devicesEmpty: 'No sign-in methods yet. Add one to turn on two-step verification.',
  devicesTypeTotp: 'Authenticator app',
  devicesTypePasskey: 'Passkey',
  devicesAddedOn: 'Added',
  devicesLastUsed: 'Last used',
  devicesNeverUsed: 'Not used yet',
  devicesState: 'Status',
  devicesVerified: 'Verified',
  devicesPending: 'Setup not finished',
  devicesDelete: 'Delete',
  devicesGuardLabel: 'Delete “{name}”',
  devicesDeleting: 'Deleting “{name}”…',
  devicesDeleted: '“{name}” was deleted.',
  devicesNotDeleted: 'Nothing was deleted.',
  devicesLastWarning:
    '“{name}” is your only way to confirm it’s you. If you delete it, two-step verification will be off for your account until you add another method.',
  devicesConfirmDelete: 'Delete anyway',
  devicesKeep: 'Keep it',
  devicesRecoveryTitle: 'Recovery codes',
  devicesRecoveryNone: 'No unused codes left. Create new ones.',
  devicesRecoveryRemaining: {
    one: '{count} unused code left.',
    other: '{count} unused codes left.',
  },
  devicesRegenerate: 'Create new codes',
  devicesRegenerateHint: 'Your old codes stop working when you create new ones.',
  devicesRegenerateGuardLabel: 'Create new recovery codes',
  devicesNewCodesTitle: 'Your new recovery codes',
  devicesSaveCodesTitle: 'Save your recovery codes',
  devicesFirstCodesSaved: 'Recovery codes saved.',
  devicesCodesSaved: 'New recovery codes saved. The old ones no longer work.',
  devicesNoNewCodes: 'No new codes were created.',
  devicesClose: 'Close',
  devicesAddTotp: 'Add authenticator app',
  devicesAddPasskey: 'Add passkey',
  devicesAddTitleTotp: 'Add an authenticator app',
  devicesAddTitlePasskey: 'Add a passkey',
  devicesCancel: 'Cancel',
  devicesOneTotp:
    'You can have one authenticator app. To move to another app or phone, delete the current one first, then add the new one.',
  devicesAdded: '“{name}” was added.',
} as const;
