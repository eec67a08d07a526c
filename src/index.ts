/**
 * mfa-elements: classes, types, events and context. Importing this module defines no tag and
 * touches no browser global, so server-side rendering frameworks can import it. Register the tags
 * with `mfa-elements/all.js` or one `mfa-elements/mfa-*.js` file each.
 */
export * from './client/index.js';
export * from './events/index.js';
export { mfaClientContext } from './context.js';
export {
  en,
  registerMessages,
  resolveMessages,
  type MfaMessages,
  type MfaTranslation,
  type Message,
  type PluralMessage,
} from './messages/index.js';
export {
  ClientCall,
  type ClientCallConfig,
  type ClientCallStatus,
} from './controllers/client-call.js';
export { Countdown } from './controllers/countdown.js';
export { MfaProvider } from '../components/provider/provider.js';
export { MfaOtpInput } from '../components/otp-input/otp-input.js';
export { MfaTotpEnroll } from '../components/totp-enroll/totp-enroll.js';
export { MfaRecoveryCodes } from '../components/recovery-codes/recovery-codes.js';
export { MfaPasskeyPrompt } from '../components/passkey-prompt/passkey-prompt.js';
export { MfaActionGuard } from '../components/action-guard/action-guard.js';
export { MfaFlow } from '../components/flow/flow.js';
export { MfaDevices } from '../components/devices/devices.js';
