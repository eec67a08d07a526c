/**
 * English strings of `<mfa-flow>`. They travel with the element's lazily loaded view and are
 * registered as English when it arrives; `MfaMessages` includes them.
 */
export const flowMessages = {};
