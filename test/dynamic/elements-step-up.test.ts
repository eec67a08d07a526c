// The elements on Dynamic's REAL SDK against the stand-in, on both rule sets: <mfa-flow> takes a
// user "missing MFA" to a first authenticator app (on 2026-04 rules after re-authenticating by
// email code inside the flow), and a guard that names a scope without an action
// (`scopes="wallet:export"`) asks `checkStepUpAuth` and hands the app a token its server accepts
// once — on 2026-04 rules by "Text me a code" for a user with a phone and no MFA.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { textHistory } from '../support/text-history.js';
import { expectCountedDown, secondsIn } from '../support/countdown-reads.js';
import { sendKeys } from '@web/test-runner-commands';
import * as OTPAuth from 'otpauth';
import '../../components/flow/mfa-flow.js';
import '../../components/action-guard/mfa-action-guard.js';
import type { MfaActionGuard } from '../../components/action-guard/action-guard.js';
import type { MfaFlow } from '../../components/flow/flow.js';
import type { MfaOtpInput } from '../../components/otp-input/otp-input.js';
import type { MfaTotpEnroll } from '../../components/totp-enroll/totp-enroll.js';
import type { MfaActionAuthorizedEvent } from '../../src/events/mfa-action-authorized.js';
import {
  acknowledgeShownCodes,
  atStep,
  en,
  nestedTotp,
  part,
  parts,
  text,
} from '../components/flow/helpers.js';
import { collect } from '../components/action-guard/helpers.js';
import { verifyInDialog } from '../components/devices/helpers.js';
import {
  emailedCode,
  setUpDynamic,
  setUpEnrolled,
  TEST_PHONE,
  textedCode,
  type DynamicSetUp,
} from './support.js';

const EXPORT = 'wallet.waas.export';
type Rules = '2026-04' | 'older';
const RULES: Rules[] = ['2026-04', 'older'];
const rulesOf = (rules: Rules) =>
  rules === '2026-04' ? ({ minApiVersion: '2026_04_01' } as const) : {};
/** Dynamic's dashboard as the demo has it: MFA at sign-up, key export guarded. */
const SIGNUP = {
  enabled: true,
  enrollment: 'signup' as const,
  actions: [{ action: EXPORT, required: true }],
};

const innerGuard = (el: Element): MfaActionGuard | null =>
  el.shadowRoot!.querySelector<MfaActionGuard>('mfa-action-guard[data-step-up]');

/** Type a code into a guard's re-authentication field (sent on its last digit). */
async function typeReauthCode(guard: MfaActionGuard, code: string): Promise<void> {
  await waitUntil(() => guard.shadowRoot!.querySelector('.reauth mfa-otp-input'), 'no code field');
  const field = guard.shadowRoot!.querySelector<MfaOtpInput>('.reauth mfa-otp-input')!;
  await field.updateComplete;
  field.focus();
  // Sent on its last digit (docs/ARCHITECTURE.md, "Code entry").
  await sendKeys({ type: code });
}

/** The authenticator app the nested enrollment shows, at the stand-in's time. */
async function enrollShown(enroll: MfaTotpEnroll, setUp: DynamicSetUp): Promise<void> {
  await waitUntil(() => part(enroll, 'secret'), 'the setup key never appeared', {
    timeout: 10_000,
  });
  const secret = text(part(enroll, 'secret')).replace(/\s+/g, '');
  const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
    timestamp: setUp.now,
  });
  const field = enroll.shadowRoot!.querySelector<MfaOtpInput>('mfa-otp-input')!;
  await field.updateComplete;
  field.focus();
  await sendKeys({ type: code });
}

