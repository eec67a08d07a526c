import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/recovery-codes/mfa-recovery-codes.js';
import type { MfaRecoveryCodes } from '../../../components/recovery-codes/recovery-codes.js';
import type { MfaErrorEvent } from '../../../src/events/mfa-error.js';
import type { MfaVerifiedEvent } from '../../../src/events/mfa-verified.js';
import { codeForms, enrolledClient, part, retainedCodes, text, type Enrolled } from './helpers.js';
import { english as en } from '../../support/english.js';
import { expectSameNode } from '../../support/same-node.js';
import { textHistory } from '../../support/text-history.js';
import { expectCountedDown, secondsIn } from '../../support/countdown-reads.js';

/** The element's English strings: the shared ones and its own (which moved with its lazily loaded view). */

/** A signed-out user at the verify step, with the codes acknowledged as in real life. */
async function atVerifyStep(): Promise<Enrolled> {
  const setup = await enrolledClient();
  await setup.client.acknowledgeRecoveryCodes();
  setup.client.signOut();
  return setup;
}

async function verifier(
  setup: Enrolled,
  attributes: { token?: string; action?: string; scopes?: string } = {},
) {
  const el = await fixture<MfaRecoveryCodes>(html`<mfa-recovery-codes
    mode="verify"
    .client=${setup.client}
    token=${attributes.token ?? ''}
    action=${attributes.action ?? ''}
    scopes=${attributes.scopes ?? ''}
  ></mfa-recovery-codes>`);
  return el;
}

const field = (el: MfaRecoveryCodes) => part<HTMLInputElement>(el, 'input')!;
const submit = (el: MfaRecoveryCodes) => part<HTMLButtonElement>(el, 'submit-button')!;

/** Type like a user: focus the field, replace what is there, press Enter. */
async function typeAndEnter(el: MfaRecoveryCodes, value: string): Promise<void> {
  const input = field(el);
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: value });
  await sendKeys({ press: 'Enter' });
}

async function settled(el: MfaRecoveryCodes): Promise<void> {
  await waitUntil(() => !el.hasState('pending'), 'the call never settled');
  await el.updateComplete;
}

const wrongCode = 'ZZZZ-ZZZZ-ZZZZ-ZZZZ';

