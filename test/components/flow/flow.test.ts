import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { MfaFlow } from '../../../components/flow/flow.js';
import type { MfaOtpInput } from '../../../components/otp-input/otp-input.js';
import type { MfaRecoveryCodes } from '../../../components/recovery-codes/recovery-codes.js';
import type { MfaErrorEvent } from '../../../src/events/mfa-error.js';
import type { MfaVerifiedEvent } from '../../../src/events/mfa-verified.js';
import type { MfaFlowCompleteEvent } from '../../../src/events/mfa-flow-complete.js';
import { createMemoryClient } from '../../../src/clients/memory/index.js';
import {
  account,
  acknowledgeShownCodes,
  atStep,
  codeFor,
  collect,
  deepActiveElement,
  en,
  enrollShownTotp,
  flow,
  flowError,
  flowStatus,
  nestedCodes,
  nestedTotp,
  part,
  parts,
  tabTo,
  text,
  warmUpAxe,
} from './helpers.js';
import { nativeInput } from '../../support/code-input.js';
import { expectSameNode } from '../../support/same-node.js';

/** Take WebAuthn away from the page for one test (as in a browser without passkeys). */
function withoutWebAuthn(): () => void {
  const original = Object.getOwnPropertyDescriptor(window, 'PublicKeyCredential')!;
  Object.defineProperty(window, 'PublicKeyCredential', {
    value: undefined,
    configurable: true,
    writable: true,
  });
  return () => Object.defineProperty(window, 'PublicKeyCredential', original);
}

const heading = (el: MfaFlow) => part(el, 'heading')!;
const headingFocused = (el: MfaFlow) => el.shadowRoot!.activeElement === heading(el);

