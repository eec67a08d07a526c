/**
 * English strings of `<mfa-action-guard>`. They travel with the element's lazily loaded view and are
 * registered as English when it arrives; `MfaMessages` includes them.
 */
export const actionGuardMessages = {};
