/**
 * What a keyboard and screen reader user meets when codes are wrong, then locked out, in every
 * element that takes a code (docs/SECURITY.md 7–9): the focus is never lost nor taken, every
 * failure is announced once, the lock is announced once with its length in words as it starts
 * (on the failure that starts it), nothing while it counts down, once when it ends.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/action-guard/mfa-action-guard.js';
import '../../components/flow/mfa-flow.js';
import '../../components/recovery-codes/mfa-recovery-codes.js';
import type { MfaActionGuard } from '../../components/action-guard/action-guard.js';
import type { MfaRecoveryCodes } from '../../components/recovery-codes/recovery-codes.js';
import {
  createMemoryClient,
  ManualClock,
  type MemoryClientOptions,
  type MemoryMfaClient,
} from '../../src/clients/memory/index.js';
import { english as en } from '../support/english.js';
import {
  codeField as enrollField,
  enrollmentShown,
  setup as enrollSetup,
  shownSecret,
  wrongCode as wrongEnrollCode,
} from '../components/totp-enroll/support.js';
import { account as flowAccount, atStep, flow } from '../components/flow/helpers.js';
import { account as guardAccount, guard, totpPanel } from '../components/action-guard/helpers.js';
import { wrongTotp } from './codes.js';
import { deepActiveElement, Recorder } from './recorder.js';
import { nativeInput } from '../support/code-input.js';
import { expectSameNode } from '../support/same-node.js';
import { textHistory, type TextHistory } from '../support/text-history.js';
import { deepQuery } from '../support/deep-query.js';
import { expectCountedDown, expectTicked, readEvery } from '../support/countdown-reads.js';

/** A short lock keeps the tests fast; the memory client locks after 5 consecutive failures. */
const LOCK = 2;

/** Progress notes ("Verifying…") are heard too, but are not the answer to an attempt. */
const PROGRESS = new Set<string>([
  en.totpVerifying,
  en.verifyTotpVerifying,
  en.recoveryCodeVerifying,
]);

interface Target {
  el: HTMLElement;
  client: MemoryMfaClient;
  /** The focusable control the user types the code into. */
  field(): HTMLElement;
  /** Another control in the element, where the user may go while locked. */
  elsewhere(): HTMLElement;
  /** The n-th wrong code. */
  wrong(n: number): string;
  /** Enter submits (a one-time code is sent by itself on its last digit; a recovery code is not). */
  enter: boolean;
}

/** `selector` inside the element's shadow root, nested shadow roots included. */
const deep = (root: Element, selector: string) => deepQuery(root.shadowRoot!, selector);

const WRONG_RECOVERY = 'ZZZZ-ZZZZ-ZZZZ-ZZZZ';

/** How the memory client throttles: by default a short timed lock after 5 failures. */
const TIMED: MemoryClientOptions = { lockoutSeconds: LOCK };

