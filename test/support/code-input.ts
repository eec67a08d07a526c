/**
 * The native input a code field draws: its own light-DOM child, or the input it put in the light
 * DOM of the outermost kit element and carries down through slots (docs/SECURITY.md 26).
 */
export function nativeInput(field: Element): HTMLInputElement | null {
  const slot = field.shadowRoot?.querySelector<HTMLSlotElement>('slot[name=input]');
  const input = slot?.assignedElements({ flatten: true })[0];
  return input instanceof HTMLInputElement ? input : null;
}

/** The `<mfa-otp-input>` that draws `input`: where its chain of slots ends. */
export function fieldOf(input: HTMLInputElement): HTMLElement | null {
  let slot = input.assignedSlot;
  while (slot?.assignedSlot) slot = slot.assignedSlot;
  const root = slot?.getRootNode();
  return root instanceof ShadowRoot ? (root.host as HTMLElement) : null;
}
