/**
 * What the lazily loaded views share, imported through this one module. A bundler splits shared
 * code by the set of chunks that reach it: imported one by one, the views' helpers became a
 * dozen chunks of a few hundred bytes each (one per combination of views), each a request and a
 * gzip stream of its own. Reached from every view through here, they make one chunk that the
 * first view loads and the others find cached (docs/ARCHITECTURE.md, "Bundle size").
 * Some names are here only for that (the views' own modules import them directly): what a view
 * shares with `all.js` (`latinDigits`, `inheritedLang`) then joins the chunk of Lit rather than
 * one of its own in the initial load. The verify step (`src/internal/verify/`) is left out: only
 * the guard and the flow need it, and it would weigh on every other page.
 */
export { viewCommonMessages } from '../messages/view-common.messages.js';
export { MfaError } from '../client/errors.js';
export { ClientCall } from '../controllers/client-call.js';
export { MfaCancelEvent } from '../events/mfa-cancel.js';
export { MfaEnrolledEvent } from '../events/mfa-enrolled.js';
export { MfaVerifiedEvent } from '../events/mfa-verified.js';
export { CODE_FIELD_PARTS } from './code-field-parts.js';
export { CodeEntry } from './code-entry.js';
export {
  composedContains,
  deepActiveElement,
  firstFocusable,
  settledUnder,
  stopEvent,
} from './dom.js';
export { headingLevel } from './heading-level.js';
export { icon, passkeyIcon, totpIcon } from './icons.js';
export { latinDigits } from './latin-digits.js';
export { describeAttempt, Lockout, lockoutStyles, lockSeconds } from './lockout.js';
export { inheritedLang } from './mfa-element.js';
export { MissingClient } from './missing-client.js';
export { browserSupportsPasskeys } from './passkey-support.js';
export { publicDevice, publicProof } from './public-detail.js';
export { reactive } from './reactive.js';
export { StepUp } from './step-up.js';
export { stepUpStyles } from './step-up.styles.js';
export { scopeList, tokenRequestFrom } from './token-request.js';
export { liveRegions, viewTokens } from './view-styles.js';
export { codeEntry } from '../styles/code-entry.styles.js';
export { controls } from '../styles/controls.styles.js';
export { fields } from '../styles/fields.styles.js';
export { methodIcon } from '../styles/method-icon.styles.js';