const targets: Record<string, (throttle?: MemoryClientOptions) => Promise<Target>> = {
  '<mfa-totp-enroll> (confirm step)': async (throttle = TIMED) => {
    const { el, client, clock } = await enrollSetup({ client: throttle });
    await enrollmentShown(el);
    const secret = shownSecret(el);
    return {
      el,
      client,
      field: () => nativeInput(enrollField(el))!,
      elsewhere: () => el.shadowRoot!.querySelector<HTMLElement>('[part~="copy-button"]')!,
      wrong: (n) => wrongEnrollCode(secret, clock, n),
      enter: false,
    };
  },
  '<mfa-action-guard> (authenticator app tab)': async (throttle = TIMED) => {
    const { client, clock } = await guardAccount({ client: throttle });
    const el = await guard(client);
    el.querySelector<HTMLButtonElement>('#go')!.click();
    await totpPanel(el);
    return {
      el,
      client,
      field: () => nativeInput(deep(el, '.verify-methods mfa-otp-input')!)!,
      elsewhere: () => deep(el, '[part~="cancel-button"]')!,
      wrong: (n) => wrongTotp(client, clock, n),
      enter: false,
    };
  },
  '<mfa-action-guard> (emailed code)': async (throttle = TIMED) => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1, 12));
    const client = createMemoryClient({ now: () => clock.now(), reauthByEmail: true, ...throttle });
    const el = await fixture<MfaActionGuard>(
      html`<mfa-action-guard action="device.add" token="none" .client=${client}></mfa-action-guard>`,
    );
    el.authorize().catch(() => undefined);
    await waitUntil(() => deep(el, '[part~="reauth-send-button"]'), 'no "Email me a code"', {
      timeout: 8000,
    });
    deep(el, '[part~="reauth-send-button"]')!.click();
    await waitUntil(
      () => {
        const field = deep(el, '.reauth mfa-otp-input');
        return field && nativeInput(field);
      },
      'no code field',
      {
        timeout: 8000,
      },
    );
    return {
      el,
      client,
      field: () => nativeInput(deep(el, '.reauth mfa-otp-input')!)!,
      elsewhere: () => deep(el, '[part~="cancel-button"]')!,
      wrong: (n) => {
        const code = String(100000 + n * 1111);
        return code === client.lastReauthCode() ? String(100001 + n * 1111) : code;
      },
      enter: false,
    };
  },
  '<mfa-action-guard> (recovery code tab)': async (throttle = TIMED) => {
    const { client } = await guardAccount({ client: throttle });
    const el = await guard(client);
    el.querySelector<HTMLButtonElement>('#go')!.click();
    await totpPanel(el);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="method-tab"]')[1].click();
    // The recovery-code element loads its view on demand: slow on a busy machine.
    await waitUntil(() => deep(el, '#code'), 'no recovery code field', { timeout: 8000 });
    return {
      el,
      client,
      field: () => deep(el, '#code')!,
      elsewhere: () => deep(el, '[part~="cancel-button"]')!,
      wrong: () => WRONG_RECOVERY,
      enter: true,
    };
  },
  '<mfa-flow> (verify step)': async (throttle = TIMED) => {
    const { client, clock } = flowAccount(throttle);
    await client.setUpTotp({ signOut: true });
    const el = await flow(client);
    await atStep(el, 'verify');
    await waitUntil(
      () => {
        const f = deep(el, '.verify-methods mfa-otp-input');
        return f && nativeInput(f);
      },
      'no code field',
      {
        timeout: 8000,
      },
    );
    return {
      el,
      client,
      field: () => nativeInput(deep(el, '.verify-methods mfa-otp-input')!)!,
      elsewhere: () => deep(el, '[part~="method-tab-selected"]')!,
      wrong: (n) => wrongTotp(client, clock, n),
      enter: false,
    };
  },
  '<mfa-recovery-codes mode="verify">': async (throttle = TIMED) => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1));
    const client = createMemoryClient({ now: () => clock.now(), ...throttle });
    await client.setUpTotp();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <mfa-recovery-codes mode="verify" .client=${client}></mfa-recovery-codes>
      <button type="button">Elsewhere</button>
    </div>`);
    const el = wrapper.querySelector<MfaRecoveryCodes>('mfa-recovery-codes')!;
    await waitUntil(() => el.shadowRoot!.querySelector('#code'), 'no recovery code field', {
      timeout: 8000,
    });
    return {
      el,
      client,
      field: () => el.shadowRoot!.querySelector<HTMLElement>('#code')!,
      elsewhere: () => el.shadowRoot!.querySelector<HTMLElement>('[part~="submit-button"]')!,
      wrong: () => WRONG_RECOVERY,
      enter: true,
    };
  },
};

/** Type a wrong code into the field (as a user: focus, keys, Enter) and wait for the answer. */
async function attempt(target: Target, recorder: Recorder, n: number): Promise<string[]> {
  const from = recorder.announcements.length;
  const field = target.field();
  if (deepActiveElement() !== field) field.focus();
  if ((field as HTMLInputElement).value) {
    await sendKeys({ press: 'Control+A' });
    await sendKeys({ press: 'Backspace' });
  }
  await sendKeys({ type: target.wrong(n) });
  if (target.enter) await sendKeys({ press: 'Enter' });
  await waitUntil(
    () =>
      target.client.throttleStatus().consecutiveFailures === n &&
      recorder.since(from).some((text) => !PROGRESS.has(text)),
    `attempt ${n} was not answered`,
    { timeout: 5000 },
  );
  // Room for anything said twice.
  await aTimeout(150);
  recorder.step(`attempt ${n}`);
  return recorder.since(from).filter((text) => !PROGRESS.has(text));
}

function countdown(el: HTMLElement): HTMLElement | null {
  return deep(el, '[part~="countdown"]');
}

describe('behaviour: wrong codes and a lockout', function () {
  this.timeout(30_000);

  for (const [name, make] of Object.entries(targets)) {
    describe(name, () => {
      let recorder: Recorder | undefined;
      let history: TextHistory | undefined;
      let reads: ReturnType<typeof readEvery> | undefined;
      afterEach(() => {
        recorder?.stop();
        history?.stop();
        reads?.stop();
      });

      it('announces each failure once, the lock once with its length, its end once; focus stays', async () => {
        const target = await make();
        recorder = new Recorder(target.el);
        for (let n = 1; n <= 4; n++) {
          const heard = await attempt(target, recorder, n);
          expect(heard, `failure ${n}`).to.deep.equal([en.errorInvalidCode]);
        }
        // The fifth wrong code starts the lock, as its answer arrives (often while the keys are
        // still being sent): what the countdown shows is recorded from before, as it changes.
        history = textHistory(target.el, '[part~="countdown"]');
        reads = readEvery(() => countdown(target.el)?.textContent ?? undefined);
        // The lock: said at once, in words (the end may be heard too if the answer came late).
        const from = recorder.announcements.length;
        const heard = await attempt(target, recorder, 5);
        expect(heard[0], 'failure 5').to.equal(en.errorRetryIn({ time: LOCK }));
        expectSameNode(deepActiveElement(), target.field(), 'the focus stays in the field');
        await waitUntil(() => !countdown(target.el), 'the lock did not end', { timeout: 4000 });
        await aTimeout(150);
        history.stop();
        reads.stop();
        recorder.step('lock over');
        // Shown: LOCK seconds at first (what the announcement said in words), then fewer.
        // (Each target words it its own way: the number in the text is the count.)
        const secondsOf = (text: string) => Number(/\d+/.exec(text)?.[0]);
        expectCountedDown(history.texts, LOCK, secondsOf);
        expectTicked(reads.samples, LOCK, secondsOf);
        // Said: the lock once, then nothing while it counted down, then its end once.
        expect(
          recorder.since(from).filter((text) => !PROGRESS.has(text)),
          'said from failure 5 on',
        ).to.deep.equal([en.errorRetryIn({ time: LOCK }), en.retryNow]);
        const locked = from + recorder.since(from).indexOf(en.errorRetryIn({ time: LOCK }));
        expect(recorder.since(locked + 1), 'said after the lock was announced').to.deep.equal([
          en.retryNow,
        ]);
        expectSameNode(deepActiveElement(), target.field(), 'the focus is still in the field');
        expect(recorder.losses, 'focus losses').to.deep.equal([]);
      });

      it('a lock for good is said in honest words, once per attempt; nothing is sent by itself', async () => {
        // The third wrong code locks for good (`rate-limited` without a wait).
        const target = await make({ hardLockAfter: 3 });
        recorder = new Recorder(target.el);
        for (let n = 1; n <= 2; n++) {
          const heard = await attempt(target, recorder, n);
          expect(heard, `failure ${n}`).to.deep.equal([en.errorInvalidCode]);
        }
        const heard = await attempt(target, recorder, 3);
        expect(heard, 'the lock').to.deep.equal([en.errorLockedOut]);
        expect(heard.join(' ')).to.not.contain(en.errorRateLimited);
        expect(countdown(target.el), 'no countdown: it has no end').to.equal(null);
        expectSameNode(deepActiveElement(), target.field(), 'the focus stays in the field');

        // Another complete code is not sent by itself while locked…
        const from = recorder.announcements.length;
        const field = target.field() as HTMLInputElement;
        field.focus();
        if (field.value) {
          await sendKeys({ press: 'Control+A' });
          await sendKeys({ press: 'Backspace' });
        }
        await sendKeys({ type: target.wrong(4) });
        await aTimeout(200);
        recorder.step('typed while locked');
        if (!target.enter) expect(recorder.since(from), 'nothing sent by itself').to.deep.equal([]);
        // …Enter still tries, and the refusal is said again, once.
        await sendKeys({ press: 'Enter' });
        await waitUntil(
          () => recorder!.since(from).some((text) => !PROGRESS.has(text)),
          'the attempt while locked was not answered',
          { timeout: 5000 },
        );
        await aTimeout(150);
        recorder.step('attempt while locked');
        expect(recorder.since(from).filter((text) => !PROGRESS.has(text))).to.deep.equal([
          en.errorLockedOut,
        ]);
        expect(target.client.throttleStatus().consecutiveFailures, 'not counted').to.equal(3);
        expectSameNode(deepActiveElement(), target.field(), 'the focus is still in the field');
        expect(recorder.losses, 'focus losses').to.deep.equal([]);
      });

      it('does not take the focus back when the user moved on during the lock', async () => {
        const target = await make();
        recorder = new Recorder(target.el);
        for (let n = 1; n <= 5; n++) await attempt(target, recorder, n);
        expect(countdown(target.el)).to.exist;
        const other = target.elsewhere();
        other.focus();
        recorder.step('moved on');
        expectSameNode(deepActiveElement(), other, 'the focus');
        await waitUntil(() => !countdown(target.el), 'the lock did not end', { timeout: 4000 });
        await aTimeout(150);
        recorder.step('lock over');
        expectSameNode(deepActiveElement(), other, 'the focus was not moved');
        expect(recorder.losses, 'focus losses').to.deep.equal([]);
      });
    });
  }
});

describe('behaviour: method tabs follow the reading direction', function () {
  this.timeout(20_000);

  async function tabsIn(dir: 'rtl' | 'ltr'): Promise<MfaActionGuard> {
    const { client } = await guardAccount();
    const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir}></div>`);
    const el = await guard(client);
    wrapper.append(el);
    el.querySelector<HTMLButtonElement>('#go')!.click();
    await totpPanel(el);
    return el;
  }

  function selected(el: MfaActionGuard): string {
    return el.shadowRoot!.querySelector('[part~="method-tab-selected"]')!.textContent!.trim();
  }

  async function press(el: MfaActionGuard, key: string): Promise<string> {
    await sendKeys({ press: key });
    await el.updateComplete;
    await waitUntil(() => deepActiveElement()?.getAttribute('aria-selected') === 'true');
    expect(deepActiveElement()!.textContent!.trim(), 'the focus moves with the selection').to.equal(
      selected(el),
    );
    return selected(el);
  }

  it('right to left: ArrowLeft goes to the next tab, ArrowRight to the previous; Home/End as is', async () => {
    const el = await tabsIn('rtl');
    expect(getComputedStyle(el).direction).to.equal('rtl');
    el.shadowRoot!.querySelector<HTMLElement>('[part~="method-tab-selected"]')!.focus();
    expect(selected(el)).to.equal(en.verifyMethodTotp);
    expect(await press(el, 'ArrowLeft')).to.equal(en.verifyMethodRecoveryCode);
    expect(await press(el, 'ArrowLeft')).to.equal(en.verifyMethodTotp);
    expect(await press(el, 'ArrowRight')).to.equal(en.verifyMethodRecoveryCode);
    expect(await press(el, 'ArrowRight')).to.equal(en.verifyMethodTotp);
    expect(await press(el, 'End')).to.equal(en.verifyMethodRecoveryCode);
    expect(await press(el, 'Home')).to.equal(en.verifyMethodTotp);
  });

  it('left to right: ArrowRight goes to the next tab, ArrowLeft to the previous', async () => {
    const el = await tabsIn('ltr');
    el.shadowRoot!.querySelector<HTMLElement>('[part~="method-tab-selected"]')!.focus();
    expect(await press(el, 'ArrowRight')).to.equal(en.verifyMethodRecoveryCode);
    expect(await press(el, 'ArrowLeft')).to.equal(en.verifyMethodTotp);
    expect(await press(el, 'ArrowLeft')).to.equal(en.verifyMethodRecoveryCode);
  });
});
