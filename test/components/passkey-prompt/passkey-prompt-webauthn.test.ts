// <mfa-passkey-prompt> with real ceremonies: Chromium's virtual authenticator answers, the memory
// client verifies with @simplewebauthn/server in the page.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { MfaEnrolledEvent } from '../../../src/events/mfa-enrolled.js';
import type { MfaErrorEvent } from '../../../src/events/mfa-error.js';
import type { MfaVerifiedEvent } from '../../../src/events/mfa-verified.js';
import { createMemoryClient } from '../../../src/clients/memory/index.js';
import {
  button,
  collect,
  deepActiveElement,
  en,
  part,
  prompt,
  settled,
  text,
  virtualCredentials,
  warmUpAxe,
} from './helpers.js';
import { useVirtualAuthenticator } from '../../support/virtual-authenticator.js';
import { expectSameNode } from '../../support/same-node.js';

/** Wait for the first of these events (a real ceremony takes a moment on a busy machine). */
async function firstOf(events: Event[]): Promise<Event> {
  await waitUntil(() => events.length > 0, 'the ceremony ended without an event', {
    timeout: 8000,
  });
  return events[0];
}

/** Words that must never appear in an event detail: what WebAuthn and the verifier work with. */
const SECRET_WORDS =
  /challenge|publicKey|credentialId|signature|clientDataJSON|attestation|counter/i;

