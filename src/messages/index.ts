export { en, type MfaMessages } from './en.js';
export { registerMessages, resolveMessages } from './registry.js';
export { errorMessage } from './error-message.js';
