// <mfa-passkey-prompt> driven by a client that answers when the test says (states, keyboard, events).
// The real WebAuthn ceremonies are in passkey-prompt-webauthn.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { MfaPasskeyPrompt } from '../../../components/passkey-prompt/passkey-prompt.js';
import { MfaError } from '../../../src/client/errors.js';
import type { MfaDevice, MfaProof } from '../../../src/client/types.js';
import type { MfaCancelEvent } from '../../../src/events/mfa-cancel.js';
import type { MfaEnrolledEvent } from '../../../src/events/mfa-enrolled.js';
import type { MfaErrorEvent } from '../../../src/events/mfa-error.js';
import type { MfaVerifiedEvent } from '../../../src/events/mfa-verified.js';
import { createDeferredClient, type DeferredClient } from '../../support/deferred-client.js';
import {
  button,
  collect,
  deepActiveElement,
  en,
  part,
  prompt,
  settled,
  text,
  warmUpAxe,
  withoutWebAuthn,
} from './helpers.js';

const device: MfaDevice = {
  id: 'passkey_1',
  type: 'passkey',
  verified: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  alias: 'Laptop',
};
const proof: MfaProof = { method: 'passkey', deviceId: 'passkey_1' };

/** Press the button and wait until the client has been called (once more than before). */
async function press(el: MfaPasskeyPrompt, client: DeferredClient): Promise<void> {
  const before = client.calls.length;
  button(el).click();
  await waitUntil(() => client.calls.length > before, 'the client was not called');
  await el.updateComplete;
}

/** Settle the client's latest call and wait for the element to show the outcome. */
async function answer(
  el: MfaPasskeyPrompt,
  client: DeferredClient,
  outcome: { resolve: unknown } | { reject: unknown },
) {
  const call = client.last();
  if ('resolve' in outcome) call.resolve(outcome.resolve);
  else call.reject(outcome.reject);
  await settled(el);
}

/** Compare elements by identity: chai would try to print a whole element tree on failure. */
function expectFocus(expected: Element | null): void {
  const active = deepActiveElement();
  expect(
    active === expected,
    `focus is on ${active?.outerHTML.slice(0, 80) ?? 'nothing'}`,
  ).to.equal(true);
}

const input = (el: MfaPasskeyPrompt) => part<HTMLInputElement>(el, 'alias-input');