describe('<mfa-passkey-prompt> with a virtual authenticator', () => {
  useVirtualAuthenticator({ warmUp: warmUpAxe });

  it('registers a named passkey for real, then signs in with it and gets a token', async () => {
    const client = createMemoryClient({ rpName: 'Acme' });
    const register = await prompt(client, { mode: 'register' });
    const registerEvents = collect(register, 'mfa-enrolled', 'mfa-error', 'mfa-cancel');
    part<HTMLInputElement>(register, 'alias-input')!.focus();
    await sendKeys({ type: 'Laptop' });
    button(register).click();
    const enrolled = (await firstOf(registerEvents)) as MfaEnrolledEvent;
    await settled(register);
    expect(registerEvents.map((event) => event.type)).to.deep.equal(['mfa-enrolled']);
    const { device } = enrolled.detail;
    expect(device).to.include({ type: 'passkey', verified: true, alias: 'Laptop' });
    expect(Object.keys(device).sort()).to.deep.equal([
      'alias',
      'createdAt',
      'id',
      'type',
      'verified',
    ]);
    expect(JSON.stringify(enrolled.detail)).not.to.match(SECRET_WORDS);
    const credentials = await virtualCredentials();
    expect(credentials).to.have.length(1);
    expect(credentials[0].rpId).to.equal(location.hostname);
    expect(register.hasState('done')).to.equal(true);
    expect(text(part(register, 'status'))).to.equal(en.passkeyCreatedNamed({ alias: 'Laptop' }));
    expect((await client.status()).devices).to.deep.equal([device]);
    await expect(register).to.be.accessible();

    await client.acknowledgeRecoveryCodes();
    client.signOut();
    const signIn = await prompt(client, { token: 'single-use', action: 'wallet.export' });
    const signInEvents = collect(signIn, 'mfa-verified', 'mfa-error', 'mfa-cancel');
    button(signIn).click();
    const verified = (await firstOf(signInEvents)) as MfaVerifiedEvent;
    await settled(signIn);
    expect(signInEvents.map((event) => event.type)).to.deep.equal(['mfa-verified']);
    const proof = verified.detail;
    expect(proof.method).to.equal('passkey');
    expect(proof.deviceId).to.equal(device.id);
    expect(proof.token).to.include({ singleUse: true, action: 'wallet.export' });
    expect(Object.keys(proof).sort()).to.deep.equal(['deviceId', 'method', 'token']);
    expect(JSON.stringify(proof)).not.to.match(SECRET_WORDS);
    expect(client.consumeToken(proof.token!.value, { action: 'wallet.export' })).to.equal(true);
    expect((await virtualCredentials())[0].signCount).to.be.greaterThan(credentials[0].signCount);
    expect(signIn.hasState('done')).to.equal(true);
    expect(text(part(signIn, 'status'))).to.equal(en.passkeyVerified);
    expect((await client.status()).pending).to.equal(null);
    await expect(signIn).to.be.accessible();

    // A new press starts over: a second real assertion.
    button(signIn).click();
    await waitUntil(() => signInEvents.length === 2, 'no second verification', { timeout: 8000 });
    expect(signInEvents.map((event) => event.type)).to.deep.equal(['mfa-verified', 'mfa-verified']);
  });

  it('asks for step-up scopes', async () => {
    const client = createMemoryClient();
    await client.enrollPasskey();
    client.signOut();
    const el = await prompt(client, { scopes: 'wallet:export', token: 'persistent' });
    const events = collect(el, 'mfa-verified', 'mfa-error', 'mfa-cancel');
    button(el).click();
    const verified = (await firstOf(events)) as MfaVerifiedEvent;
    expect(verified.type).to.equal('mfa-verified');
    expect(verified.detail.token!.scopes).to.deep.equal(['wallet:export']);
  });

  it('user verification failing: the authenticator refuses, so Try again — which then works', async () => {
    const client = createMemoryClient({ passkeyTimeout: 3000 });
    const el = await prompt(client, { mode: 'register', alias: 'Phone' });
    const events = collect(el, 'mfa-enrolled', 'mfa-error', 'mfa-cancel');
    await executeServerCommand('webauthn-set-user-verified', { value: false });
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await firstOf(events);
    await settled(el);
    // The memory client reports a refused ceremony as passkey-cancelled: a calm retry, no mfa-error.
    expect(events.map((event) => event.type)).to.deep.equal(['mfa-cancel']);
    expect(el.hasState('cancelled')).to.equal(true);
    expect(text(part(el, 'status'))).to.equal(en.passkeyCancelled);
    expect(await virtualCredentials()).to.deep.equal([]);
    expect((await client.status()).devices).to.deep.equal([]);
    expect(deepActiveElement() === part(el, 'retry-button'), 'focus is on Try again').to.equal(
      true,
    );

    await executeServerCommand('webauthn-set-user-verified', { value: true });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => events.length === 2, 'Try again did not register', { timeout: 8000 });
    await settled(el);
    expect(events.map((event) => event.type)).to.deep.equal(['mfa-cancel', 'mfa-enrolled']);
    expect((events[1] as MfaEnrolledEvent).detail.device.alias).to.equal('Phone');
    expect(el.hasState('cancelled')).to.equal(false);
    expect(el.hasState('done')).to.equal(true);
  });

  it('no authenticator answers: the ceremony times out as a cancellation, and Try again works once one is there', async () => {
    const client = createMemoryClient({ passkeyTimeout: 500 });
    const el = await prompt(client, { mode: 'register' });
    const events = collect(el, 'mfa-enrolled', 'mfa-error', 'mfa-cancel');
    await executeServerCommand('webauthn-remove');
    button(el).click();
    await el.updateComplete;
    expect(text(part(el, 'status'))).to.equal(en.passkeyWaiting);
    await firstOf(events);
    await settled(el);
    expect(events.map((event) => event.type)).to.deep.equal(['mfa-cancel']);
    const retry = part<HTMLButtonElement>(el, 'retry-button')!;
    expect(text(retry)).to.equal(en.tryAgain);
    await expect(el).to.be.accessible();

    // Only the ceremony meant to time out gets the 500 ms timeout (Chromium does not raise it
    // while the virtual authenticator is on): the retry runs on a client with the default
    // timeout. It needs nothing from the first one, which stored nothing (no device yet).
    expect((await client.status()).devices).to.deep.equal([]);
    const retryClient = createMemoryClient();
    el.client = retryClient;
    await el.updateComplete;
    expectSameNode(part(el, 'retry-button'), retry, 'Try again after the new client');
    await executeServerCommand('webauthn-add', { isUserVerified: true });
    retry.click();
    await waitUntil(() => events.length === 2, 'Try again did not register', { timeout: 8000 });
    expect(events.map((event) => event.type)).to.deep.equal(['mfa-cancel', 'mfa-enrolled']);
    expect(await virtualCredentials()).to.have.length(1);
    expect((await retryClient.status()).devices).to.deep.equal([
      (events[1] as MfaEnrolledEvent).detail.device,
    ]);
  });

  it('a response the verifier refuses: a readable error, mfa-error, and the button stays usable', async () => {
    // Real verification: the response's origin is not one this relying party accepts.
    const client = createMemoryClient({ origin: 'https://bank.example' });
    const el = await prompt(client, { mode: 'register' });
    const events = collect(el, 'mfa-enrolled', 'mfa-error', 'mfa-cancel');
    button(el).click();
    const failed = (await firstOf(events)) as MfaErrorEvent;
    await settled(el);
    expect(events.map((event) => event.type)).to.deep.equal(['mfa-error']);
    const shown = text(part(el, 'error'));
    expect(shown).not.to.equal('');
    expect(failed.detail.message).to.equal(shown);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(JSON.stringify(failed.detail)).not.to.match(SECRET_WORDS);
    expect((await client.status()).devices).to.deep.equal([]);
    await waitUntil(() => deepActiveElement() === button(el), 'focus did not come to the button');
    expect(button(el).hasAttribute('aria-disabled')).to.equal(false);
    await expect(el).to.be.accessible();

    button(el).click();
    await waitUntil(() => events.length === 2, 'a second press did nothing', { timeout: 8000 });
    expect(events.map((event) => event.type)).to.deep.equal(['mfa-error', 'mfa-error']);
  });

  it('the same authenticator twice: says the passkey is already set up', async () => {
    const client = createMemoryClient();
    await client.enrollPasskey();
    const el = await prompt(client, { mode: 'register' });
    const events = collect(el, 'mfa-enrolled', 'mfa-error', 'mfa-cancel');
    button(el).click();
    const failed = (await firstOf(events)) as MfaErrorEvent;
    await settled(el);
    expect(failed.type).to.equal('mfa-error');
    expect(failed.detail.code).to.equal('already-enrolled');
    expect(text(part(el, 'error'))).to.equal(en.passkeyAlreadyRegistered);
    expect(await virtualCredentials()).to.have.length(1);
  });
});
