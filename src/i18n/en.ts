/**
 * English, the reference language: every string of every element in one module. Other
 * languages (`./de.ts`, …) have exactly these keys, placeholders and plural messages; see
 * docs/TRANSLATING.md. Importing it registers English eagerly (the views otherwise bring theirs).
 */
import { actionGuardMessages } from '../../components/action-guard/action-guard.messages.js';
import { devicesMessages } from '../../components/devices/devices.messages.js';
import { flowMessages } from '../../components/flow/flow.messages.js';
import { passkeyPromptMessages } from '../../components/passkey-prompt/passkey-prompt.messages.js';
import { recoveryCodesMessages } from '../../components/recovery-codes/recovery-codes.messages.js';
import { totpEnrollMessages } from '../../components/totp-enroll/totp-enroll.messages.js';
import { en, type MfaTranslation } from '../messages/en.js';
import { registerDefaultMessages } from '../messages/registry.js';
import { viewCommonMessages } from '../messages/view-common.messages.js';

export const messages = {
  ...en,
  ...viewCommonMessages,
  ...totpEnrollMessages,
  ...recoveryCodesMessages,
  ...passkeyPromptMessages,
  ...actionGuardMessages,
  ...flowMessages,
  ...devicesMessages,
} as const satisfies MfaTranslation;

// Beneath, so a page's own English registered earlier keeps winning.
registerDefaultMessages('en', messages);
