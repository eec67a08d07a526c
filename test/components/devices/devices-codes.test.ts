import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { Secret, TOTP } from 'otpauth';
import type { MfaDevices } from '../../../components/devices/devices.js';
import type { MfaOtpInput } from '../../../components/otp-input/otp-input.js';
import type { MfaRecoveryCodes } from '../../../components/recovery-codes/recovery-codes.js';
import type { MfaTotpEnroll } from '../../../components/totp-enroll/totp-enroll.js';
import { MfaError } from '../../../src/client/errors.js';
import type { MfaClient } from '../../../src/client/types.js';
import { REGENERATE_RECOVERY_CODES_ACTION } from '../../../src/clients/memory/index.js';
import {
  account,
  collect,
  deepActiveElement,
  devices,
  dialog,
  dialogShown,
  en,
  guard,
  listed,
  names,
  nextCode,
  part,
  parts,
  status,
  text,
  verifyInDialog,
  warmUpAxe,
} from './helpers.js';
import { useVirtualAuthenticator } from '../../support/virtual-authenticator.js';
import { expectSameNode } from '../../support/same-node.js';

const nestedCodes = (el: MfaDevices) =>
  el.shadowRoot!.querySelector<MfaRecoveryCodes>('mfa-recovery-codes');
const shownCodes = (el: MfaDevices) => parts(nestedCodes(el)!, 'code').map((item) => text(item));

/** Tick "I have saved these codes" and press Continue, by keyboard. */
async function acknowledge(el: MfaDevices): Promise<void> {
  const codes = nestedCodes(el)!;
  part(codes, 'confirm')!.querySelector('input')!.focus();
  await sendKeys({ press: 'Space' });
  await codes.updateComplete;
  part(codes, 'acknowledge-button')!.focus();
  await sendKeys({ press: 'Enter' });
}

