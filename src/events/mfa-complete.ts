/**
 * The code field is full. Deliberately carries no detail: read the code from the field's
 * `.value`, so it never bubbles through the document.
 */
export class MfaCompleteEvent extends Event {
  constructor() {
    super('mfa-complete', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-complete': MfaCompleteEvent;
  }
}
