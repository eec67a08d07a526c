// A guard that names step-up scopes and no action (`scopes="wallet:export"`, Dynamic's 2026-04
// rules): it asks the client `isStepUpRequired(scopes)`, lets the click through when no scope
// needs a proof, asks for one when any does — also when the check fails or the client cannot
// check scopes (fail closed) — and hands the app the scoped token.
import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import type { MfaActionAuthorizedEvent } from '../../../src/events/mfa-action-authorized.js';
import type { MfaClient } from '../../../src/client/types.js';
import type { MemoryMfaClient } from '../../../src/clients/memory/index.js';
import { account, collect, guard, isOpen, part, settled, typeCode, type Setup } from './helpers.js';

const BUTTON = html`<button id="go" type="button">Export key</button>`;

async function scopedAccount(): Promise<Setup> {
  return account({
    client: { actions: { 'wallet:export': true, 'wallet:sign': false } },
  });
}

/** Every call of `isStepUpRequired` and `isRequiredForAction` the guard makes. */
function spy(client: MemoryMfaClient): { scopes: string[][]; actions: string[] } {
  const seen = { scopes: [] as string[][], actions: [] as string[] };
  const byScope = client.isStepUpRequired.bind(client);
  const byAction = client.isRequiredForAction.bind(client);
  client.isStepUpRequired = (scopes, options) => {
    seen.scopes.push([...scopes]);
    return byScope(scopes, options);
  };
  client.isRequiredForAction = (action, options) => {
    seen.actions.push(action);
    return byAction(action, options);
  };
  return seen;
}

describe('<mfa-action-guard scopes> without an action', () => {
  it('a scope that needs no proof: the click goes through at once, the scopes were asked', async () => {
    const { client } = await scopedAccount();
    const seen = spy(client);
    const el = await guard(client, { action: '', scopes: 'wallet:sign' }, BUTTON);
    const clicks = collect(el.querySelector('#go')!, 'click');
    el.querySelector<HTMLButtonElement>('#go')!.click();
    // The held click never reaches the button; its replay does, once.
    await waitUntil(() => clicks.length === 1, 'the click was not replayed', { timeout: 8000 });
    expect(seen.scopes).to.deep.equal([['wallet:sign']]);
    expect(seen.actions).to.deep.equal([]);
    expect(isOpen(el)).to.be.false;
  });

  it('a scope that needs a proof: the dialog, then the scoped single-use token for the app', async () => {
    const { client } = await scopedAccount();
    const seen = spy(client);
    const el = await guard(client, { action: '', scopes: 'wallet:sign wallet:export' }, BUTTON);
    const authorized = collect<MfaActionAuthorizedEvent>(el, 'mfa-action-authorized');
    const pending = el.authorize();
    await typeCode(el, client.totpCode());
    const token = await pending;
    expect(seen.scopes).to.deep.equal([['wallet:sign', 'wallet:export']]);
    expect(token?.scopes).to.deep.equal(['wallet:sign', 'wallet:export']);
    expect(token?.singleUse).to.equal(true);
    expect(authorized).to.have.length(1);
    expect(authorized[0].detail).to.deep.equal({ action: '', method: 'totp', token });
  });

  it('an action attribute removed later counts as none: the scopes are asked', async () => {
    const { client } = await scopedAccount();
    const seen = spy(client);
    const el = await guard(client, { action: 'wallet.view', scopes: 'wallet:sign' }, BUTTON);
    el.removeAttribute('action');
    await el.updateComplete;
    const clicks = collect(el.querySelector('#go')!, 'click');
    el.querySelector<HTMLButtonElement>('#go')!.click();
    await waitUntil(() => clicks.length === 1, 'the click was not replayed', { timeout: 8000 });
    expect(seen.scopes).to.deep.equal([['wallet:sign']]);
    expect(seen.actions).to.deep.equal([]);
  });

  it('fails closed: a failed check opens the dialog with Try again and lets nothing through', async () => {
    const { client } = await scopedAccount();
    client.failNextCall('network');
    const el = await guard(client, { action: '', scopes: 'wallet:sign' }, BUTTON);
    const clicks = collect(el.querySelector('#go')!, 'click');
    el.querySelector<HTMLButtonElement>('#go')!.click();
    await waitUntil(() => part(el, 'retry-button'), 'no Try again', { timeout: 8000 });
    await settled(el);
    expect(isOpen(el)).to.be.true;
    expect(clicks, 'the held click was not replayed').to.have.length(0);
  });

  it('fails closed: a client that cannot check scopes is asked for a proof', async () => {
    const { client } = await scopedAccount();
    // The memory client's methods, minus `isStepUpRequired` (an older or other backend).
    const limited: MfaClient = {
      status: (o) => client.status(o),
      enrollTotp: (o) => client.enrollTotp(o),
      verifyTotp: (i) => client.verifyTotp(i),
      enrollPasskey: (i) => client.enrollPasskey(i),
      verifyPasskey: (i) => client.verifyPasskey(i),
      deleteDevice: (i) => client.deleteDevice(i),
      recoveryCodes: (i) => client.recoveryCodes(i),
      acknowledgeRecoveryCodes: (o) => client.acknowledgeRecoveryCodes(o),
      verifyRecoveryCode: (i) => client.verifyRecoveryCode(i),
      isRequiredForAction: (a, o) => client.isRequiredForAction(a, o),
    };
    const el = await guard(undefined, { action: '', scopes: 'wallet:sign' }, BUTTON);
    el.client = limited;
    const pending = el.authorize();
    await typeCode(el, client.totpCode());
    expect((await pending)?.scopes).to.deep.equal(['wallet:sign']);
  });

  it('with an action, the action is asked as before (older API versions)', async () => {
    const { client } = await scopedAccount();
    const seen = spy(client);
    const el = await guard(client, { action: 'wallet.view', scopes: 'wallet:export' }, BUTTON);
    const clicks = collect(el.querySelector('#go')!, 'click');
    el.querySelector<HTMLButtonElement>('#go')!.click();
    // The held click never reaches the button; its replay does, once.
    await waitUntil(() => clicks.length === 1, 'the click was not replayed', { timeout: 8000 });
    expect(seen.actions).to.deep.equal(['wallet.view']);
    expect(seen.scopes).to.deep.equal([]);
  });
});
