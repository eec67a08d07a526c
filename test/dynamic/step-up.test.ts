// Dynamic's 2026-04 step-up rules through the elements, with the REAL SDK in Chromium against the
// stand-in: adding a passkey shows "Confirm it's you first" (not an error) and, after a code in
// the guard's dialog, the adapter holds the `credential:link` token the retried registration
// needs; <mfa-devices> deletes a method on both rule sets (on 2026-04 its guard earns
// `credential:unlink`); a scoped guard fails closed.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../components/passkey-prompt/mfa-passkey-prompt.js';
import '../../components/devices/mfa-devices.js';
import '../../components/totp-enroll/mfa-totp-enroll.js';
import type { MfaActionGuard } from '../../components/action-guard/action-guard.js';
import type { MfaDevices } from '../../components/devices/devices.js';
import type { MfaOtpInput } from '../../components/otp-input/otp-input.js';
import type { MfaPasskeyPrompt } from '../../components/passkey-prompt/passkey-prompt.js';
import type { MfaTotpEnroll } from '../../components/totp-enroll/totp-enroll.js';
import type { MfaEnrolledEvent } from '../../src/events/mfa-enrolled.js';
import { viewCommonMessages as shared } from '../../src/messages/view-common.messages.js';
import {
  deleteButton,
  dialogShown,
  listed,
  names,
  part,
  verifyInDialog,
} from '../components/devices/helpers.js';
import {
  emailedCode,
  setUpDynamic,
  setUpEnrolled,
  totpCode,
  type DynamicSetUp,
} from './support.js';

const STEP_UP = { minApiVersion: '2026_04_01' } as const;
const innerGuard = (el: Element): MfaActionGuard =>
  el.shadowRoot!.querySelector<MfaActionGuard>('mfa-action-guard[data-step-up]')!;