describe('<mfa-devices>: recovery codes and adding methods', () => {
  useVirtualAuthenticator({ warmUp: warmUpAxe });

  it('"Create new codes" needs a fresh proof; cancelling creates nothing', async () => {
    const setup = await account();
    const el = await devices(setup.client);
    part(el, 'regenerate-button')!.focus();
    await sendKeys({ press: 'Enter' });
    const g = await dialogShown(el, 'regenerate-guard');
    expect(g.action).to.equal(REGENERATE_RECOVERY_CODES_ACTION);
    expect(text(g.shadowRoot!.querySelector('[part~="description"]'))).to.equal(
      en.devicesRegenerateGuardLabel,
    );
    part(g, 'cancel-button')!.click();
    await waitUntil(() => !dialog(el, 'regenerate-guard')!.open);
    await waitUntil(() => text(status(el)) === en.devicesNoNewCodes, 'no "no new codes"');
    expect(nestedCodes(el)).to.equal(null);
    expectSameNode(deepActiveElement(), part(el, 'regenerate-button'), 'the focus');
    // The old codes still work.
    expect(
      (await setup.client.verifyRecoveryCode({ code: setup.recoveryCodes![0] })).method,
    ).to.equal('recovery-code');
  });

  it('after the proof it shows a new set until it is acknowledged; the old set stops working', async () => {
    const setup = await account();
    const errors = collect(document, 'mfa-error');
    const regenerated = collect(document, 'mfa-recovery-codes-regenerated');
    const el = await devices(setup.client);
    const tokens: string[] = [];
    guard(el, 'regenerate-guard').addEventListener('mfa-action-authorized', (event) => {
      tokens.push(event.detail.token!.value);
    });
    part<HTMLButtonElement>(el, 'regenerate-button')!.click();
    const g = await dialogShown(el, 'regenerate-guard');
    await verifyInDialog(g, nextCode(setup));
    await waitUntil(
      () => nestedCodes(el) && shownCodes(el).length === 10,
      'the new codes never appeared',
      { timeout: 8000 },
    );
    const fresh = shownCodes(el);
    expect(fresh.some((code) => setup.recoveryCodes!.includes(code))).to.be.false;
    expect(regenerated).to.have.length(1);
    // The nested element's first load was superseded by the regeneration: no failure surfaced.
    expect(errors).to.have.length(0);
    expect(part(el, 'regenerate-button')).to.equal(null);
    expect(part(el, 'close-button')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('panel-title');
    expect(setup.client.consumeToken(tokens[0], { action: REGENERATE_RECOVERY_CODES_ACTION })).to.be
      .false;
    await expect(el).to.be.accessible();

    await acknowledge(el);
    await waitUntil(() => nestedCodes(el) === null, 'the codes stayed');
    await listed(el);
    expect(text(status(el))).to.equal(en.devicesCodesSaved);
    expectSameNode(deepActiveElement(), part(el, 'regenerate-button'), 'the focus');
    expect(text(part(el, 'recovery'))).to.include(en.devicesRecoveryRemaining({ count: 10 }));
    const old = await setup.client
      .verifyRecoveryCode({ code: setup.recoveryCodes![1] })
      .catch((e: unknown) => e);
    expect(old).to.be.instanceOf(MfaError);
    expect((old as MfaError).code).to.equal('invalid-code');
    expect((await setup.client.verifyRecoveryCode({ code: fresh[0] })).method).to.equal(
      'recovery-code',
    );
  });

  it('a refused regeneration is shown by the codes element, and Close puts things back', async () => {
    const setup = await account();
    const base = setup.client;
    // A backend that refuses new codes (the proof itself is accepted).
    const client: MfaClient = {
      status: (o) => base.status(o),
      enrollTotp: (o) => base.enrollTotp(o),
      verifyTotp: (i) => base.verifyTotp(i),
      enrollPasskey: (i) => base.enrollPasskey(i),
      verifyPasskey: (i) => base.verifyPasskey(i),
      deleteDevice: (i) => base.deleteDevice(i),
      recoveryCodes: (i) =>
        i?.regenerate ? Promise.reject(new MfaError('unauthorized')) : base.recoveryCodes(i),
      acknowledgeRecoveryCodes: (o) => base.acknowledgeRecoveryCodes(o),
      verifyRecoveryCode: (i) => base.verifyRecoveryCode(i),
      isRequiredForAction: (a, o) => base.isRequiredForAction(a, o),
    };
    const el = await devices(client);
    part<HTMLButtonElement>(el, 'regenerate-button')!.click();
    const g = await dialogShown(el, 'regenerate-guard');
    await verifyInDialog(g, nextCode(setup));
    await waitUntil(() => part(el, 'close-button'), 'no Close after the refusal', {
      timeout: 8000,
    });
    expect(text(part(nestedCodes(el)!, 'error'))).to.equal(en.errorUnauthorized);
    await expect(el).to.be.accessible();
    part(el, 'close-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(nestedCodes(el)).to.equal(null);
    expectSameNode(deepActiveElement(), part(el, 'regenerate-button'), 'the focus');
  });

  it('adds a first authenticator app in place, then asks to save its recovery codes', async () => {
    const setup = await account({ totp: false });
    const enrolled = collect(document, 'mfa-enrolled');
    const el = await devices(setup.client);
    const add = parts<HTMLButtonElement>(el, 'add-button').find(
      (b) => text(b) === en.devicesAddTotp,
    )!;
    add.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const enroll = el.shadowRoot!.querySelector<MfaTotpEnroll>('mfa-totp-enroll')!;
    expect(el.shadowRoot!.activeElement?.id).to.equal('panel-title');
    await waitUntil(() => part(enroll, 'secret'), 'no setup key', { timeout: 8000 });
    await expect(el).to.be.accessible();
    const secret = text(part(enroll, 'secret')).replace(/\s+/g, '');
    const code = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
      timestamp: setup.clock.now(),
    });
    enroll.shadowRoot!.querySelector<MfaOtpInput>('mfa-otp-input')!.focus();
    await sendKeys({ type: code });

    await waitUntil(
      () => nestedCodes(el) && shownCodes(el).length === 10,
      'the first codes were not shown',
      { timeout: 8000 },
    );
    expect(enrolled).to.have.length(1);
    expect(names(el)).to.deep.equal([en.devicesTypeTotp]);
    expect(text(el.shadowRoot!.querySelector('#panel-title'))).to.equal(en.devicesSaveCodesTitle);
    // Now there is one: adding another authenticator app is explained, not offered.
    expect(parts(el, 'add-button').map((b) => text(b))).to.deep.equal([en.devicesAddPasskey]);
    expect(text(part(el, 'note'))).to.equal(en.devicesOneTotp);
    await acknowledge(el);
    await waitUntil(() => nestedCodes(el) === null);
    expect((await setup.client.status()).pending).to.equal(null);
  });

  it('adds a passkey in place (the virtual authenticator), and Cancel closes the panel', async () => {
    const setup = await account();
    const el = await devices(setup.client);
    const addPasskey = () =>
      parts<HTMLButtonElement>(el, 'add-button').find((b) => text(b) === en.devicesAddPasskey)!;
    addPasskey().click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('mfa-passkey-prompt')!.getAttribute('mode')).to.equal(
      'register',
    );
    part(el, 'close-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(part(el, 'panel')).to.equal(null);
    expectSameNode(deepActiveElement(), parts(el, 'add-button')[0], 'the focus');

    addPasskey().click();
    await el.updateComplete;
    const prompt = el.shadowRoot!.querySelector('mfa-passkey-prompt')!;
    await waitUntil(
      () => prompt.shadowRoot?.querySelector('[part~="button"]'),
      'no passkey button',
    );
    prompt.shadowRoot!.querySelector<HTMLInputElement>('[part~="alias-input"]')!.value = 'Phone';
    prompt.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => names(el).includes('Phone'), 'the passkey was not listed', {
      timeout: 8000,
    });
    expect(part(el, 'panel')).to.equal(null);
    expect(text(status(el))).to.equal(en.devicesAdded({ name: 'Phone' }));
  });
});
