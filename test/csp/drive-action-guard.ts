/**
 * <mfa-action-guard> under the strict policy: an action that needs no proof (replayed at once), a
 * failed check with Try again, the modal dialog and each method tab (passkey, authenticator app,
 * recovery code), a wrong code, the right code and the replay, Cancel, a real passkey, and
 * `enroll-if-missing` for a user with no method: the enrollment tab with its QR code, then a
 * fresh code.
 */
import { actionGuardMessages as msg } from '../../components/action-guard/action-guard.messages.js';
import type { MfaActionGuard } from '../../components/action-guard/action-guard.js';
import type { MfaOtpInput } from '../../components/otp-input/otp-input.js';
import type { MfaTotpEnroll } from '../../components/totp-enroll/totp-enroll.js';
import type { MfaActionAuthorizedEvent } from '../../src/events/mfa-action-authorized.js';
import type { MfaCancelEvent } from '../../src/events/mfa-cancel.js';
import type { ManualClock, MemoryMfaClient } from '../../src/clients/memory/index.js';
import {
  once,
  otpNativeInput,
  part,
  parts,
  step,
  text,
  typeInto,
  until,
  untilShown,
} from './fixture-support.js';
import {
  chooseTab,
  codeField,
  isOpen,
  passkeyButton,
  recoveryCodeInput,
  submitCode,
  tabNames,
  wrongCodeFor,
} from './verify-methods-support.js';

export interface ActionGuardRendered {
  /** The action needing no proof ran once, with no dialog. */
  notRequiredReplayed: boolean;
  /** The failed check showed an error and Try again in the dialog. */
  checkError: boolean;
  /** The method tabs, in order. */
  tabs: string[];
  /** The panels shown for them: passkey button, code field, recovery code field. */
  panels: string[];
  wrongCode: boolean;
  /** The method of the authorization by code, and how often the guarded button then ran. */
  authorizedBy: string;
  runsAfterCode: number;
  cancelled: boolean;
  runsAfterCancel: number;
  /** A real passkey authorized it too. */
  authorizedByPasskey: boolean;
  /** `enroll-if-missing`: the enrollment tabs, the QR code drawn, and the fresh code's proof. */
  enrollTabs: string[];
  enrollQr: boolean;
  enrolledThenAuthorized: boolean;
}

interface Guarded {
  guard: MfaActionGuard;
  control: HTMLButtonElement;
  /** How often the app's own click listener ran. */
  runs(): number;
}

function guarded(
  container: Element,
  action: string,
  options: { enrollIfMissing?: boolean } = {},
): Guarded {
  const guard = document.createElement('mfa-action-guard');
  guard.action = action;
  guard.label = 'Export your private key';
  guard.enrollIfMissing = options.enrollIfMissing ?? false;
  const control = document.createElement('button');
  control.type = 'button';
  control.textContent = 'Export key';
  let count = 0;
  control.addEventListener('click', () => count++);
  guard.append(control);
  container.append(guard);
  return { guard, control, runs: () => count };
}

const settled = (guard: MfaActionGuard) =>
  untilShown(
    guard,
    () => !guard.hasState('pending') && !guard.hasState('checking'),
    'the guard to settle',
    15_000,
  );

/**
 * `container` provides `client`, whose user (once <mfa-passkey-prompt> ran) has an authenticator
 * app, a passkey and recovery codes; `wallet.export` needs MFA, `wallet.view` does not. `fresh`
 * is a user with no method, on the same `clock`.
 */