describe('Dynamic adapter: the elements on both rule sets', function () {
  this.timeout(90_000);
  let setUp: DynamicSetUp | undefined;

  before(async function (this: Mocha.Context) {
    this.timeout(120_000);
    await expect(await fixture(html`<p>warm-up</p>`)).to.be.accessible();
    await import('@dynamic-labs-sdk/client');
  });

  afterEach(async () => {
    await setUp?.tearDown();
    setUp = undefined;
  });

  for (const rules of RULES) {
    it(`<mfa-flow>, ${rules} rules: a first authenticator app, the codes, done`, async () => {
      setUp = await setUpDynamic({ ...rulesOf(rules), mfa: SIGNUP }, 'lin');
      expect((await setUp.mfa.status()).pending).to.equal('enroll');
      const el = await fixture<MfaFlow>(html`<mfa-flow .client=${setUp.mfa}></mfa-flow>`);
      await atStep(el, 'enroll');
      const totpChoice = parts<HTMLButtonElement>(el, 'choice-button').find(
        (button) => text(button.querySelector('.choice-label')) === en.flowChoiceTotp,
      )!;
      totpChoice.click();
      await waitUntil(() => nestedTotp(el), 'no enrollment after choosing', { timeout: 8000 });
      const enroll = nestedTotp(el)!;
      if (rules === '2026-04') {
        // Dynamic refuses to register before a step-up: the enrollment asks the user to confirm
        // it is them, and a user without a method does so with an emailed code.
        await waitUntil(() => part(enroll, 'step-up-button'), 'the step never showed', {
          timeout: 10_000,
        });
        expect(part(enroll, 'secret')).to.equal(null);
        part<HTMLButtonElement>(enroll, 'step-up-button')!.click();
        const guard = innerGuard(enroll)!;
        await waitUntil(() => guard.shadowRoot && part(guard, 'reauth-send-button'), 'no send', {
          timeout: 8000,
        });
        expect(part(guard, 'reauth-sms-button'), 'no phone, no SMS').to.equal(null);
        part<HTMLButtonElement>(guard, 'reauth-send-button')!.click();
        await waitUntil(() => part(guard, 'reauth-resend-button'), 'the code was never sent', {
          timeout: 8000,
        });
        expect(text(part(guard, 'hint'))).to.equal(
          en.actionGuardReauthSent({ destination: 'l…@example.com' }),
        );
        await typeReauthCode(guard, await emailedCode(setUp));
      } else {
        expect(innerGuard(enroll)).to.equal(null);
      }
      await enrollShown(enroll, setUp);
      await atStep(el, 'acknowledge');
      await acknowledgeShownCodes(el);
      await atStep(el, 'complete');
      const status = await setUp.mfa.status();
      expect(status.pending).to.equal(null);
      expect(status.devices.map((device) => [device.type, device.verified])).to.deep.equal([
        ['totp', true],
      ]);
    });

    it(`<mfa-action-guard scopes="wallet:export"> without an action, ${rules} rules: checkStepUpAuth, then a token the app server accepts once`, async () => {
      const enrolled = await setUpEnrolled({
        ...rulesOf(rules),
        mfa: { enrollment: 'none', actions: [{ action: EXPORT, required: true }] },
      });
      setUp = enrolled;
      const el = await fixture<MfaActionGuard>(html`<mfa-action-guard
        .client=${enrolled.mfa}
        scopes="wallet:export"
        label="Export your wallet key"
        ><button id="export" type="button">Export key</button></mfa-action-guard
      >`);
      const authorized = collect<MfaActionAuthorizedEvent>(el, 'mfa-action-authorized');
      const runs = collect(el.querySelector('#export')!, 'click');
      el.querySelector<HTMLButtonElement>('#export')!.click();
      await waitUntil(
        () => el.shadowRoot!.querySelector('dialog')?.open,
        'the export asked for nothing',
        { timeout: 10_000 },
      );
      await verifyInDialog(el, await enrolled.nextCode());
      await waitUntil(() => runs.length === 1, 'the export never ran', { timeout: 10_000 });
      const detail = authorized[0]!.detail;
      expect(detail.action).to.equal('');
      expect(detail.method).to.equal('totp');
      expect(detail.token!.scopes).to.deep.equal(['wallet:export']);
      expect(detail.token!.singleUse).to.equal(true);
      expect(await enrolled.authorize(EXPORT, detail.token!.value)).to.equal(true);
      expect(await enrolled.authorize(EXPORT, detail.token!.value), 'once').to.equal(false);
    });
  }

  it('2026-04 rules, a user with a phone and no MFA: "Text me a code" earns wallet:export', async () => {
    setUp = await setUpDynamic(
      {
        minApiVersion: '2026_04_01',
        // Required for every user: one without a method re-authenticates instead.
        mfa: { enrollment: 'none', required: true, actions: [{ action: EXPORT, required: true }] },
      },
      'ravi',
      TEST_PHONE,
    );
    const el = await fixture<MfaActionGuard>(html`<mfa-action-guard
      .client=${setUp.mfa}
      scopes="wallet:export"
      ><button id="export" type="button">Export key</button></mfa-action-guard
    >`);
    const pending = el.authorize();
    await waitUntil(() => part(el, 'reauth-sms-button'), 'no "Text me a code"', {
      timeout: 10_000,
    });
    expect(text(part(el, 'reauth-sms-button'))).to.equal(
      `${en.actionGuardReauthSendSms} +44 ••• 23`,
    );
    expect(el.shadowRoot!.innerHTML).to.not.contain('7700900');
    // Each second the resend wait showed, recorded as it rendered: it starts when the stand-in
    // answers, and the poll below may look a second or more later on a busy machine.
    const resendWait = textHistory(el, '[part~="reauth-countdown"]');
    part<HTMLButtonElement>(el, 'reauth-sms-button')!.click();
    await waitUntil(() => part(el, 'reauth-countdown'), 'the code was never texted', {
      timeout: 8000,
    });
    expect(text(part(el, 'hint'))).to.equal(
      en.actionGuardReauthSentSms({ destination: '+44 ••• 23' }),
    );
    const secondsOf = secondsIn((time) => en.actionGuardReauthResendIn({ time }), 30);
    expectCountedDown(resendWait.texts, 30, secondsOf);
    expect(secondsOf(text(part(el, 'reauth-countdown'))), 'still counting down').to.be.within(
      1,
      30,
    );
    resendWait.stop();
    const code = await textedCode(setUp);
    expect(el.shadowRoot!.innerHTML).to.not.contain(code);
    await typeReauthCode(el, code);
    const token = await pending;
    expect(token!.scopes).to.deep.equal(['wallet:export']);
    expect(await setUp.authorize(EXPORT, token!.value)).to.equal(true);
  });
});