describe('<mfa-flow>', () => {
  before(async function (this: Mocha.Context) {
    this.timeout(60_000);
    await warmUpAxe();
  });

  describe('no method yet: enroll an authenticator app, save the codes, done', () => {
    it('goes through every step by keyboard, accessible at each, and completes once', async () => {
      const { client, clock } = account();
      const completions = collect(document, 'mfa-flow-complete') as MfaFlowCompleteEvent[];
      const el = await flow(client);
      await atStep(el, 'enroll');
      expect(el.hasState('enroll')).to.be.true;
      expect(heading(el).localName).to.equal('h2');
      expect(text(heading(el))).to.equal(en.flowEnrollHeading);
      const choices = parts<HTMLButtonElement>(el, 'choice-button');
      expect(choices.map((b) => text(b.querySelector('.choice-label')))).to.deep.equal([
        en.flowChoiceTotp,
        en.flowChoicePasskey,
      ]);
      expect(part(el, 'choice')!.getAttribute('role')).to.equal('group');
      await expect(el).to.be.accessible();

      // Choose the authenticator app with the keyboard.
      await tabTo(choices[0]);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => nestedTotp(el), 'no enrollment after choosing');
      await el.updateComplete;
      expect(text(heading(el))).to.equal(en.flowTotpHeading);
      expect(headingFocused(el), 'focus on the new heading').to.be.true;
      await waitUntil(() => part(nestedTotp(el)!, 'secret'), 'the setup key never appeared', {
        timeout: 8000,
      });
      await expect(el).to.be.accessible();

      await enrollShownTotp(el, clock);
      await atStep(el, 'acknowledge');
      expect(el.hasState('acknowledge')).to.be.true;
      expect(el.hasState('enroll')).to.be.false;
      expect(text(heading(el))).to.equal(en.flowAcknowledgeHeading);
      expect(text(flowStatus(el))).to.equal(en.flowEnrolledTotp);
      expect(headingFocused(el), 'focus follows to the codes step').to.be.true;
      await waitUntil(
        () => parts(nestedCodes(el)!, 'code').length === 10,
        'the codes never appeared',
      );
      await expect(el).to.be.accessible();

      await acknowledgeShownCodes(el);
      await atStep(el, 'complete');
      expect(el.hasState('complete')).to.be.true;
      expect(text(flowStatus(el))).to.equal(en.flowDone);
      expect(text(heading(el))).to.equal(en.flowDoneHeading);
      expect(headingFocused(el)).to.be.true;
      expect(nestedCodes(el)).to.equal(null);
      await expect(el).to.be.accessible();

      expect(completions).to.have.length(1);
      expect(completions[0].detail).to.deep.equal({ method: 'totp', enrolled: true });
      expectSameNode(completions[0].target, el, 'the event target');
      // It really is the client's state, not the element's opinion.
      expect((await client.status()).pending).to.equal(null);

      // Reading again while nothing is pending does not complete a second time.
      await el.refresh();
      expect(completions).to.have.length(1);
    });

    it('offers only the authenticator app where the browser has no WebAuthn, without a choice', async () => {
      const restore = withoutWebAuthn();
      try {
        const { client } = account();
        const el = await flow(client);
        await atStep(el, 'enroll');
        expect(parts(el, 'choice-button')).to.have.length(0);
        expect(part(el, 'back-button')).to.equal(null);
        expect(nestedTotp(el)).to.exist;
        expect(text(heading(el))).to.equal(en.flowTotpHeading);
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('methods="totp" limits the choice; methods="passkey" offers the passkey alone', async () => {
      const el = await flow(account().client, { methods: 'totp' });
      await atStep(el, 'enroll');
      expect(parts(el, 'choice-button')).to.have.length(0);
      expect(nestedTotp(el)).to.exist;

      const other = await flow(account().client, { methods: 'passkey' });
      await atStep(other, 'enroll');
      expect(parts(other, 'choice-button')).to.have.length(0);
      const prompt = other.shadowRoot!.querySelector('mfa-passkey-prompt')!;
      expect(prompt.getAttribute('mode')).to.equal('register');
      expect(text(heading(other))).to.equal(en.flowPasskeyHeading);
      await expect(other).to.be.accessible();
    });

    it('says so when no offered method works in this browser', async () => {
      const restore = withoutWebAuthn();
      try {
        const el = await flow(account().client, { methods: 'passkey' });
        await atStep(el, 'enroll');
        expect(text(part(el, 'intro'))).to.equal(en.flowNoMethod);
        expect(el.shadowRoot!.querySelector('mfa-passkey-prompt')).to.equal(null);
      } finally {
        restore();
      }
    });

    it('"Choose another way" goes back to the choice, by keyboard, with focus on the heading', async () => {
      const el = await flow(account().client);
      await atStep(el, 'enroll');
      parts<HTMLButtonElement>(el, 'choice-button')[1].focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(text(heading(el))).to.equal(en.flowPasskeyHeading);
      expect(el.shadowRoot!.querySelector('mfa-passkey-prompt')).to.exist;
      await expect(el).to.be.accessible();

      await tabTo(part(el, 'back-button')!);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(parts(el, 'choice-button')).to.have.length(2);
      expect(text(heading(el))).to.equal(en.flowEnrollHeading);
      expect(headingFocused(el)).to.be.true;
    });

    it('heading-level sets the headings’ level', async () => {
      const el = await flow(account().client, { headingLevel: 4 });
      await atStep(el, 'enroll');
      expect(heading(el).localName).to.equal('h4');
      // Kept to h2–h6, as the nested elements' titles are.
      el.headingLevel = 9;
      await el.updateComplete;
      expect(heading(el).localName).to.equal('h6');
    });
  });

  describe('enrolled but not verified in this session', () => {
    /** Type the code the phone shows into the verify step's field (sent on its last digit). */
    async function verifyByCode(el: MfaFlow, code: string): Promise<void> {
      const field = el.shadowRoot!.querySelector<MfaOtpInput>('.verify-methods mfa-otp-input')!;
      await tabTo(nativeInput(field)!);
      await sendKeys({ type: code });
    }

    it('verifies with a code from the app, then completes (no recovery codes pending)', async () => {
      const { client, clock } = account();
      const { secret } = await client.setUpTotp({ signOut: true });
      const completions = collect(document, 'mfa-flow-complete') as MfaFlowCompleteEvent[];
      const el = await flow(client);
      await atStep(el, 'verify');
      expect(el.hasState('verify')).to.be.true;
      expect(text(heading(el))).to.equal(en.flowVerifyHeading);
      // Authenticator app and recovery code: a tab for each.
      expect(parts(el, 'method-tab').map((tab) => text(tab))).to.deep.equal([
        en.verifyMethodTotp,
        en.verifyMethodRecoveryCode,
      ]);
      await expect(el).to.be.accessible();

      await verifyByCode(el, codeFor(secret, clock));
      await atStep(el, 'complete');
      expect(headingFocused(el), 'focus follows to the done heading').to.be.true;
      expect(completions.map((e) => e.detail)).to.deep.equal([{ method: 'totp', enrolled: false }]);
      expect(text(flowStatus(el))).to.equal(en.flowDone);
      await expect(el).to.be.accessible();
    });

    it('a wrong code keeps the step, says why and puts focus back in the field', async () => {
      const { client, clock } = account();
      const { secret } = await client.setUpTotp({ signOut: true });
      const el = await flow(client);
      await atStep(el, 'verify');
      const right = codeFor(secret, clock);
      const wrong = right === '000000' ? '111111' : '000000';
      await verifyByCode(el, wrong);
      const field = el.shadowRoot!.querySelector<MfaOtpInput>('.verify-methods mfa-otp-input')!;
      await waitUntil(() => field.errorMessage !== '', 'no error on the field');
      expect(field.errorMessage).to.equal(en.errorInvalidCode);
      expect(el.step).to.equal('verify');
      expectSameNode(deepActiveElement(), nativeInput(field), 'the focus');
      await expect(el).to.be.accessible();
      await sendKeys({ type: right });
      await atStep(el, 'complete');
    });

    it('token="single-use": the proof with its token reaches the page as mfa-verified', async () => {
      const { client, clock } = account();
      const { secret } = await client.setUpTotp({ signOut: true });
      const el = await flow(client, { token: 'single-use' });
      await atStep(el, 'verify');
      const verified = oneEvent(el, 'mfa-verified') as Promise<MfaVerifiedEvent>;
      await verifyByCode(el, codeFor(secret, clock));
      const { detail } = await verified;
      expect(detail.method).to.equal('totp');
      expect(detail.token?.singleUse).to.be.true;
      expect(JSON.stringify(detail)).not.to.include(codeFor(secret, clock));
      expect(client.consumeToken(detail.token!.value)).to.be.true;
      await atStep(el, 'complete');
    });

    it('verifies with a recovery code, then the flow completes', async () => {
      const { client } = account();
      const { recoveryCodes } = await client.setUpTotp({ signOut: true });
      const el = await flow(client);
      await atStep(el, 'verify');
      const tab = parts<HTMLButtonElement>(el, 'method-tab')[1];
      await tabTo(parts<HTMLButtonElement>(el, 'method-tab')[0]);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(tab.getAttribute('aria-selected')).to.equal('true');
      const codes = el.shadowRoot!.querySelector<MfaRecoveryCodes>(
        'mfa-recovery-codes[mode="verify"]',
      )!;
      await waitUntil(() => part(codes, 'input'), 'no recovery code field');
      await expect(el).to.be.accessible();
      const completions = collect(el, 'mfa-flow-complete') as MfaFlowCompleteEvent[];
      part<HTMLInputElement>(codes, 'input')!.focus();
      await sendKeys({ type: recoveryCodes[0] });
      await sendKeys({ press: 'Enter' });
      await atStep(el, 'complete');
      expect(completions.map((e) => e.detail)).to.deep.equal([
        { method: 'recovery-code', enrolled: false },
      ]);
    });
  });

  describe('recovery codes pending', () => {
    it('shows the codes; acknowledging them completes without an enrollment', async () => {
      const { client } = account();
      await client.setUpTotp({ acknowledge: false });
      const el = await flow(client);
      await atStep(el, 'acknowledge');
      await waitUntil(() => parts(nestedCodes(el)!, 'code').length === 10);
      // On first load the page keeps its focus.
      expect(headingFocused(el)).to.be.false;
      await expect(el).to.be.accessible();
      const done = oneEvent(el, 'mfa-flow-complete') as Promise<MfaFlowCompleteEvent>;
      await acknowledgeShownCodes(el);
      expect((await done).detail).to.deep.equal({ enrolled: false });
      await atStep(el, 'complete');
      expect(text(flowStatus(el))).to.equal(en.flowDone);
    });
  });

  describe('nothing pending', () => {
    it('completes at once, with no method, and says so', async () => {
      const { client } = account();
      await client.setUpTotp();
      const el = document.createElement('mfa-flow');
      el.client = client;
      const done = oneEvent(el, 'mfa-flow-complete') as Promise<MfaFlowCompleteEvent>;
      document.body.append(el);
      try {
        expect((await done).detail).to.deep.equal({ enrolled: false });
        await atStep(el, 'complete');
        expect(text(flowStatus(el))).to.equal(en.flowDone);
        expect(flowStatus(el).getAttribute('role')).to.equal('status');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('hide-done shows nothing once complete', async () => {
      const { client } = account();
      await client.setUpTotp();
      const el = await flow(client, { hideDone: true });
      await atStep(el, 'complete');
      expect(part(el, 'heading')).to.equal(null);
      expect(text(flowStatus(el))).to.equal('');
      expect(el.getBoundingClientRect().height).to.be.below(2);
    });
  });

  describe('reload mid-flow', () => {
    it('after enrolling, before acknowledging: a new element on a reloaded client lands on the codes', async () => {
      const storage = window.sessionStorage;
      const storageKey = `flow-test-${Math.random()}`;
      const first = account({ storage, storageKey });
      try {
        const el = await flow(first.client, { methods: 'totp' });
        await atStep(el, 'enroll');
        await enrollShownTotp(el, first.clock);
        await atStep(el, 'acknowledge');
        el.remove();

        // "Reload": a new client reads the same storage, a new element reads the status.
        const clock = first.clock;
        const client = createMemoryClient({
          storage,
          storageKey,
          now: () => clock.now(),
          issuer: 'Acme',
        });
        const completions = collect(document, 'mfa-flow-complete');
        const again = await flow(client);
        await atStep(again, 'acknowledge');
        expect(text(heading(again))).to.equal(en.flowAcknowledgeHeading);
        await waitUntil(
          () => parts(nestedCodes(again)!, 'code').length === 10,
          'the codes were not shown again',
        );
        expect(completions).to.have.length(0);
        await acknowledgeShownCodes(again);
        await atStep(again, 'complete');
        expect(completions).to.have.length(1);
      } finally {
        storage.removeItem(storageKey);
      }
    });

    it('the same client and a new element land on the same step', async () => {
      const { client, clock } = account();
      const el = await flow(client, { methods: 'totp' });
      await atStep(el, 'enroll');
      await enrollShownTotp(el, clock);
      await atStep(el, 'acknowledge');
      el.remove();
      const again = await flow(client);
      await atStep(again, 'acknowledge');
    });
  });

  describe('errors', () => {
    it('a failed status read says why, fires mfa-error, and Try again reads it again', async () => {
      const { client } = account();
      client.failNextCall('network');
      const errors = collect(document, 'mfa-error') as MfaErrorEvent[];
      const el = await flow(client);
      await waitUntil(() => el.hasState('error'), 'no error state');
      await el.updateComplete;
      expect(text(flowError(el))).to.equal(en.errorNetwork);
      expect(flowError(el).getAttribute('role')).to.equal('alert');
      expect(el.step).to.equal(undefined);
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['network']);
      expectSameNode(errors[0].target, el, 'the event target');
      await expect(el).to.be.accessible();

      const retry = part<HTMLButtonElement>(el, 'retry-button')!;
      expect(text(retry)).to.equal(en.tryAgain);
      await tabTo(retry);
      await sendKeys({ press: 'Enter' });
      await atStep(el, 'enroll');
      expect(el.hasState('error')).to.be.false;
      expect(text(flowError(el))).to.equal('');
      expect(part(el, 'retry-button')).to.equal(null);
      // The button the user pressed is gone: focus goes to the step's heading.
      expect(headingFocused(el)).to.be.true;
    });

    it('an ended session is explained', async () => {
      const { client } = account();
      client.failNextCall('unauthorized');
      const el = await flow(client);
      await waitUntil(() => el.hasState('error'));
      await el.updateComplete;
      expect(text(flowError(el))).to.equal(en.errorUnauthorized);
    });

    it('says it is checking while the first status read is under way', async () => {
      const { client } = account({ latency: 300 });
      const el = await flow(client);
      expect(el.hasState('pending')).to.be.true;
      expect(text(flowStatus(el))).to.equal(en.flowChecking);
      await expect(el).to.be.accessible();
      await atStep(el, 'enroll');
    });
  });

  describe('refresh()', () => {
    it('follows the client: after signing out the flow asks to verify again', async () => {
      const { client } = account();
      await client.setUpTotp();
      const el = await flow(client);
      await atStep(el, 'complete');
      client.signOut();
      await el.refresh();
      await atStep(el, 'verify');
      expect(el.hasState('verify')).to.be.true;
      expect(el.hasState('complete')).to.be.false;
      expect(text(heading(el))).to.equal(en.flowVerifyHeading);
    });
  });

  it('carries no secret in its attributes or its events', async () => {
    const { client, clock } = account();
    const events = collect(
      document,
      'mfa-flow-complete',
      'mfa-enrolled',
      'mfa-recovery-codes-acknowledged',
    );
    const el = await flow(client, { methods: 'totp' });
    await atStep(el, 'enroll');
    await waitUntil(() => nestedTotp(el) && part(nestedTotp(el)!, 'secret'), 'no key', {
      timeout: 8000,
    });
    const secret = text(part(nestedTotp(el)!, 'secret')).replace(/\s+/g, '');
    await enrollShownTotp(el, clock);
    await atStep(el, 'acknowledge');
    await acknowledgeShownCodes(el);
    await atStep(el, 'complete');
    const attributes = [...el.attributes].map((a) => a.value).join(' ');
    expect(attributes).not.to.include(secret);
    for (const event of events)
      expect(JSON.stringify((event as CustomEvent).detail ?? {})).not.to.include(secret);
  });

  it('without a client it says so, and leaves the page’s focus alone', async () => {
    const el = await fixture<MfaFlow>(html`<mfa-flow></mfa-flow>`);
    // No client at all: once the page has settled, the element says why nothing happens.
    await waitUntil(() => text(part(el, 'error')) !== '', 'the missing client is shown', {
      timeout: 5000,
    });
    expect(text(part(el, 'error'))).to.equal(en.errorNoClient);
    await expect(el).to.be.accessible();
    expect(deepActiveElement() !== part(el, 'retry-button'), 'the focus is on Try again').to.equal(
      true,
    );
  });
});
