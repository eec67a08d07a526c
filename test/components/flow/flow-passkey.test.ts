import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { MfaFlow } from '../../../components/flow/flow.js';
import type { MfaPasskeyPrompt } from '../../../components/passkey-prompt/passkey-prompt.js';
import type { MfaFlowCompleteEvent } from '../../../src/events/mfa-flow-complete.js';
import {
  account,
  acknowledgeShownCodes,
  atStep,
  collect,
  en,
  flow,
  flowStatus,
  nestedCodes,
  part,
  parts,
  tabTo,
  text,
  warmUpAxe,
} from './helpers.js';
import { useVirtualAuthenticator } from '../../support/virtual-authenticator.js';

const prompt = (el: MfaFlow) =>
  el.shadowRoot!.querySelector<MfaPasskeyPrompt>('mfa-passkey-prompt')!;

/** Press the passkey prompt's button with the keyboard (a real user activation). */
async function pressPasskeyButton(el: MfaFlow): Promise<void> {
  await waitUntil(() => prompt(el) && part(prompt(el), 'button'), 'no passkey button', {
    timeout: 8000,
  });
  await tabTo(part(prompt(el), 'button')!);
  await sendKeys({ press: 'Enter' });
}

describe('<mfa-flow> with passkeys (virtual authenticator)', () => {
  useVirtualAuthenticator({ warmUp: warmUpAxe });

  it('no method yet: create a passkey, save the codes, complete', async () => {
    const { client } = account();
    const completions = collect(document, 'mfa-flow-complete') as MfaFlowCompleteEvent[];
    const el = await flow(client);
    await atStep(el, 'enroll');
    await tabTo(parts(el, 'choice-button')[1]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(part(el, 'heading'))).to.equal(en.flowPasskeyHeading);
    await waitUntil(() => prompt(el) && part(prompt(el), 'button'));
    await expect(el).to.be.accessible();

    await pressPasskeyButton(el);
    await atStep(el, 'acknowledge');
    expect(text(flowStatus(el))).to.equal(en.flowEnrolledPasskey);
    const { devices } = await client.status();
    expect(devices.map((device) => device.type)).to.deep.equal(['passkey']);
    await acknowledgeShownCodes(el);
    await atStep(el, 'complete');
    expect(nestedCodes(el)).to.equal(null);
    expect(completions.map((event) => event.detail)).to.deep.equal([
      { method: 'passkey', enrolled: true },
    ]);
  });

  it('verify step: the passkey is offered first and completes the flow', async () => {
    const { client } = account();
    await client.enrollPasskey({ alias: 'Laptop' });
    await client.acknowledgeRecoveryCodes();
    client.signOut();
    const completions = collect(document, 'mfa-flow-complete') as MfaFlowCompleteEvent[];
    const el = await flow(client);
    await atStep(el, 'verify');
    const tabs = parts(el, 'method-tab');
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal(['true', 'false']);
    expect(prompt(el).getAttribute('mode')).to.equal('authenticate');
    await expect(el).to.be.accessible();

    await pressPasskeyButton(el);
    await atStep(el, 'complete');
    expect(completions.map((event) => event.detail)).to.deep.equal([
      { method: 'passkey', enrolled: false },
    ]);
  });

  it('a cancelled passkey keeps the step and lets the user try again', async () => {
    const { client } = account();
    await executeServerCommand('webauthn-set-user-verified', { value: false });
    const el = await flow(client, { methods: 'passkey' });
    await atStep(el, 'enroll');
    await pressPasskeyButton(el);
    await waitUntil(
      () => prompt(el).hasState('cancelled') || text(part(prompt(el), 'error')) !== '',
      'no outcome',
      {
        timeout: 8000,
      },
    );
    expect(el.step).to.equal('enroll');
    expect((await client.status()).devices).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});