describe('<mfa-recovery-codes> mode="verify"', () => {
  before(async function (this: { timeout(ms: number): void }) {
    // Load axe once, outside any single test's time budget: these machines are shared and busy.
    this.timeout(60_000);
    await expect(await fixture(html`<p>warm-up</p>`)).to.be.accessible();
  });

  describe('accessibility in every state', () => {
    it('initial', async () => {
      const el = await verifier(await atVerifyStep());
      await expect(el).to.be.accessible();
    });

    it('error', async () => {
      const el = await verifier(await atVerifyStep());
      await typeAndEnter(el, wrongCode);
      await waitUntil(() => text(part(el, 'error')) !== '');
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('error and success on a dark page', async () => {
      const setup = await atVerifyStep();
      for (const code of setup.codes.slice(0, 7)) await setup.client.verifyRecoveryCode({ code });
      const wrapper =
        await fixture<HTMLDivElement>(html`<div style="color-scheme: dark; background: #0d1117; padding: 1rem">
        <mfa-recovery-codes mode="verify" .client=${setup.client}></mfa-recovery-codes>
      </div>`);
      const el = wrapper.querySelector('mfa-recovery-codes')!;
      // fixture() waited for the wrapper only; the element's view loads on connect.
      await el.updateComplete;
      await typeAndEnter(el, wrongCode);
      await waitUntil(() => text(part(el, 'error')) !== '');
      await settled(el);
      await expect(wrapper).to.be.accessible();
      await typeAndEnter(el, setup.codes[7]);
      await waitUntil(() => el.hasState('verified'));
      await settled(el);
      expect(part(el, 'remaining')!.classList.contains('low')).to.be.true;
      await expect(wrapper).to.be.accessible();
    });

    it('rate-limited', async () => {
      const setup = await atVerifyStep();
      const el = await verifier(setup);
      setup.client.failNextCall('rate-limited', { retryAfter: 30 });
      await typeAndEnter(el, wrongCode);
      await waitUntil(() => part(el, 'countdown') && !el.hasState('pending'));
      await expect(el).to.be.accessible();
    });

    it('success', async () => {
      const setup = await atVerifyStep();
      const el = await verifier(setup);
      await typeAndEnter(el, setup.codes[0]);
      await waitUntil(() => el.hasState('verified'));
      await settled(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('is a labelled text field with a submit button inside a form, loading nothing', async () => {
      const setup = await atVerifyStep();
      const el = await verifier(setup);
      expect(el.getAttribute('mode')).to.equal('verify');
      const input = field(el);
      expect(input.type).to.equal('text');
      expect(input.getAttribute('autocomplete')).to.equal('off');
      expect(input.getAttribute('spellcheck')).to.equal('false');
      expect(input.spellcheck).to.be.false;
      expect(input.getAttribute('autocapitalize')).to.equal('characters');
      expect(input.labels?.length).to.equal(1);
      expect(text(input.labels![0])).to.equal(en.recoveryCodeLabel);
      expect(input.form).to.not.equal(null);
      expect(submit(el).type).to.equal('submit');
      expectSameNode(submit(el).form, input.form, 'the form');
      expect(text(submit(el))).to.equal(en.recoveryCodeSubmit);
      expect(part(el, 'list')).to.equal(null);
      expect(el.hasState('pending')).to.be.false;
      expect((await setup.client.status()).pending).to.equal('verify');
    });

    it('an empty submit shows an inline message, keeps focus in the field and calls nothing', async () => {
      const setup = await atVerifyStep();
      const el = await verifier(setup);
      let errors = 0;
      el.addEventListener('mfa-error', () => (errors += 1));
      field(el).focus();
      await sendKeys({ type: '   ' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.equal(en.recoveryCodeMissing);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(field(el).getAttribute('aria-invalid')).to.equal('true');
      expectSameNode(el.shadowRoot!.activeElement, field(el), 'the focus');
      expect(errors).to.equal(0);
      expect(setup.client.throttleStatus().totalFailures).to.equal(0);
      await sendKeys({ type: 'a' });
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.equal('');
      expect(field(el).getAttribute('aria-invalid')).to.equal('false');
    });
  });

  describe('events', () => {
    it('accepts a code in lower case with spaces, fires mfa-verified without the code, and shows what is left', async () => {
      const setup = await atVerifyStep();
      const el = await verifier(setup);
      const code = setup.codes[0];
      const verified = oneEvent(el, 'mfa-verified');
      await typeAndEnter(el, code.toLowerCase().replace(/-/g, ' '));
      const event: MfaVerifiedEvent = await verified;
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      expect(event.detail.method).to.equal('recovery-code');
      expect(event.detail.recoveryCodesRemaining).to.equal(9);
      expect(event.detail.token).to.equal(undefined);
      const json = JSON.stringify(event.detail);
      for (const form of codeForms(code)) expect(json).not.to.include(form);
      expect(json.toLowerCase()).not.to.include(code.toLowerCase().replace(/-/g, ' '));

      await settled(el);
      expect(el.hasState('verified')).to.be.true;
      const remaining = part(el, 'remaining')!;
      expect(text(remaining)).to.equal('You have 9 recovery codes left.');
      expect(remaining.classList.contains('low')).to.be.false;
      expect(text(part(el, 'status'))).to.include(en.recoveryCodeVerified);
      expectSameNode(el.shadowRoot!.activeElement, part(el, 'status'), 'the focus');
      expect(part(el, 'input')).to.equal(null);
      expect(retainedCodes(el, setup.codes)).to.deep.equal([]);
      expect((await setup.client.status()).pending).to.equal(null);
    });

    it('asks for a token bound to the action when told to, and the token works once', async () => {
      const setup = await atVerifyStep();
      const el = await verifier(setup, { token: 'single-use', action: 'wallet.export' });
      const verified = oneEvent(el, 'mfa-verified');
      await typeAndEnter(el, setup.codes[3]);
      const { detail } = (await verified) as MfaVerifiedEvent;
      expect(detail.token?.singleUse).to.be.true;
      expect(detail.token?.action).to.equal('wallet.export');
      expect(setup.client.consumeToken(detail.token!.value, { action: 'wallet.export' })).to.be
        .true;
      expect(setup.client.consumeToken(detail.token!.value, { action: 'wallet.export' })).to.be
        .false;
      await settled(el);
      expect(retainedCodes(el, [detail.token!.value])).to.deep.equal([]);
    });

    it('asks for step-up scopes when given', async () => {
      const setup = await atVerifyStep();
      const el = await verifier(setup, { scopes: 'wallet:export' });
      const verified = oneEvent(el, 'mfa-verified');
      await typeAndEnter(el, setup.codes[4]);
      const { detail } = (await verified) as MfaVerifiedEvent;
      expect(detail.token?.scopes).to.deep.equal(['wallet:export']);
    });

    it('warns when three or fewer codes are left', async () => {
      const setup = await atVerifyStep();
      for (const code of setup.codes.slice(0, 7)) await setup.client.verifyRecoveryCode({ code });
      const el = await verifier(setup);
      await typeAndEnter(el, setup.codes[7]);
      await waitUntil(() => el.hasState('verified'));
      await settled(el);
      const remaining = part(el, 'remaining')!;
      expect(text(remaining)).to.equal(en.recoveryCodesFewLeft({ count: 2 }));
      expect(text(remaining)).to.match(/^You have 2 recovery codes left\./);
      expect(remaining.classList.contains('low')).to.be.true;
      expect(getComputedStyle(remaining).color).not.to.equal(
        getComputedStyle(part(el, 'status')!).color,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('errors', () => {
    it('refuses the same code a second time', async () => {
      const setup = await atVerifyStep();
      const first = await verifier(setup);
      await typeAndEnter(first, setup.codes[0]);
      await waitUntil(() => first.hasState('verified'));

      const second = await verifier(setup);
      let verifiedAgain = false;
      second.addEventListener('mfa-verified', () => (verifiedAgain = true));
      const failed = oneEvent(second, 'mfa-error');
      await typeAndEnter(second, setup.codes[0]);
      expect(((await failed) as MfaErrorEvent).detail.code).to.equal('invalid-code');
      await settled(second);
      expect(verifiedAgain).to.be.false;
      expect(text(part(second, 'error'))).to.equal(en.errorInvalidCode);
      expect(second.hasState('verified')).to.be.false;
    });

    it('a wrong code: alert, focus back in the field with the text selected to fix it', async () => {
      const setup = await atVerifyStep();
      const el = await verifier(setup);
      const failed = oneEvent(el, 'mfa-error');
      await typeAndEnter(el, wrongCode);
      const event = (await failed) as MfaErrorEvent;
      expect(event.detail).to.deep.equal({ code: 'invalid-code', message: en.errorInvalidCode });
      expect(JSON.stringify(event.detail)).not.to.include('ZZZZ');
      await settled(el);
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.equal(en.errorInvalidCode);
      const input = field(el);
      expectSameNode(el.shadowRoot!.activeElement, input, 'the focus');
      expect(input.value).to.equal(wrongCode);
      expect(input.selectionStart).to.equal(0);
      expect(input.selectionEnd).to.equal(wrongCode.length);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.include('error');
      expect(submit(el).disabled).to.be.false;

      // Typing replaces the selection; the right code then goes through.
      const verified = oneEvent(el, 'mfa-verified');
      await sendKeys({ type: setup.codes[1] });
      await sendKeys({ press: 'Enter' });
      expect(((await verified) as MfaVerifiedEvent).detail.recoveryCodesRemaining).to.equal(9);
    });

    it('locks on the fifth failure: countdown, the field read-only, even the right code is not sent', async function (this: Mocha.Context) {
      // Codes typed key by key through the test runner: slow when the machine is busy.
      this.timeout(30_000);
      const setup = await atVerifyStep();
      const el = await verifier(setup);
      const errors: Array<{ code: string; retryAfter?: number }> = [];
      el.addEventListener('mfa-error', (event) => errors.push(event.detail));
      // Each second the countdown showed, recorded as it rendered: the steps below are awaited
      // through the runner, and a busy machine may read the line a second or more after the lock.
      const countdown = textHistory(el, '[part~="countdown"]');
      for (let attempt = 1; attempt <= 5; attempt++) {
        await typeAndEnter(el, wrongCode);
        await waitUntil(() => errors.length === attempt, `attempt ${attempt} never failed`);
        await settled(el);
      }
      expect(errors.map((error) => error.code)).to.deep.equal(Array(5).fill('invalid-code'));
      // The wrong code that starts the lock says how long it lasts.
      expect(errors[4].retryAfter).to.equal(30);

      expect(submit(el).getAttribute('aria-disabled')).to.equal('true');
      expect(field(el).readOnly).to.be.true;
      // One visible message, the countdown, from the lock's full length down; the alert says
      // nothing that ticks.
      const secondsOf = secondsIn((time) => en.errorRetryIn({ time }), 30);
      expectCountedDown(countdown.texts, 30, secondsOf);
      expect(secondsOf(text(part(el, 'countdown'))), 'still counting down').to.be.within(1, 30);
      countdown.stop();
      expect(text(part(el, 'error'))).to.equal('');
      expectSameNode(el.shadowRoot!.activeElement, field(el), 'the focus');

      // Enter while locked sends nothing, not even a right code (the field takes no typing).
      const failuresBefore = setup.client.throttleStatus().totalFailures;
      field(el).value = setup.codes[0];
      field(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.hasState('pending')).to.be.false;
      expect(el.hasState('verified')).to.be.false;
      expect(setup.client.throttleStatus().totalFailures).to.equal(failuresBefore);
      // The code is still unused.
      const proof = await setup.client
        .verifyRecoveryCode({ code: setup.codes[0] })
        .catch((error: unknown) => error);
      expect((proof as { code?: string }).code, 'the server still refuses while locked').to.equal(
        'rate-limited',
      );
    });

    it('counts down and lets the user try again', async () => {
      const setup = await atVerifyStep();
      const el = await verifier(setup);
      setup.client.failNextCall('rate-limited', { retryAfter: 2 });
      await typeAndEnter(el, wrongCode);
      await waitUntil(() => part(el, 'countdown') && !el.hasState('pending'));
      expect(text(part(el, 'countdown'))).to.match(/Try again in [12] seconds?\./);
      expect(submit(el).getAttribute('aria-disabled')).to.equal('true');
      await waitUntil(() => !part(el, 'countdown'), 'the countdown never ended', { timeout: 4000 });
      expect(submit(el).getAttribute('aria-disabled')).to.equal('false');
      expect(field(el).readOnly).to.be.false;
      expect(text(part(el, 'error'))).to.equal('');
    });

    it('network failure: message, the typed code kept and focused', async () => {
      const setup = await atVerifyStep();
      const el = await verifier(setup);
      setup.client.failNextCall('network');
      const failed = oneEvent(el, 'mfa-error');
      await typeAndEnter(el, setup.codes[2]);
      expect(((await failed) as MfaErrorEvent).detail.code).to.equal('network');
      await settled(el);
      expect(text(part(el, 'error'))).to.equal(en.errorNetwork);
      expect(field(el).value).to.equal(setup.codes[2]);
      expectSameNode(el.shadowRoot!.activeElement, field(el), 'the focus');
      // The code was not used up by the failed call.
      const verified = oneEvent(el, 'mfa-verified');
      await sendKeys({ press: 'Enter' });
      expect(((await verified) as MfaVerifiedEvent).detail.recoveryCodesRemaining).to.equal(9);
    });
  });

  describe('running low', () => {
    it('regenerate() with the token from the verification switches to a new set to save', async () => {
      const setup = await atVerifyStep();
      const el = await verifier(setup, { token: 'single-use' });
      const verified = oneEvent(el, 'mfa-verified');
      await typeAndEnter(el, setup.codes[0]);
      const { detail } = (await verified) as MfaVerifiedEvent;
      await settled(el);

      const regenerated = oneEvent(el, 'mfa-recovery-codes-regenerated');
      await el.regenerate({ mfaToken: detail.token!.value });
      expect(((await regenerated) as Event & { detail: unknown }).detail).to.deep.equal({
        count: 10,
      });
      await el.updateComplete;
      expect(el.mode).to.equal('show');
      expect(el.hasState('verified')).to.be.false;
      expect(part(el, 'input')).to.equal(null);
      const fresh = [...el.shadowRoot!.querySelectorAll('[part~="code"]')].map((item) =>
        text(item),
      );
      expect(fresh).to.have.length(10);
      for (const code of fresh) expect(setup.codes).not.to.include(code);
      expect(part<HTMLButtonElement>(el, 'acknowledge-button')!.disabled).to.be.true;
      // The old codes, used or not, are all gone.
      const old = await setup.client
        .verifyRecoveryCode({ code: setup.codes[1] })
        .catch((error: unknown) => error);
      expect((old as { code?: string }).code).to.equal('invalid-code');
    });
  });

  describe('leaving the page', () => {
    it('clears a typed code when the element is removed', async () => {
      const setup = await atVerifyStep();
      const el = await verifier(setup);
      field(el).focus();
      await sendKeys({ type: setup.codes[0] });
      const input = field(el);
      el.remove();
      expect(input.value).to.equal('');
      expect(retainedCodes(el, setup.codes)).to.deep.equal([]);
    });
  });
});
