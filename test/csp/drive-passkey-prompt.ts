/**
 * <mfa-passkey-prompt> under the strict policy: unsupported, cancelled, a failure, waiting for
 * the passkey, then a real registration and a real sign-in. The test page adds Chromium's
 * virtual authenticator before loading the fixture (it answers for this same-origin frame too);
 * the memory client verifies with @simplewebauthn/server in the page.
 */
import { passkeyPromptMessages } from '../../components/passkey-prompt/passkey-prompt.messages.js';
import type { MfaPasskeyPrompt } from '../../components/passkey-prompt/passkey-prompt.js';
import type { MfaEnrolledEvent } from '../../src/events/mfa-enrolled.js';
import type { MfaVerifiedEvent } from '../../src/events/mfa-verified.js';
import type { MemoryMfaClient } from '../../src/clients/memory/index.js';
import { CallGate, once, part, step, text, until, untilShown } from './fixture-support.js';

export interface PasskeyPromptRendered {
  unsupported: boolean;
  cancelled: boolean;
  failed: boolean;
  waiting: boolean;
  registered: boolean;
  verified: boolean;
  /** The action the sign-in's single-use token is bound to. */
  tokenAction: string;
}

function prompt(container: Element, mode: 'register' | 'authenticate'): MfaPasskeyPrompt {
  const el = document.createElement('mfa-passkey-prompt');
  el.mode = mode;
  container.append(el);
  return el;
}

const button = (el: MfaPasskeyPrompt) =>
  untilShown(el, () => part<HTMLButtonElement>(el, 'button'), 'the passkey button');

const settled = (el: MfaPasskeyPrompt) =>
  untilShown(el, () => !el.hasState('pending'), 'the end of the ceremony', 15_000);

/**
 * `container` provides `gated` (e.g. an <mfa-provider>): `client` behind `gate`, which can hold
 * the passkey calls. The user's session must allow adding a passkey.
 */
export async function drivePasskeyPrompt(
  container: Element,
  client: MemoryMfaClient,
  gate: CallGate,
): Promise<PasskeyPromptRendered> {
  const rendered: PasskeyPromptRendered = {
    unsupported: false,
    cancelled: false,
    failed: false,
    waiting: false,
    registered: false,
    verified: false,
    tokenAction: '',
  };

  // The client says this device cannot do passkeys: said so, button disabled.
  const unsupported = prompt(container, 'register');
  client.failNextCall('passkey-unsupported');
  (await button(unsupported)).click();
  await untilShown(
    unsupported,
    () => unsupported.hasState('unsupported') && text(part(unsupported, 'error')),
    'the unsupported message',
  );
  rendered.unsupported = part(unsupported, 'button')?.getAttribute('aria-disabled') === 'true';
  unsupported.remove();
  step('passkey-prompt unsupported');

  const register = prompt(container, 'register');
  register.alias = 'Laptop';

  // The user closes the passkey sheet: not an error, "Try again".
  client.failNextCall('passkey-cancelled');
  const cancelled = once(register, 'mfa-cancel');
  (await button(register)).click();
  await cancelled;
  await untilShown(
    register,
    () => register.hasState('cancelled') && part(register, 'retry-button'),
    'the cancelled state',
  );
  rendered.cancelled = text(part(register, 'status')) === passkeyPromptMessages.passkeyCancelled;
  step('passkey-prompt cancelled');

  client.failNextCall('network');
  const failed = once(register, 'mfa-error');
  part<HTMLButtonElement>(register, 'button')!.click();
  await failed;
  await settled(register);
  rendered.failed = text(part(register, 'error')) !== '';
  step('passkey-prompt error');

  // Waiting for the passkey, then a real registration.
  gate.shut();
  const enrolled = once(register, 'mfa-enrolled', 15_000) as Promise<MfaEnrolledEvent>;
  part<HTMLButtonElement>(register, 'button')!.click();
  await untilShown(
    register,
    () =>
      register.hasState('pending') &&
      text(part(register, 'status')) === passkeyPromptMessages.passkeyWaiting,
    'the waiting state',
  );
  rendered.waiting = true;
  step('passkey-prompt waiting');
  gate.open();
  const { device } = (await enrolled).detail;
  await settled(register);
  rendered.registered =
    register.hasState('done') && device.type === 'passkey' && device.alias === 'Laptop';
  step('passkey-prompt registered');

  // Sign in with it, asking for a single-use token bound to an action.
  const signIn = prompt(container, 'authenticate');
  signIn.token = 'single-use';
  signIn.action = 'wallet.export';
  const verified = once(signIn, 'mfa-verified', 15_000) as Promise<MfaVerifiedEvent>;
  (await button(signIn)).click();
  const proof = (await verified).detail;
  await settled(signIn);
  rendered.verified =
    signIn.hasState('done') && proof.method === 'passkey' && proof.deviceId === device.id;
  rendered.tokenAction = proof.token?.action ?? '';
  await until(
    () => text(part(signIn, 'status')) === passkeyPromptMessages.passkeyVerified,
    'the verified message',
  );
  register.remove();
  signIn.remove();
  step('passkey-prompt verified');
  return rendered;
}