export async function driveActionGuard(
  container: Element,
  client: MemoryMfaClient,
  fresh: MemoryMfaClient,
  clock: ManualClock,
): Promise<ActionGuardRendered> {
  const rendered: ActionGuardRendered = {
    notRequiredReplayed: false,
    checkError: false,
    tabs: [],
    panels: [],
    wrongCode: false,
    authorizedBy: '',
    runsAfterCode: 0,
    cancelled: false,
    runsAfterCancel: 0,
    authorizedByPasskey: false,
    enrollTabs: [],
    enrollQr: false,
    enrolledThenAuthorized: false,
  };

  // An action that needs no proof: the click is held, checked, and replayed once; no dialog.
  const view = guarded(container, 'wallet.view');
  view.control.click();
  await untilShown(view.guard, () => view.runs() === 1, 'the replayed click');
  await settled(view.guard);
  rendered.notRequiredReplayed = view.runs() === 1 && !isOpen(view.guard);
  view.guard.remove();
  step('action-guard not required');

  // The check fails: the dialog says so and offers Try again.
  const { guard, control, runs } = guarded(container, 'wallet.export');
  client.failNextCall('network');
  const failed = once(guard, 'mfa-error');
  control.click();
  await failed;
  const retry = await untilShown(
    guard,
    () => isOpen(guard) && part<HTMLButtonElement>(guard, 'retry-button'),
    'Try again',
  );
  rendered.checkError = text(part(guard, 'error')) !== '';
  step('action-guard check error');

  // Try again: the methods, passkey first.
  retry.click();
  const firstPanel = await untilShown(guard, () => passkeyButton(guard), 'the passkey panel');
  rendered.tabs = tabNames(guard);
  rendered.panels.push(firstPanel.localName);
  step('action-guard passkey tab');
  const field = await chooseTab(guard, msg.verifyMethodTotp, () => codeField(guard));
  rendered.panels.push(field.localName);
  step('action-guard code tab');
  const recoveryInput = await chooseTab(guard, msg.verifyMethodRecoveryCode, () =>
    recoveryCodeInput(guard),
  );
  rendered.panels.push(recoveryInput.localName);
  step('action-guard recovery-code tab');

  // Back to the app: a wrong code, then the right one; the held click runs once.
  await chooseTab(guard, msg.verifyMethodTotp, () => codeField(guard));
  const right = client.totpCode();
  const wrong = once(guard, 'mfa-error');
  await submitCode(guard, wrongCodeFor(right));
  await wrong;
  await settled(guard);
  rendered.wrongCode = codeField(guard)?.hasState('invalid') === true && isOpen(guard);
  step('action-guard wrong code');
  const authorized = once(guard, 'mfa-action-authorized') as Promise<MfaActionAuthorizedEvent>;
  await submitCode(guard, right);
  rendered.authorizedBy = (await authorized).detail.method;
  await untilShown(guard, () => !isOpen(guard) && runs() === 1, 'the replay');
  rendered.runsAfterCode = runs();
  step('action-guard authorized by code');

  // Again, and Cancel: nothing runs.
  const dismissed = once(guard, 'mfa-cancel') as Promise<MfaCancelEvent>;
  control.click();
  const cancel = await untilShown(
    guard,
    () => isOpen(guard) && passkeyButton(guard) && part<HTMLButtonElement>(guard, 'cancel-button'),
    'the dialog again',
  );
  cancel.click();
  rendered.cancelled = (await dismissed).detail.reason === 'dismissed';
  await until(() => !isOpen(guard), 'the dialog to close');
  rendered.runsAfterCancel = runs();
  step('action-guard cancelled');

  // Again, with the passkey (the virtual authenticator answers).
  const byPasskey = once(
    guard,
    'mfa-action-authorized',
    15_000,
  ) as Promise<MfaActionAuthorizedEvent>;
  control.click();
  (
    await untilShown(guard, () => isOpen(guard) && passkeyButton(guard), 'the passkey button')
  ).click();
  const passkeyProof = (await byPasskey).detail;
  await untilShown(guard, () => !isOpen(guard) && runs() === 2, 'the replay after the passkey');
  rendered.authorizedByPasskey =
    passkeyProof.method === 'passkey' && passkeyProof.token?.action === 'wallet.export';
  guard.remove();
  step('action-guard authorized by passkey');

  // A user with no method, and `enroll-if-missing`: set up an app in the dialog (QR code drawn),
  // then verify with its next code.
  const provider = document.createElement('mfa-provider');
  provider.client = fresh;
  container.append(provider);
  const newcomer = guarded(provider, 'wallet.export', { enrollIfMissing: true });
  newcomer.control.click();
  await untilShown(
    newcomer.guard,
    () => isOpen(newcomer.guard) && parts(newcomer.guard, 'method-tab').length > 0,
    'the enroll tabs',
  );
  rendered.enrollTabs = tabNames(newcomer.guard);
  const enroll = await chooseTab(newcomer.guard, msg.actionGuardEnrollTotp, () =>
    newcomer.guard.shadowRoot?.querySelector<MfaTotpEnroll>('mfa-totp-enroll'),
  );
  const qr = await untilShown(
    enroll,
    () => enroll.shadowRoot?.querySelector('svg[part~="qr-code"] path, [part~="qr-code"] svg path'),
    'the QR code',
    15_000,
  );
  rendered.enrollQr = (qr.getAttribute('d')?.length ?? 0) > 100;
  step('action-guard enroll qr');
  const enrolled = once(newcomer.guard, 'mfa-enrolled');
  const enrollField = enroll.shadowRoot!.querySelector<MfaOtpInput>('mfa-otp-input')!;
  typeInto(otpNativeInput(enrollField), fresh.totpCode());
  await enrolled;
  // The enrollment code is no proof: the app's next code is.
  await untilShown(
    newcomer.guard,
    () => codeField(newcomer.guard),
    'the verify step after enrolling',
  );
  clock.advance(30_000);
  const freshProof = once(
    newcomer.guard,
    'mfa-action-authorized',
  ) as Promise<MfaActionAuthorizedEvent>;
  await submitCode(newcomer.guard, fresh.totpCode());
  const proof = (await freshProof).detail;
  await untilShown(
    newcomer.guard,
    () => !isOpen(newcomer.guard) && newcomer.runs() === 1,
    'the replay after enrolling',
  );
  rendered.enrolledThenAuthorized = proof.method === 'totp';
  provider.remove();
  step('action-guard enrolled and authorized');
  return rendered;
}