describe('<mfa-passkey-prompt>', () => {
  before(async function (this: Mocha.Context) {
    this.timeout(60_000);
    await warmUpAxe();
  });

  describe('accessibility in every state', () => {
    it('idle, both modes', async () => {
      await expect(await prompt(createDeferredClient())).to.be.accessible();
      await expect(await prompt(createDeferredClient(), { mode: 'register' })).to.be.accessible();
    });

    it('waiting', async () => {
      const client = createDeferredClient();
      const el = await prompt(client, { mode: 'register' });
      await press(el, client);
      expect(text(part(el, 'status'))).to.equal(en.passkeyWaiting);
      await expect(el).to.be.accessible();
    });

    it('cancelled', async () => {
      const client = createDeferredClient();
      const el = await prompt(client);
      await press(el, client);
      await answer(el, client, { reject: new MfaError('passkey-cancelled') });
      expect(el.hasState('cancelled')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('error', async () => {
      const client = createDeferredClient();
      const el = await prompt(client);
      await press(el, client);
      await answer(el, client, { reject: new MfaError('network') });
      expect(text(part(el, 'error'))).to.equal(en.errorNetwork);
      await expect(el).to.be.accessible();
    });

    it('done, both modes', async () => {
      const client = createDeferredClient();
      const el = await prompt(client);
      await press(el, client);
      await answer(el, client, { resolve: proof });
      expect(el.hasState('done')).to.equal(true);
      await expect(el).to.be.accessible();
      el.mode = 'register';
      await el.updateComplete;
      await press(el, client);
      await answer(el, client, { resolve: device });
      expect(el.hasState('done')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('unsupported', async () => {
      const restore = withoutWebAuthn();
      try {
        const el = await prompt(createDeferredClient(), { mode: 'register' });
        expect(el.hasState('unsupported')).to.equal(true);
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });
  });

  describe('defaults', () => {
    it('authenticates by default: one button, "Use a passkey", empty live regions', async () => {
      const el = await prompt(createDeferredClient());
      expect(el.mode).to.equal('authenticate');
      expect(el.getAttribute('mode')).to.equal('authenticate');
      expect(text(button(el))).to.equal(en.passkeyAuthenticate);
      expect(button(el).type).to.equal('submit');
      expect(button(el).hasAttribute('aria-disabled')).to.equal(false);
      expect(input(el)).to.equal(null);
      expect(part(el, 'retry-button')).to.equal(null);
      expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(text(part(el, 'status'))).to.equal('');
      expect(text(part(el, 'error'))).to.equal('');
      for (const state of ['pending', 'cancelled', 'done', 'unsupported'])
        expect(el.hasState(state), state).to.equal(false);
    });

    it('register mode: "Create a passkey" and a labelled, optional name field', async () => {
      const el = await prompt(createDeferredClient(), { mode: 'register' });
      expect(el.getAttribute('mode')).to.equal('register');
      expect(text(button(el))).to.equal(en.passkeyRegister);
      const field = input(el)!;
      expect(field.labels![0].textContent.trim()).to.equal(en.passkeyAliasLabel);
      expect(field.required).to.equal(false);
      expect(field.maxLength).to.equal(64);
      expect(field.value).to.equal('');
    });

    it('the alias property prefills the field; hide-alias hides it', async () => {
      const el = await prompt(createDeferredClient(), { mode: 'register', alias: 'YubiKey' });
      expect(input(el)!.value).to.equal('YubiKey');
      el.hideAlias = true;
      await el.updateComplete;
      expect(el.hasAttribute('hide-alias')).to.equal(true);
      expect(input(el)).to.equal(null);
    });

    it('takes single strings from .messages', async () => {
      const el = await prompt(createDeferredClient());
      el.messages = { passkeyAuthenticate: 'Sign in with a passkey' };
      await el.updateComplete;
      expect(text(button(el))).to.equal('Sign in with a passkey');
    });
  });

  describe('never starts by itself', () => {
    it('makes no client call on load, on reconnect, or on a change of mode', async () => {
      const client = createDeferredClient();
      const el = await prompt(client);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(el);
      await el.updateComplete;
      el.mode = 'register';
      await el.updateComplete;
      const second = await prompt(client, {
        mode: 'register',
        alias: 'Laptop',
        token: 'single-use',
      });
      await second.updateComplete;
      expect(client.calls).to.deep.equal([]);
      expect(el.hasState('pending')).to.equal(false);
    });

    it('start() runs the ceremony, even before the view has arrived', async () => {
      const client = createDeferredClient();
      const el = document.createElement('mfa-passkey-prompt');
      el.client = client;
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(el);
      const started = el.start();
      await waitUntil(() => client.calls.length === 1, 'start() made no call');
      expect(client.last().method).to.equal('verifyPasskey');
      client.last().resolve(proof);
      await started;
      expect(el.hasState('done')).to.equal(true);
    });
  });

  describe('waiting for the passkey', () => {
    it('announces progress and keeps the focused button focusable but inert', async () => {
      const client = createDeferredClient();
      const el = await prompt(client);
      button(el).focus();
      await press(el, client);
      expect(el.hasState('pending')).to.equal(true);
      expect(text(part(el, 'status'))).to.equal(en.passkeyWaiting);
      expect(button(el).getAttribute('aria-disabled')).to.equal('true');
      expect(button(el).disabled).to.equal(false);
      expectFocus(button(el));
      // Pressing again (mouse or keyboard) while waiting starts nothing.
      button(el).click();
      await sendKeys({ press: 'Enter' });
      await el.start();
      expect(client.calls).to.have.length(1);
      await answer(el, client, { resolve: proof });
      expect(button(el).hasAttribute('aria-disabled')).to.equal(false);
    });

    it('aborts the ceremony when the element leaves the page, firing nothing', async () => {
      const client = createDeferredClient();
      const el = await prompt(client);
      const events = collect(el, 'mfa-verified', 'mfa-error', 'mfa-cancel');
      await press(el, client);
      const { signal } = client.last();
      el.remove();
      expect(signal!.aborted).to.equal(true);
      await client.last().settled.catch(() => undefined);
      await el.updateComplete;
      expect(events).to.deep.equal([]);
      expect(el.hasState('pending')).to.equal(false);
    });
  });

  describe('authenticate', () => {
    it('fires mfa-verified with the proof: known fields only, never anything else the client returns', async () => {
      const client = createDeferredClient();
      const el = await prompt(client, { token: 'single-use', action: 'wallet.export' });
      const events = collect(el, 'mfa-verified', 'mfa-error', 'mfa-cancel');
      await press(el, client);
      const token = {
        value: 'tok_1',
        singleUse: true,
        scopes: [],
        action: 'wallet.export',
        expiresAt: '2026-01-01T00:05:00.000Z',
      };
      await answer(el, client, {
        resolve: {
          ...proof,
          token: { ...token, secret: 'tok-secret' },
          challenge: 'c2VjcmV0',
          code: '123456',
        },
      });
      expect(events.map((event) => event.type)).to.deep.equal(['mfa-verified']);
      const event = events[0] as MfaVerifiedEvent;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ method: 'passkey', deviceId: 'passkey_1', token });
      expect(JSON.stringify(event.detail)).not.to.match(/secret|c2VjcmV0|123456/);
      expect(text(part(el, 'status'))).to.equal(en.passkeyVerified);
      expect(part(el, 'status')!.classList.contains('done')).to.equal(true);
    });

    it('asks for the token and action of its attributes; scopes win over token', async () => {
      const client = createDeferredClient();
      const el = await prompt(client, { token: 'single-use', action: 'wallet.export' });
      await press(el, client);
      expect(client.last().input).to.deep.include({
        token: { singleUse: true },
        action: 'wallet.export',
      });
      await answer(el, client, { resolve: proof });

      el.token = 'persistent';
      el.action = '';
      await el.updateComplete;
      await press(el, client);
      expect(client.last().input).to.deep.include({ token: { singleUse: false } });
      expect(client.last().input).not.to.have.property('action');
      await answer(el, client, { resolve: proof });

      el.scopes = 'wallet:export  credential:unlink';
      await el.updateComplete;
      await press(el, client);
      expect(client.last().input).to.deep.include({
        token: { scopes: ['wallet:export', 'credential:unlink'] },
      });
      await answer(el, client, { resolve: proof });

      const plain = await prompt(client);
      await press(plain, client);
      expect(client.last().input).not.to.have.property('token');
      expect(client.last().input).not.to.have.property('action');
    });

    it('can start over after done', async () => {
      const client = createDeferredClient();
      const el = await prompt(client);
      const events = collect(el, 'mfa-verified');
      await press(el, client);
      await answer(el, client, { resolve: proof });
      await press(el, client);
      expect(el.hasState('done')).to.equal(false);
      expect(text(part(el, 'status'))).to.equal(en.passkeyWaiting);
      await answer(el, client, { resolve: proof });
      expect(events).to.have.length(2);
      expect(el.hasState('done')).to.equal(true);
    });
  });

  describe('register', () => {
    it('passes the typed name to the client and fires mfa-enrolled with known fields only', async () => {
      const client = createDeferredClient();
      const el = await prompt(client, { mode: 'register' });
      const events = collect(el, 'mfa-enrolled', 'mfa-error', 'mfa-cancel');
      input(el)!.value = '  Work\tlaptop\u0007 ';
      await press(el, client);
      expect(client.last().method).to.equal('enrollPasskey');
      expect((client.last().input as { alias?: string }).alias).to.equal('Work laptop');
      await answer(el, client, {
        resolve: { ...device, alias: 'Work laptop', publicKey: 'pk', credentialId: 'cred' },
      });
      expect(events.map((event) => event.type)).to.deep.equal(['mfa-enrolled']);
      expect((events[0] as MfaEnrolledEvent).detail).to.deep.equal({
        device: { ...device, alias: 'Work laptop' },
      });
      expect(text(part(el, 'status'))).to.equal(en.passkeyCreatedNamed({ alias: 'Work laptop' }));
      expect(el.hasState('done')).to.equal(true);
    });

    it('sends no name when the field is blank, and the alias property when the field is hidden', async () => {
      const client = createDeferredClient();
      const el = await prompt(client, { mode: 'register' });
      input(el)!.value = '   ';
      await press(el, client);
      expect(client.last().input).not.to.have.property('alias');
      await answer(el, client, { resolve: { ...device, alias: undefined } });
      expect(text(part(el, 'status'))).to.equal(en.passkeyCreated);

      const hidden = await prompt(client, { mode: 'register', alias: 'YubiKey', hideAlias: true });
      await press(hidden, client);
      expect((client.last().input as { alias?: string }).alias).to.equal('YubiKey');
    });

    it('keeps the typed name after a failure', async () => {
      const client = createDeferredClient();
      const el = await prompt(client, { mode: 'register' });
      input(el)!.value = 'Phone';
      await press(el, client);
      await answer(el, client, { reject: new MfaError('network') });
      expect(input(el)!.value).to.equal('Phone');
      await press(el, client);
      expect((client.last().input as { alias?: string }).alias).to.equal('Phone');
    });

    it('says a passkey is already set up in passkey words, on screen and in mfa-error', async () => {
      const client = createDeferredClient();
      const el = await prompt(client, { mode: 'register' });
      const errors = collect(el, 'mfa-error') as MfaErrorEvent[];
      await press(el, client);
      await answer(el, client, { reject: new MfaError('already-enrolled') });
      expect(text(part(el, 'error'))).to.equal(en.passkeyAlreadyRegistered);
      expect(errors[0].detail).to.deep.equal({
        code: 'already-enrolled',
        message: en.passkeyAlreadyRegistered,
      });
    });
  });

  describe('cancelled', () => {
    for (const [name, rejection] of [
      ['MfaError passkey-cancelled', () => new MfaError('passkey-cancelled')],
      [
        'a raw NotAllowedError',
        () =>
          new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'),
      ],
    ] as const) {
      it(`fires mfa-cancel (not mfa-error) and offers Try again, for ${name}`, async () => {
        const client = createDeferredClient();
        const el = await prompt(client);
        const events = collect(el, 'mfa-cancel', 'mfa-error', 'mfa-verified');
        button(el).focus();
        await press(el, client);
        await answer(el, client, { reject: rejection() });
        expect(events.map((event) => event.type)).to.deep.equal(['mfa-cancel']);
        const event = events[0] as MfaCancelEvent;
        expect(event.detail).to.deep.equal({ reason: 'passkey-cancelled' });
        expect(event.bubbles && event.composed).to.equal(true);
        expect(el.hasState('cancelled')).to.equal(true);
        const retry = part<HTMLButtonElement>(el, 'retry-button')!;
        expect(retry === button(el), 'the retry button is the same button').to.equal(true);
        expect(text(retry)).to.equal(en.tryAgain);
        expect(text(part(el, 'status'))).to.equal(en.passkeyCancelled);
        expect(text(part(el, 'error'))).to.equal('');
        expectFocus(retry);
      });
    }

    it('Try again starts a new ceremony and clears the cancelled state', async () => {
      const client = createDeferredClient();
      const el = await prompt(client);
      await press(el, client);
      await answer(el, client, { reject: new MfaError('passkey-cancelled') });
      part<HTMLButtonElement>(el, 'retry-button')!.click();
      await waitUntil(() => client.calls.length === 2);
      await el.updateComplete;
      expect(el.hasState('cancelled')).to.equal(false);
      expect(part(el, 'retry-button')).to.equal(null);
      await answer(el, client, { resolve: proof });
      expect(el.hasState('done')).to.equal(true);
    });
  });

  describe('errors', () => {
    it('shows a readable error, fires mfa-error, puts focus on the button, and stays usable', async () => {
      const client = createDeferredClient();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><mfa-passkey-prompt .client=${client}></mfa-passkey-prompt></div>`,
      );
      const el = wrapper.querySelector('mfa-passkey-prompt')!;
      await el.updateComplete;
      const errors = collect(el, 'mfa-error') as MfaErrorEvent[];
      await press(el, client);
      // Focus lost while the browser's sheet was up: it comes back to the button.
      (document.activeElement as HTMLElement | null)?.blur();
      await answer(el, client, { reject: new MfaError('network') });
      expect(errors.map((event) => event.detail)).to.deep.equal([
        { code: 'network', message: en.errorNetwork },
      ]);
      expect(text(part(el, 'error'))).to.equal(en.errorNetwork);
      expect(button(el).getAttribute('aria-describedby')).to.equal('error');
      await waitUntil(
        () => deepActiveElement() === button(el),
        'focus did not return to the button',
      );
      expect(button(el).hasAttribute('aria-disabled')).to.equal(false);
      expect(el.hasState('cancelled')).to.equal(false);

      await press(el, client);
      expect(text(part(el, 'error'))).to.equal('');
      await answer(el, client, { resolve: proof });
      expect(el.hasState('done')).to.equal(true);
    });

    it('calls a refused passkey a refused passkey, not a wrong code', async () => {
      const client = createDeferredClient();
      const el = await prompt(client);
      const errors = collect(el, 'mfa-error') as MfaErrorEvent[];
      await press(el, client);
      await answer(el, client, { reject: new MfaError('invalid-code') });
      expect(text(part(el, 'error'))).to.equal(en.passkeyRejected);
      expect(errors[0].detail.message).to.equal(en.passkeyRejected);
    });

    it('does not take focus from a field the user moved to meanwhile', async () => {
      const client = createDeferredClient();
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <mfa-passkey-prompt .client=${client}></mfa-passkey-prompt><label>Other <input id="other" /></label>
      </div>`);
      const el = wrapper.querySelector('mfa-passkey-prompt')!;
      await waitUntil(() => part(el, 'button'));
      await press(el, client);
      const other = wrapper.querySelector<HTMLInputElement>('#other')!;
      other.focus();
      await answer(el, client, { reject: new MfaError('network') });
      await el.updateComplete;
      expect(document.activeElement === other, 'focus stayed in the other field').to.equal(true);
    });

    it('without a client, says so', async () => {
      const el = await prompt(undefined);
      const errors = collect(el, 'mfa-error') as MfaErrorEvent[];
      button(el).click();
      await waitUntil(() => errors.length === 1);
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.equal(en.errorNoClient);
    });
  });

  describe('unsupported', () => {
    it('without WebAuthn: says so, keeps the button inert, calls nothing', async () => {
      const client = createDeferredClient();
      const restore = withoutWebAuthn();
      let el: MfaPasskeyPrompt;
      try {
        el = await prompt(client);
        expect(el.hasState('unsupported')).to.equal(true);
        expect(text(part(el, 'error'))).to.equal(en.errorPasskeyUnsupported);
        expect(button(el).getAttribute('aria-disabled')).to.equal('true');
        button(el).click();
        await el.start();
        await el.updateComplete;
        expect(client.calls).to.deep.equal([]);
      } finally {
        restore();
      }
      // Checked when rendering, not once at import.
      el.requestUpdate();
      await el.updateComplete;
      expect(el.hasState('unsupported')).to.equal(false);
      expect(button(el).hasAttribute('aria-disabled')).to.equal(false);
    });

    it('a client answering passkey-unsupported leads to the same state', async () => {
      const client = createDeferredClient();
      const el = await prompt(client);
      const errors = collect(el, 'mfa-error') as MfaErrorEvent[];
      button(el).focus();
      await press(el, client);
      await answer(el, client, { reject: new DOMException('no', 'NotSupportedError') });
      expect(el.hasState('unsupported')).to.equal(true);
      expect(errors.map((event) => event.detail.code)).to.deep.equal(['passkey-unsupported']);
      expect(text(part(el, 'error'))).to.equal(en.errorPasskeyUnsupported);
      expect(button(el).getAttribute('aria-disabled')).to.equal('true');
      expectFocus(button(el));
      button(el).click();
      await el.updateComplete;
      expect(client.calls).to.have.length(1);
    });
  });

  describe('keyboard', () => {
    async function tabFromBefore(client: DeferredClient, mode: 'authenticate' | 'register') {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">Before</button>
        <mfa-passkey-prompt .client=${client} mode=${mode}></mfa-passkey-prompt>
      </div>`);
      const el = wrapper.querySelector('mfa-passkey-prompt')!;
      await waitUntil(() => part(el, 'button'));
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      return el;
    }

    it('Tab reaches the button; Enter and Space start the ceremony', async () => {
      const client = createDeferredClient();
      const el = await tabFromBefore(client, 'authenticate');
      expectFocus(button(el));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => client.calls.length === 1, 'Enter did not start');
      await answer(el, client, { reject: new MfaError('passkey-cancelled') });
      expectFocus(button(el));
      await sendKeys({ press: 'Space' });
      await waitUntil(() => client.calls.length === 2, 'Space did not start');
      await answer(el, client, { resolve: proof });
      expect(el.hasState('done')).to.equal(true);
    });

    it('register: Tab to the name, type it, Enter starts with it; focus stays there; Tab reaches the button', async () => {
      const client = createDeferredClient();
      const el = await tabFromBefore(client, 'register');
      expectFocus(input(el));
      await sendKeys({ type: 'Phone' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => client.calls.length === 1, 'Enter in the field did not start');
      expect((client.last().input as { alias?: string }).alias).to.equal('Phone');
      await answer(el, client, { reject: new MfaError('passkey-cancelled') });
      // Focus stays where the user put it: Enter again tries again.
      expectFocus(input(el));
      await sendKeys({ press: 'Tab' });
      expectFocus(button(el));
    });
  });

  describe('switching mode', () => {
    it('forgets the outcome of the other mode and aborts a ceremony under way', async () => {
      const client = createDeferredClient();
      const el = await prompt(client);
      await press(el, client);
      await answer(el, client, { resolve: proof });
      expect(el.hasState('done')).to.equal(true);
      el.mode = 'register';
      await el.updateComplete;
      expect(el.hasState('done')).to.equal(false);
      expect(text(part(el, 'status'))).to.equal('');
      expect(text(button(el))).to.equal(en.passkeyRegister);
      await press(el, client);
      const { signal } = client.last();
      el.mode = 'authenticate';
      await el.updateComplete;
      expect(signal!.aborted).to.equal(true);
      await settled(el);
      expect(text(part(el, 'status'))).to.equal('');
    });
  });
});