describe('Dynamic adapter: 2026-04 step-up through the elements', function () {
  this.timeout(60_000);
  let setUp: (DynamicSetUp & { uri: string; nextCode(): Promise<string> }) | undefined;

  before(async function (this: Mocha.Context) {
    this.timeout(120_000);
    await expect(await fixture(html`<p>warm-up</p>`)).to.be.accessible();
    await import('@dynamic-labs-sdk/client');
  });

  beforeEach(async () => {
    await executeServerCommand('webauthn-add', { isUserVerified: true });
  });

  afterEach(async () => {
    await executeServerCommand('webauthn-remove');
    await setUp?.tearDown();
    setUp = undefined;
  });

  it('<mfa-passkey-prompt mode="register">: the step, a code in the dialog, then the passkey is created', async () => {
    setUp = await setUpEnrolled(STEP_UP);
    const el = await fixture<MfaPasskeyPrompt>(
      html`<mfa-passkey-prompt mode="register" hide-alias .client=${setUp.mfa}></mfa-passkey-prompt>`,
    );
    await waitUntil(() => part(el, 'button'), 'no view');
    part<HTMLButtonElement>(el, 'button')!.click();
    await waitUntil(() => part(el, 'step-up-button'), 'the step never showed', { timeout: 8000 });
    expect(part(el, 'step-up-message')!.textContent.trim()).to.equal(shared.errorStepUpRequired);
    expect(part(el, 'error')!.textContent.trim()).to.equal('', 'not shown as an error');
    const enrolled = oneEvent(el, 'mfa-enrolled') as Promise<MfaEnrolledEvent>;
    part<HTMLButtonElement>(el, 'step-up-button')!.click();
    const guard = innerGuard(el);
    await waitUntil(
      () =>
        guard.shadowRoot?.querySelector('dialog')?.open &&
        guard.shadowRoot.querySelector('.verify-methods'),
      'the dialog never opened',
      { timeout: 8000 },
    );
    await verifyInDialog(guard, await setUp.nextCode());
    expect((await enrolled).detail.device.type).to.equal('passkey');
    await waitUntil(() => !part(el, 'step-up'), 'the step stays after the proof');
    expect((await setUp.mfa.status()).devices.map((device) => device.type).sort()).to.deep.equal([
      'passkey',
      'totp',
    ]);
  });

  it('<mfa-totp-enroll> for a user without MFA: "Email me a code", the code, then the enrollment', async () => {
    const plain = await setUpDynamic({ ...STEP_UP, mfa: { enrollment: 'none' } });
    setUp = Object.assign(plain, { uri: '', nextCode: async () => '' });
    const el = await fixture<MfaTotpEnroll>(
      html`<mfa-totp-enroll .client=${plain.mfa}></mfa-totp-enroll>`,
    );
    await waitUntil(() => part(el, 'step-up-button'), 'the step never showed', { timeout: 8000 });
    part<HTMLButtonElement>(el, 'step-up-button')!.click();
    const guard = innerGuard(el);
    await waitUntil(
      () => guard.shadowRoot && part(guard, 'reauth-send-button'),
      'no "Email me a code"',
      { timeout: 8000 },
    );
    part<HTMLButtonElement>(guard, 'reauth-send-button')!.click();
    await waitUntil(() => part(guard, 'reauth-resend-button'), 'the code was never sent', {
      timeout: 8000,
    });
    const field = guard.shadowRoot!.querySelector<MfaOtpInput>('.reauth mfa-otp-input')!;
    field.focus();
    // Sent on its last digit (docs/ARCHITECTURE.md, "Code entry").
    await sendKeys({ type: await emailedCode(plain) });
    await waitUntil(() => !part(el, 'step-up'), 'the enrollment never started again', {
      timeout: 10_000,
    });
    await waitUntil(
      async () => (await plain.mfa.status()).devices.length === 1,
      'Dynamic has no new device',
      { timeout: 8000 },
    );
    expect(
      (await plain.mfa.status()).devices.map((device) => [device.type, device.verified]),
    ).to.deep.equal([['totp', false]]);
  });

  for (const rules of ['2026-04', 'older'] as const) {
    it(`<mfa-devices> deletes the authenticator app after a proof (${rules} rules)`, async () => {
      setUp = await setUpEnrolled(rules === '2026-04' ? STEP_UP : {});
      const el = await fixture<MfaDevices>(
        html`<mfa-devices .client=${setUp.mfa} lang="en"></mfa-devices>`,
      );
      await listed(el);
      expect(names(el)).to.have.length(1);
      deleteButton(el, names(el)[0]).focus();
      await sendKeys({ press: 'Enter' });
      // The last method: confirm first, then the proof.
      await waitUntil(() => part(el, 'confirm-button'), 'no confirmation');
      part<HTMLButtonElement>(el, 'confirm-button')!.click();
      const deleted = oneEvent(document, 'mfa-device-deleted');
      const g = await dialogShown(el, 'delete-guard');
      await verifyInDialog(g, await setUp.nextCode());
      await deleted;
      await waitUntil(() => part(el, 'empty'), 'the list still shows the device', {
        timeout: 8000,
      });
      expect((await setUp.mfa.status()).devices).to.deep.equal([]);
    });
  }

  it('on 2026-04 rules the stand-in refuses a delete without the unlink token', async () => {
    setUp = await setUpEnrolled(STEP_UP);
    const [device] = (await setUp.mfa.status()).devices;
    const proof = await setUp.mfa.verifyTotp({
      code: totpCode(setUp.uri, await setUp.advance(30_000)),
      token: { singleUse: true },
    });
    const error = await setUp.mfa
      .deleteDevice({ deviceId: device.id, mfaToken: proof.token!.value })
      .then(
        () => undefined,
        (caught: { code?: string }) => caught,
      );
    expect(error?.code).to.equal('step-up-required');
    expect((await setUp.mfa.status()).devices).to.have.length(1);
  });
});
