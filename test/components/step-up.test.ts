// "Confirm it's you first" (src/internal/step-up.ts): when the server refuses to add a factor
// because this session has no fresh proof (`step-up-required`), <mfa-passkey-prompt
// mode="register"> and <mfa-totp-enroll> show a step — not an error — that opens the guard's
// dialog; after a proof with a method the user has, the refused step runs again.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/passkey-prompt/mfa-passkey-prompt.js';
import '../../components/totp-enroll/mfa-totp-enroll.js';
import type { MfaActionGuard } from '../../components/action-guard/action-guard.js';
import type { MfaPasskeyPrompt } from '../../components/passkey-prompt/passkey-prompt.js';
import type { MfaTotpEnroll } from '../../components/totp-enroll/totp-enroll.js';
import { viewCommonMessages as shared } from '../../src/messages/view-common.messages.js';
import { account, collect, deepActiveElement, isOpen, typeCode } from './action-guard/helpers.js';
import { useVirtualAuthenticator } from '../support/virtual-authenticator.js';

const part = <T extends Element = HTMLElement>(el: Element, name: string): T | null =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

const innerGuard = (el: Element): MfaActionGuard =>
  el.shadowRoot!.querySelector<MfaActionGuard>('mfa-action-guard[data-step-up]')!;

describe('the step-up step', () => {
  useVirtualAuthenticator();

  it('passkey registration: shown instead of an error, focused; a code in the dialog, then the passkey is created', async () => {
    const { client, clock } = await account();
    client.signOut(); // signed in with the password again: no fresh proof
    const el = await fixture<MfaPasskeyPrompt>(
      html`<mfa-passkey-prompt mode="register" hide-alias .client=${client}></mfa-passkey-prompt>`,
    );
    await waitUntil(() => part(el, 'button'), 'no view');
    const events = collect(el, 'mfa-enrolled', 'mfa-error', 'mfa-cancel');
    part<HTMLButtonElement>(el, 'button')!.click();

    await waitUntil(() => part(el, 'step-up-button'), 'the step never showed', { timeout: 8000 });
    expect(part(el, 'step-up-message')!.textContent.trim()).to.equal(shared.errorStepUpRequired);
    expect(part(el, 'step-up-message')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'error')!.textContent.trim()).to.equal('', 'not shown as an error');
    expect(events.map((event) => event.type)).to.deep.equal([], 'no mfa-error for a step');
    await waitUntil(
      () => deepActiveElement() === part(el, 'step-up-button'),
      'focus is on the step',
    );
    expect(part(el, 'step-up-button')!.textContent.trim()).to.equal(shared.stepUpConfirm);
    await expect(el).to.be.accessible();

    part<HTMLButtonElement>(el, 'step-up-button')!.click();
    const guard = innerGuard(el);
    await waitUntil(() => isOpen(guard), 'the dialog never opened', { timeout: 8000 });
    clock.advance(30);
    await typeCode(guard, client.totpCode());

    await waitUntil(() => events.length > 0, 'the registration never ran again', {
      timeout: 10000,
    });
    expect(events.map((event) => event.type)).to.deep.equal(['mfa-enrolled']);
    await waitUntil(() => !part(el, 'step-up'), 'the step stays after the proof');
    expect((await client.status()).devices.map((device) => device.type).sort()).to.deep.equal([
      'passkey',
      'totp',
    ]);
  });

  it('cancelling the dialog keeps the step, focus back on its button, nothing added', async () => {
    const { client } = await account();
    client.signOut();
    const el = await fixture<MfaPasskeyPrompt>(
      html`<mfa-passkey-prompt mode="register" hide-alias .client=${client}></mfa-passkey-prompt>`,
    );
    await waitUntil(() => part(el, 'button'), 'no view');
    part<HTMLButtonElement>(el, 'button')!.click();
    await waitUntil(() => part(el, 'step-up-button'), 'the step never showed', { timeout: 8000 });
    part<HTMLButtonElement>(el, 'step-up-button')!.click();
    const guard = innerGuard(el);
    await waitUntil(() => isOpen(guard), 'the dialog never opened', { timeout: 8000 });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !isOpen(guard), 'the dialog stayed open');
    await waitUntil(
      () => deepActiveElement() === part(el, 'step-up-button'),
      'focus did not come back to the step',
    );
    expect(part(el, 'step-up')).to.not.equal(null);
    expect((await client.status()).devices.map((device) => device.type)).to.deep.equal(['totp']);
  });

  it('authenticator app: a refused start shows the step; after the proof the enrollment starts', async () => {
    const { client, clock } = await account();
    // The account has a factor: a second app is refused anyway, so use a refusal at the start
    // the way a server sends it when the session's proof is stale.
    client.failNextCall('step-up-required');
    const el = await fixture<MfaTotpEnroll>(
      html`<mfa-totp-enroll .client=${client}></mfa-totp-enroll>`,
    );
    const events = collect(el, 'mfa-error');
    await waitUntil(() => part(el, 'step-up-button'), 'the step never showed', { timeout: 8000 });
    expect(events).to.have.length(0);
    expect(part(el, 'retry-button')).to.equal(null, 'not a failure to retry');
    await expect(el).to.be.accessible();
    part<HTMLButtonElement>(el, 'step-up-button')!.click();
    const guard = innerGuard(el);
    await waitUntil(() => isOpen(guard), 'the dialog never opened', { timeout: 8000 });
    clock.advance(30);
    await typeCode(guard, client.totpCode());
    // The enrollment starts again: with a verified app the client now answers already-enrolled.
    await waitUntil(
      () => part(el, 'error')!.textContent.trim() !== '',
      'the enrollment did not start again',
      { timeout: 8000 },
    );
    expect(part(el, 'error')!.textContent.trim()).to.equal(shared.errorAlreadyEnrolled);
    expect(part(el, 'step-up')).to.equal(null);
  });
});
