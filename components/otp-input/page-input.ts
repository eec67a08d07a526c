import { MfaElement } from '../../src/internal/mfa-element.js';

/**
 * Where the native input of an `<mfa-otp-input>` lives, so that password managers scanning the
 * document's light DOM find it (docs/SECURITY.md 26; docs/ARCHITECTURE.md, "The code field's
 * input in the page").
 *
 * A field in the document is the input's parent. A field that a kit element renders in its shadow
 * root (`<mfa-flow>`, `<mfa-action-guard>`…, nested to any depth) puts the input in the light DOM
 * of the outermost kit element instead, and carries it down with one `<slot>` per shadow root in
 * between, each a child of the element that shadow root renders:
 *
 *     <mfa-flow>                                         the page
 *       <input slot="mfa-code-1">                        ← the input
 *       #shadow-root
 *         <mfa-totp-enroll>
 *           <slot name="mfa-code-1" slot="mfa-code-1">   ← made here, by the field
 *           #shadow-root
 *             <mfa-otp-input>
 *               <slot name="mfa-code-1" slot="input">
 *
 * Only the field makes and removes these nodes: the views render nothing for them, and Lit leaves
 * children it did not render alone. Each field has names of its own, so two fields never share an
 * input, and a field that leaves the page takes its input and slots with it.
 */
export interface PageInputPlace {
  /** The element whose light-DOM child the input is. */
  holder: Element;
  /** The slots that carry the input from `holder` down to the field (none when `holder` is it). */
  slots: HTMLSlotElement[];
}

let fields = 0;

/** Put `input` in the page for `field` (see above) and say where. */
export function placeInPage(field: HTMLElement, input: HTMLInputElement): PageInputPlace {
  const name = `mfa-code-${++fields}`;
  const slots: HTMLSlotElement[] = [];
  let holder: Element = field;
  let slotName = 'input';
  let root = field.getRootNode();
  // Only a kit element's shadow root: an app's own component renders no slot for the input.
  while (root instanceof ShadowRoot && root.host instanceof MfaElement) {
    const slot = field.ownerDocument.createElement('slot');
    slot.name = name;
    slot.slot = slotName;
    holder.append(slot);
    slots.push(slot);
    slotName = name;
    holder = root.host;
    root = holder.getRootNode();
  }
  input.slot = slotName;
  if (input.parentNode !== holder) holder.append(input);
  return { holder, slots };
}

/** Take away what `placeInPage` put outside the field; its own child input stays with it. */
export function leavePage(
  field: HTMLElement,
  place: PageInputPlace,
  input: HTMLInputElement,
): void {
  for (const slot of place.slots) slot.remove();
  if (place.holder !== field) input.remove();
}
