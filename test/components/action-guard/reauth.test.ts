// Re-authentication in the guard: a user with no method, on a client that can email a one-time
// code (Dynamic's 2026-04 step-up; here the memory client with `stepUpForFirstFactor`), sees
// "Email me a code" instead of "no method"; the code is sent, resending waits for the client's
// cooldown, a wrong code is said and cleared, the right one is the proof the refused step needed.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/totp-enroll/mfa-totp-enroll.js';
import '../../../components/action-guard/mfa-action-guard.js';
import type { MfaActionGuard } from '../../../components/action-guard/action-guard.js';
import type { MfaOtpInput } from '../../../components/otp-input/otp-input.js';
import type { MfaTotpEnroll } from '../../../components/totp-enroll/totp-enroll.js';
import { createMemoryClient, type MemoryMfaClient } from '../../../src/clients/memory/index.js';
import { ManualClock } from '../../../src/clients/memory/manual-clock.js';
import { nativeInput } from '../../support/code-input.js';
import { textHistory, type TextHistory } from '../../support/text-history.js';
import {
  expectCountedDown,
  expectTicked,
  readEvery,
  secondsIn,
} from '../../support/countdown-reads.js';
import { en } from './helpers.js';

const part = <T extends Element = HTMLElement>(el: Element, name: string): T | null =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

async function typeInto(guard: MfaActionGuard, code: string): Promise<void> {
  await waitUntil(() => guard.shadowRoot!.querySelector('.reauth mfa-otp-input'), 'no code field');
  const field = guard.shadowRoot!.querySelector<MfaOtpInput>('.reauth mfa-otp-input')!;
  await field.updateComplete;
  field.focus();
  await sendKeys({ type: code });
}

