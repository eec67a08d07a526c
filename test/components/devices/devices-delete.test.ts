import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { MfaDevices } from '../../../components/devices/devices.js';
import type { MfaDeviceDeletedEvent } from '../../../src/events/mfa-device-deleted.js';
import { DELETE_DEVICE_ACTION } from '../../../src/clients/memory/index.js';
import {
  account,
  collect,
  deepActiveElement,
  deleteButton,
  devices,
  dialog,
  dialogShown,
  en,
  error,
  guard,
  listed,
  names,
  nextCode,
  part,
  status,
  text,
  verifyInDialog,
  warmUpAxe,
  type Account,
} from './helpers.js';
import { useVirtualAuthenticator } from '../../support/virtual-authenticator.js';
import { expectSameNode } from '../../support/same-node.js';

/** An authenticator app and a passkey named "Laptop". */
async function twoMethods(): Promise<Account> {
  const setup = await account();
  await setup.client.enrollPasskey({ alias: 'Laptop' });
  return setup;
}

async function settled(el: MfaDevices): Promise<void> {
  await waitUntil(() => !el.hasState('pending'), 'never settled', { timeout: 8000 });
  await listed(el);
}

describe('<mfa-devices>: deleting a method', () => {
  useVirtualAuthenticator({ warmUp: warmUpAxe });

  it('needs a fresh proof: the guard opens, cancelling keeps the method', async () => {
    const setup = await twoMethods();
    const deleted = collect(document, 'mfa-device-deleted');
    const leaked = collect(document, 'mfa-action-authorized', 'mfa-cancel');
    const el = await devices(setup.client);
    expect(names(el)).to.deep.equal([en.devicesTypeTotp, 'Laptop']);

    deleteButton(el, 'Laptop').focus();
    await sendKeys({ press: 'Enter' });
    const g = await dialogShown(el, 'delete-guard');
    // Not the last method: no extra confirmation, straight to the proof.
    expect(part(el, 'confirm')).to.equal(null);
    expect(text(g.shadowRoot!.querySelector('[part~="description"]'))).to.equal(
      en.devicesGuardLabel({ name: 'Laptop' }),
    );
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(el, 'delete-guard')!.open, 'the dialog stayed open');
    await waitUntil(() => text(status(el)) === en.devicesNotDeleted, 'no "nothing was deleted"');
    expectSameNode(deepActiveElement(), deleteButton(el, 'Laptop'), 'the focus');
    expect(names(el)).to.deep.equal([en.devicesTypeTotp, 'Laptop']);
    expect((await setup.client.status()).devices).to.have.length(2);
    expect(deleted).to.have.length(0);
    // The internal guard's events stay inside.
    expect(leaked).to.have.length(0);
  });

  it('verifying deletes it: mfa-device-deleted, the list is read again, announced; the token is single-use', async () => {
    const setup = await twoMethods();
    const passkeyId = (await setup.client.status()).devices.find((d) => d.type === 'passkey')!.id;
    const deleted = collect(document, 'mfa-device-deleted') as MfaDeviceDeletedEvent[];
    const el = await devices(setup.client);
    const tokens: string[] = [];
    guard(el, 'delete-guard').addEventListener('mfa-action-authorized', (event) => {
      tokens.push(event.detail.token!.value);
    });

    deleteButton(el, 'Laptop').click();
    const g = await dialogShown(el, 'delete-guard');
    await verifyInDialog(g, nextCode(setup));
    await waitUntil(() => deleted.length === 1, 'no mfa-device-deleted');
    expect(deleted[0].detail).to.deep.equal({ deviceId: passkeyId, type: 'passkey' });
    expectSameNode(deleted[0].target, el, 'the event target');
    await settled(el);
    expect(names(el)).to.deep.equal([en.devicesTypeTotp]);
    expect(text(status(el))).to.equal(en.devicesDeleted({ name: 'Laptop' }));
    expectSameNode(el.shadowRoot!.activeElement, status(el), 'the focus');
    expect((await setup.client.status()).devices.map((d) => d.type)).to.deep.equal(['totp']);
    // The token was bound to device.delete and is used up.
    expect(tokens).to.have.length(1);
    expect(setup.client.consumeToken(tokens[0], { action: DELETE_DEVICE_ACTION })).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('the last method needs an explicit confirmation first; "Keep it" and Escape keep it', async () => {
    const setup = await account();
    const el = await devices(setup.client);
    deleteButton(el, en.devicesTypeTotp).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const confirm = part(el, 'confirm')!;
    expect(el.hasState('confirming')).to.be.true;
    expect(confirm.getAttribute('role')).to.equal('group');
    expect(text(confirm.querySelector('.warning'))).to.equal(
      en.devicesLastWarning({ name: en.devicesTypeTotp }),
    );
    // Safe choice focused; the guard has not been asked yet.
    expectSameNode(deepActiveElement(), part(el, 'keep-button'), 'the focus');
    expect(dialog(el, 'delete-guard')?.open ?? false).to.be.false;
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(part(el, 'confirm')).to.equal(null);
    expectSameNode(deepActiveElement(), deleteButton(el, en.devicesTypeTotp), 'the focus');

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(part(el, 'confirm')).to.exist;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'confirm')).to.equal(null);
    expect(el.hasState('confirming')).to.be.false;
    expect((await setup.client.status()).devices).to.have.length(1);
  });

  it('the last method: "Delete anyway", then the proof, then it is gone and the list is empty', async () => {
    const setup = await account();
    const deleted = collect(document, 'mfa-device-deleted');
    const el = await devices(setup.client);
    deleteButton(el, en.devicesTypeTotp).click();
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'confirm-button')!.focus();
    await sendKeys({ press: 'Enter' });
    const g = await dialogShown(el, 'delete-guard');
    await verifyInDialog(g, nextCode(setup));
    await waitUntil(() => deleted.length === 1, 'not deleted');
    await settled(el);
    expect(el.hasState('empty')).to.be.true;
    expect(text(part(el, 'empty'))).to.equal(en.devicesEmpty);
    expect((await setup.client.status()).pending).to.equal('enroll');
    await expect(el).to.be.accessible();
  });

  it('a refusal from the server is shown, the method stays, focus goes back to its button', async () => {
    const setup = await twoMethods();
    const el = await devices(setup.client);
    // Right after the proof, the next call (the deletion) is refused.
    guard(el, 'delete-guard').addEventListener('mfa-action-authorized', () =>
      setup.client.failNextCall('invalid-request'),
    );
    deleteButton(el, 'Laptop').click();
    const g = await dialogShown(el, 'delete-guard');
    await verifyInDialog(g, nextCode(setup));
    await waitUntil(() => text(error(el)) !== '', 'no error shown');
    await el.updateComplete;
    expect(text(error(el))).to.equal(en.errorInvalidRequest);
    expect(names(el)).to.deep.equal([en.devicesTypeTotp, 'Laptop']);
    expectSameNode(deepActiveElement(), deleteButton(el, 'Laptop'), 'the focus');
    expect((await setup.client.status()).devices).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('verifies with the passkey too (offered first in the dialog)', async () => {
    const setup = await twoMethods();
    const deleted = collect(document, 'mfa-device-deleted') as MfaDeviceDeletedEvent[];
    const el = await devices(setup.client);
    deleteButton(el, en.devicesTypeTotp).click();
    const g = await dialogShown(el, 'delete-guard');
    const button = () =>
      g
        .shadowRoot!.querySelector('mfa-passkey-prompt')
        ?.shadowRoot?.querySelector<HTMLElement>('[part~="button"]');
    await waitUntil(() => button(), 'no passkey button');
    button()!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deleted.length === 1, 'not deleted', { timeout: 8000 });
    expect(deleted[0].detail.type).to.equal('totp');
    await settled(el);
    expect(names(el)).to.deep.equal(['Laptop']);
  });
});
