/**
 * English strings of `<mfa-devices>`. They travel with the element's lazily loaded view and are
 * registered as English when it arrives; `MfaMessages` includes them.
 */
export const devicesMessages = {};
