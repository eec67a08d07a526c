/**
 * Driving the "verify with one of your methods" piece that <mfa-action-guard>'s dialog and
 * <mfa-flow>'s verify step share (src/internal/verify/verify-methods.ts): its tabs, the
 * authenticator-code form, and the nested passkey prompt.
 */
import type { MfaActionGuard } from '../../components/action-guard/action-guard.js';
import type { MfaOtpInput } from '../../components/otp-input/otp-input.js';
import { otpNativeInput, part, parts, text, typeInto, untilShown } from './fixture-support.js';

/** Whether a guard's dialog is open. */
export const isOpen = (guard: MfaActionGuard): boolean =>
  part<HTMLDialogElement>(guard, 'dialog')?.open === true;

/** The authenticator-code field of the piece in `host`'s shadow root. */
export const codeField = (host: Element): MfaOtpInput | null =>
  host.shadowRoot?.querySelector<MfaOtpInput>('.verify-methods mfa-otp-input') ?? null;

/** The nested passkey prompt's button (a part the host only passes through). */
export function passkeyButton(host: Element): HTMLButtonElement | null {
  const prompt = host.shadowRoot?.querySelector('.verify-methods mfa-passkey-prompt');
  return prompt ? part<HTMLButtonElement>(prompt, 'button') : null;
}

/** The nested recovery-code field. */
export const recoveryCodeInput = (host: Element): HTMLInputElement | null =>
  host.shadowRoot
    ?.querySelector('.verify-methods mfa-recovery-codes')
    ?.shadowRoot?.querySelector<HTMLInputElement>('[part~="input"]') ?? null;

/** The visible names of the tabs. */
export const tabNames = (host: Element): string[] => parts(host, 'method-tab').map(text);

/** Click the tab named `name`, then wait for its panel's control. */
export async function chooseTab<T extends Element>(
  host: Element,
  name: string,
  control: () => T | null | undefined,
): Promise<T> {
  const tab = await untilShown(
    host,
    () => parts(host, 'method-tab').find((t) => text(t) === name),
    `the ${name} tab`,
  );
  tab.click();
  return untilShown(
    host,
    () => tab.getAttribute('aria-selected') === 'true' && control(),
    `the ${name} panel`,
  );
}

/** Type a code into the authenticator-code form and press Verify. */
export async function submitCode(host: Element, code: string): Promise<void> {
  const field = await untilShown(host, () => codeField(host), 'the code field');
  await field.updateComplete;
  typeInto(otpNativeInput(field), code);
  await field.updateComplete;
  part<HTMLButtonElement>(host, 'verify-button')!.click();
}

/** A code that is not `right`. */
export const wrongCodeFor = (right: string): string => (right === '000000' ? '111111' : '000000');