describe('<mfa-action-guard>: re-authentication by emailed code', () => {
  let clock: ManualClock;
  let client: MemoryMfaClient;
  let history: TextHistory | undefined;
  let reads: ReturnType<typeof readEvery> | undefined;
  let observer: MutationObserver | undefined;
  afterEach(() => {
    history?.stop();
    reads?.stop();
    observer?.disconnect();
  });
  beforeEach(() => {
    clock = new ManualClock(Date.UTC(2026, 0, 1, 12));
    client = createMemoryClient({
      now: () => clock.now(),
      stepUpForFirstFactor: true,
      userName: 'lin@example.com',
    });
  });

  it('<mfa-totp-enroll> for a user without MFA: the step, an emailed code, then the enrollment', async () => {
    const el = await fixture<MfaTotpEnroll>(
      html`<mfa-totp-enroll .client=${client}></mfa-totp-enroll>`,
    );
    await waitUntil(() => part(el, 'step-up-button'), 'the step never showed', { timeout: 8000 });
    part<HTMLButtonElement>(el, 'step-up-button')!.click();
    const guard = el.shadowRoot!.querySelector<MfaActionGuard>('mfa-action-guard[data-step-up]')!;
    await waitUntil(() => part(guard, 'reauth-send-button'), 'no "Email me a code"', {
      timeout: 8000,
    });
    expect(guard.shadowRoot!.querySelector('dialog')!.open).to.be.true;
    // The masked address the client returned is part of the button's name.
    expect(part(guard, 'reauth-send-button')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      `${en.actionGuardReauthSend} l…@example.com`,
    );
    await waitUntil(
      () => guard.shadowRoot!.activeElement === part(guard, 'reauth-send-button'),
      'focus is not on the send button',
    );
    await expect(guard).to.be.accessible();

    part<HTMLButtonElement>(guard, 'reauth-send-button')!.click();
    await waitUntil(() => part(guard, 'reauth-resend-button'), 'the code was never sent');
    expect(part(guard, 'hint')!.textContent.trim()).to.equal(
      en.actionGuardReauthSent({ destination: 'l…@example.com' }),
    );
    expect(part<HTMLButtonElement>(guard, 'reauth-resend-button')!.disabled, 'resend waits').to.be
      .true;
    const first = client.lastReauthCode()!;
    // No code in the page: not in an attribute, not in the text.
    expect(guard.shadowRoot!.innerHTML).to.not.contain(first);
    await expect(guard).to.be.accessible();

    await typeInto(guard, first === '000000' ? '000001' : '000000');
    await waitUntil(
      () =>
        guard.shadowRoot!.querySelector<MfaOtpInput>('.reauth mfa-otp-input')!.errorMessage ===
        en.errorInvalidCode,
      'no "wrong code"',
    );
    await typeInto(guard, first);
    await waitUntil(
      () => part(el, 'secret') || part(el, 'qr') || !part(el, 'step-up'),
      'the enrollment never started',
      { timeout: 8000 },
    );
    expect(part(el, 'step-up')).to.equal(null);
    expect(
      (await client.status()).devices.map((device) => [device.type, device.verified]),
    ).to.deep.equal([['totp', false]]);
  });

  it('resend is offered again after the cooldown and sends a new code', async () => {
    client = createMemoryClient({
      now: () => clock.now(),
      reauthByEmail: true,
      reauthResendSeconds: 2,
    });
    const guard = await fixture<MfaActionGuard>(
      html`<mfa-action-guard action="device.add" token="none" .client=${client}></mfa-action-guard>`,
    );
    const done = guard.authorize();
    await waitUntil(() => part(guard, 'reauth-send-button'), 'no "Email me a code"', {
      timeout: 8000,
    });
    part<HTMLButtonElement>(guard, 'reauth-send-button')!.click();
    await waitUntil(() => part(guard, 'reauth-resend-button'), 'the code was never sent');
    const first = client.lastReauthCode();
    clock.advance(2_000);
    // The countdown runs on real time: wait until the button comes back.
    await waitUntil(
      () => !part<HTMLButtonElement>(guard, 'reauth-resend-button')!.disabled,
      'resend never came back',
      { timeout: 8000 },
    );
    part<HTMLButtonElement>(guard, 'reauth-resend-button')!.click();
    await waitUntil(
      () =>
        client.lastReauthCode() !== first ||
        part<HTMLButtonElement>(guard, 'reauth-resend-button')!.disabled,
      'no new code',
    );
    await typeInto(guard, client.lastReauthCode()!);
    expect(await done).to.equal(undefined, 'no token asked, none handed out');
  });

  it('a phone on the account: "Text me a code" with the masked number; the texted code is the proof', async () => {
    client = createMemoryClient({
      now: () => clock.now(),
      stepUpForFirstFactor: true,
      userName: 'lin@example.com',
      reauthPhone: '+44 7700 900123',
    });
    const guard = await fixture<MfaActionGuard>(
      html`<mfa-action-guard action="device.add" token="none" .client=${client}></mfa-action-guard>`,
    );
    const methods: string[] = [];
    guard.addEventListener('mfa-action-authorized', (event) => methods.push(event.detail.method));
    const done = guard.authorize();
    await waitUntil(() => part(guard, 'reauth-sms-button'), 'no "Text me a code"', {
      timeout: 8000,
    });
    const buttons = [...guard.shadowRoot!.querySelectorAll('[part~="reauth-send-button"]')];
    expect(buttons.map((button) => button.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal([
      `${en.actionGuardReauthSend} l…@example.com`,
      `${en.actionGuardReauthSendSms} +44 ••• 23`,
    ]);
    // The number is masked everywhere in the dialog.
    expect(guard.shadowRoot!.innerHTML).to.not.contain('7700');
    await expect(guard).to.be.accessible();

    part<HTMLButtonElement>(guard, 'reauth-sms-button')!.click();
    await waitUntil(() => part(guard, 'reauth-resend-button'), 'the code was never texted');
    expect(part(guard, 'hint')!.textContent.trim()).to.equal(
      en.actionGuardReauthSentSms({ destination: '+44 ••• 23' }),
    );
    const field = guard.shadowRoot!.querySelector<MfaOtpInput>('.reauth mfa-otp-input')!;
    expect(field.label).to.equal(en.actionGuardReauthLabelSms);
    // Email stays offered beside "Send a new code" (both wait for the same cooldown).
    const other = part<HTMLButtonElement>(guard, 'reauth-send-button')!;
    expect(other.textContent).to.contain(en.actionGuardReauthSend);
    expect(other.disabled).to.be.true;
    const code = client.lastReauthCode()!;
    expect(guard.shadowRoot!.innerHTML).to.not.contain(code);
    await typeInto(guard, code);
    expect(await done).to.equal(undefined);
    expect(methods).to.deep.equal(['sms-code']);
  });

  it('the resend wait is counted down visibly, announced once as it starts and once as it ends', async () => {
    client = createMemoryClient({
      now: () => clock.now(),
      reauthByEmail: true,
      reauthResendSeconds: 3,
    });
    const guard = await fixture<MfaActionGuard>(
      html`<mfa-action-guard action="device.add" token="none" .client=${client}></mfa-action-guard>`,
    );
    void guard.authorize().catch(() => undefined);
    await waitUntil(() => part(guard, 'reauth-send-button'), 'no "Email me a code"', {
      timeout: 8000,
    });
    const live = () =>
      guard
        .shadowRoot!.querySelector('.reauth .visually-hidden[role="status"]')
        ?.textContent.trim() ?? '';
    const shown = () => part(guard, 'reauth-countdown')?.textContent.trim();
    const resend = () => part<HTMLButtonElement>(guard, 'reauth-resend-button');
    const resendIn = (time: number) => en.actionGuardReauthResendIn({ time });
    const secondsOf = secondsIn(resendIn, 3);
    // The wait starts as the answer arrives, which may be before the test looks: what is shown
    // and what is said are recorded from before the click, as they change. Said: each time the
    // live region takes a new text (emptying it says nothing; the same text again is said again).
    history = textHistory(guard, '[part~="reauth-countdown"]');
    reads = readEvery(shown);
    // And the resend button, each time the page changed while the countdown was shown.
    const announced: string[] = [];
    const whileShown: string[] = [];
    let said = live();
    observer = new MutationObserver(() => {
      const now = live();
      if (now !== said && now !== '') announced.push(now);
      said = now;
      if (shown())
        whileShown.push(
          `disabled: ${resend()?.disabled}, described by: ${resend()?.getAttribute('aria-describedby')}`,
        );
    });
    observer.observe(guard.shadowRoot!, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    part<HTMLButtonElement>(guard, 'reauth-send-button')!.click();
    await waitUntil(() => resend()?.disabled === false, 'resend never came back', {
      timeout: 8000,
    });
    await guard.updateComplete;
    observer.disconnect();
    history.stop();
    reads.stop();
    // Shown in the words that are said (Intl's relative time): the full wait at first, then
    // fewer seconds each time it changed; it ticked on screen.
    expectCountedDown(history.texts, 3, secondsOf);
    expect(history.texts[0]).to.contain('3 seconds');
    expectTicked(reads.samples, 3, secondsOf);
    // Said in words once as the wait starts, once as it ends; the live region never ticked.
    expect(announced).to.deep.equal([resendIn(3), en.actionGuardReauthResendReady]);
    // While it was shown, "Send a new code" waited and was described by it.
    expect(whileShown, 'the resend button while the countdown was shown').to.not.be.empty;
    expect(whileShown).to.deep.equal(
      whileShown.map(() => 'disabled: true, described by: reauth-countdown'),
    );
    expect(live()).to.equal(en.actionGuardReauthResendReady);
    expect(part(guard, 'reauth-countdown')).to.equal(null);
    expect(resend()!.hasAttribute('aria-describedby')).to.be.false;
    await expect(guard).to.be.accessible();
  });

  it('a lockout locks the code field as in the other methods; "Send a new code" keeps its own wait', async () => {
    client = createMemoryClient({
      now: () => clock.now(),
      reauthByEmail: true,
      reauthResendSeconds: 1,
      lockoutSeconds: 30,
    });
    const guard = await fixture<MfaActionGuard>(
      html`<mfa-action-guard action="device.add" token="none" .client=${client}></mfa-action-guard>`,
    );
    guard.authorize().catch(() => undefined);
    await waitUntil(() => part(guard, 'reauth-send-button'), 'no "Email me a code"', {
      timeout: 8000,
    });
    part<HTMLButtonElement>(guard, 'reauth-send-button')!.click();
    await waitUntil(() => part(guard, 'reauth-resend-button'), 'the code was never sent');
    const field = () => guard.shadowRoot!.querySelector<MfaOtpInput>('.reauth mfa-otp-input')!;
    const sent = client.lastReauthCode()!;
    const wrong = (n: number) => {
      const code = String(200000 + n * 1111);
      return code === sent ? String(200001 + n * 1111) : code;
    };
    for (let n = 1; n <= 5; n++) {
      await typeInto(guard, wrong(n));
      await waitUntil(
        () =>
          client.throttleStatus().consecutiveFailures === n && !guard.matches(':state(pending)'),
        `attempt ${n} was not answered`,
      );
    }
    // Locked: read-only (the focus stays), the Verify button says it is unavailable, a countdown.
    await waitUntil(() => part(guard, 'countdown'), 'no countdown');
    expect(field().readonly).to.be.true;
    expect(document.activeElement === nativeInput(field()), 'focus stays in the code field').to.be
      .true;
    expect(part(guard, 'verify-button')!.getAttribute('aria-disabled')).to.equal('true');
    // The resend's own wait (1 s) ends while the lock (30 s) still runs: a new code can be sent.
    clock.advance(1_000);
    await waitUntil(
      () => !part<HTMLButtonElement>(guard, 'reauth-resend-button')!.disabled,
      'resend did not come back during the lock',
      { timeout: 8000 },
    );
    expect(part(guard, 'countdown'), 'still locked').to.exist;
    part<HTMLButtonElement>(guard, 'reauth-resend-button')!.click();
    await waitUntil(() => client.lastReauthCode() !== sent, 'no new code during the lock');
    // And its own wait starts again, whatever the lock does.
    await waitUntil(
      () => part<HTMLButtonElement>(guard, 'reauth-resend-button')!.disabled,
      'resend did not wait again',
    );
    expect(field().readonly, 'the code field is still locked').to.be.true;
  });
});
