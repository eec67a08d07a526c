export {
  en,
  type MfaMessages,
  type MfaTranslation,
  type MessageKey,
  type EnglishMessages,
} from './en.js';
export type { Message, PluralMessage, PluralCategory, MessageParams } from './message-types.js';
export { registerMessages, resolveMessages, languageChain } from './registry.js';
export { formatMessage } from './format.js';
export { errorMessage } from './error-message.js';
