/**
 * <mfa-flow> under the strict policy, for a user with no method: the status read failing (Try
 * again), the enrollment choice, the authenticator-app enrollment with its QR code, the recovery
 * codes to save, complete; then, signed out, the verify step with the app's next code.
 */
import { flowMessages } from '../../components/flow/flow.messages.js';
import type { MfaFlow } from '../../components/flow/flow.js';
import type { MfaOtpInput } from '../../components/otp-input/otp-input.js';
import type { MfaRecoveryCodes } from '../../components/recovery-codes/recovery-codes.js';
import type { MfaTotpEnroll } from '../../components/totp-enroll/totp-enroll.js';
import type {
  MfaFlowCompleteDetail,
  MfaFlowCompleteEvent,
} from '../../src/events/mfa-flow-complete.js';
import type { ManualClock, MemoryMfaClient } from '../../src/clients/memory/index.js';
import {
  once,
  otpNativeInput,
  part,
  parts,
  step,
  text,
  typeInto,
  untilShown,
} from './fixture-support.js';
import { codeField, submitCode, tabNames } from './verify-methods-support.js';

export interface FlowRendered {
  statusError: boolean;
  /** The enrollment choices, in order. */
  choices: string[];
  totpQr: boolean;
  codesListed: number;
  complete: MfaFlowCompleteDetail | undefined;
  /** Signed out: the verify step's tabs, and the second completion. */
  verifyTabs: string[];
  completeAfterVerify: MfaFlowCompleteDetail | undefined;
}

/** `client` has no method yet; the flow shares the fixture's `clock` with it. */
export async function driveFlow(
  container: Element,
  client: MemoryMfaClient,
  clock: ManualClock,
): Promise<FlowRendered> {
  const rendered: FlowRendered = {
    statusError: false,
    choices: [],
    totpQr: false,
    codesListed: 0,
    complete: undefined,
    verifyTabs: [],
    completeAfterVerify: undefined,
  };

  client.failNextCall('network');
  const flow = document.createElement('mfa-flow') as MfaFlow;
  flow.client = client;
  container.append(flow);
  const retry = await untilShown(
    flow,
    () => flow.hasState('error') && part<HTMLButtonElement>(flow, 'retry-button'),
    'the status error',
  );
  rendered.statusError = text(part(flow, 'error')) !== '';
  step('flow status error');

  retry.click();
  await untilShown(
    flow,
    () => flow.hasState('enroll') && parts(flow, 'choice-button').length > 0,
    'the enrollment choice',
  );
  const choices = parts<HTMLButtonElement>(flow, 'choice-button');
  rendered.choices = choices.map((button) => text(button.querySelector('.choice-label')));
  step('flow enroll choice');

  choices.find((button) => text(button).includes(flowMessages.flowChoiceTotp))!.click();
  const enroll = await untilShown(
    flow,
    () => flow.shadowRoot?.querySelector<MfaTotpEnroll>('mfa-totp-enroll'),
    'the TOTP enrollment',
  );
  const qr = await untilShown(
    enroll,
    () => enroll.shadowRoot?.querySelector('svg[part~="qr-code"] path, [part~="qr-code"] svg path'),
    'the QR code',
    15_000,
  );
  rendered.totpQr = (qr.getAttribute('d')?.length ?? 0) > 100;
  step('flow totp enrollment');

  const field = await untilShown(
    enroll,
    () => enroll.shadowRoot?.querySelector<MfaOtpInput>('mfa-otp-input'),
    'the code field',
  );
  typeInto(otpNativeInput(field), client.totpCode());
  const codes = await untilShown(
    flow,
    () =>
      flow.hasState('acknowledge') &&
      flow.shadowRoot?.querySelector<MfaRecoveryCodes>('mfa-recovery-codes'),
    'the recovery codes step',
  );
  const listed = await untilShown(
    codes,
    () => {
      const items = codes.shadowRoot?.querySelectorAll('[part~="code"]');
      return items && items.length > 0 ? items : undefined;
    },
    'the recovery codes',
  );
  rendered.codesListed = listed.length;
  step('flow recovery codes');

  const completed = once(flow, 'mfa-flow-complete') as Promise<MfaFlowCompleteEvent>;
  codes
    .shadowRoot!.querySelector<HTMLInputElement>('[part~="confirm"] input[type="checkbox"]')!
    .click();
  await codes.updateComplete;
  part<HTMLButtonElement>(codes, 'acknowledge-button')!.click();
  rendered.complete = { ...(await completed).detail };
  await untilShown(
    flow,
    () => flow.hasState('complete') && text(part(flow, 'status')) === flowMessages.flowDone,
    'the done message',
  );
  step('flow complete');

  // A new session: the verify step, with the app's next code.
  client.signOut();
  await flow.refresh();
  await untilShown(flow, () => flow.hasState('verify') && codeField(flow), 'the verify step');
  rendered.verifyTabs = tabNames(flow);
  clock.advance(30_000);
  const again = once(flow, 'mfa-flow-complete') as Promise<MfaFlowCompleteEvent>;
  await submitCode(flow, client.totpCode());
  rendered.completeAfterVerify = { ...(await again).detail };
  await untilShown(flow, () => flow.hasState('complete'), 'the done message again');
  flow.remove();
  step('flow verified');
  return rendered;
}
