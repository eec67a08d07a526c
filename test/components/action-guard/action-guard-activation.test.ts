import { expect, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { MfaActionGuard } from '../../../components/action-guard/action-guard.js';
import { MfaError } from '../../../src/client/errors.js';
import type { MfaActionAuthorizedEvent } from '../../../src/events/mfa-action-authorized.js';
import type { MfaCancelEvent } from '../../../src/events/mfa-cancel.js';
import type { MfaErrorEvent } from '../../../src/events/mfa-error.js';
import {
  ACTION,
  account,
  collect,
  dialogOf,
  en,
  guard,
  part,
  quiet,
  settled,
  text,
  totpPanel,
  typeCode,
  warmUpAxe,
} from './helpers.js';
import { expectSameNode } from '../../support/same-node.js';

/** The app's own click handler on `#go`: records every run with its target. */
function appClicks(el: MfaActionGuard): EventTarget[] {
  const targets: EventTarget[] = [];
  el.querySelector('#go')!.addEventListener('click', (event) => targets.push(event.target!));
  return targets;
}

describe('<mfa-action-guard> activations', () => {
  before(warmUpAxe);

  it('passes a click through untouched when the action needs no proof: once, same target, no dialog', async () => {
    const { client } = await account();
    const el = await guard(client, { action: 'wallet.view' });
    const button = el.querySelector<HTMLButtonElement>('#go')!;
    const targets = appClicks(el);
    const outside: Event[] = collect(document.body, 'click');
    const events = collect(el, 'mfa-action-authorized', 'mfa-cancel', 'mfa-error');
    button.click();
    expect(targets, 'held while the client is asked').to.deep.equal([]);
    await waitUntil(() => targets.length > 0, 'the click was never replayed');
    await settled(el);
    await quiet();
    expect(targets).to.deep.equal([button]);
    expect(outside.length, 'listeners above the guard see it once too').to.equal(1);
    expect(dialogOf(el).open).to.equal(false);
    expect(events).to.deep.equal([]);
  });

  it('asks again on every activation (nothing is cached)', async () => {
    const { client } = await account();
    const el = await guard(client, { action: 'wallet.view' });
    const targets = appClicks(el);
    let asked = 0;
    const ask = client.isRequiredForAction.bind(client);
    client.isRequiredForAction = (action, options) => {
      asked++;
      return ask(action, options);
    };
    for (let i = 1; i <= 3; i++) {
      el.querySelector<HTMLButtonElement>('#go')!.click();
      await waitUntil(() => targets.length === i, `click ${i} was not replayed`);
    }
    expect(asked).to.equal(3);
  });

  it('holds the click when the action needs a proof and opens the dialog', async () => {
    const { client } = await account();
    const el = await guard(client, { label: 'Export your private key' });
    const targets = appClicks(el);
    el.querySelector<HTMLButtonElement>('#go')!.click();
    await totpPanel(el);
    await settled(el);
    expect(targets).to.deep.equal([]);
    expect(el.hasState('open')).to.equal(true);
    const dialog = dialogOf(el);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(text(part(el, 'heading'))).to.equal(en.actionGuardHeading);
    expect(dialog.getAttribute('aria-labelledby')).to.equal(part(el, 'heading')!.id);
    expect(text(part(el, 'description'))).to.equal('Export your private key');
    await expect(el).to.be.accessible();
  });

  it('replays the click exactly once after a right code, with a single-use token bound to the action', async () => {
    const { client } = await account();
    const el = await guard(client);
    const targets = appClicks(el);
    const button = el.querySelector<HTMLButtonElement>('#go')!;
    button.focus();
    button.click();
    const authorized = collect<MfaActionAuthorizedEvent>(el, 'mfa-action-authorized');
    let tokenSeenByApp: string | undefined;
    el.addEventListener(
      'mfa-action-authorized',
      (event) => (tokenSeenByApp = event.detail.token?.value),
    );
    await typeCode(el, client.totpCode());
    await waitUntil(() => targets.length > 0, 'the click was never replayed');
    await settled(el);
    await quiet();
    expect(targets).to.deep.equal([button]);
    expect(authorized).to.have.length(1);
    const { detail } = authorized[0];
    expect(Object.keys(detail).sort()).to.deep.equal(['action', 'method', 'token']);
    expect(detail.action).to.equal(ACTION);
    expect(detail.method).to.equal('totp');
    expect(detail.token).to.include({ singleUse: true, action: ACTION });
    expect(tokenSeenByApp).to.equal(detail.token!.value);
    expect(dialogOf(el).open).to.equal(false);
    expect(el.hasState('open')).to.equal(false);
    expectSameNode(document.activeElement, button, 'focus returns to the control');
    // The dialog's content is gone: no field, no code.
    expect(el.shadowRoot!.querySelector('mfa-otp-input')).to.equal(null);
    // The app's server consumes the single-use token once; a second use fails.
    expect(client.consumeToken(detail.token!.value, { action: ACTION })).to.equal(true);
    expect(client.consumeToken(detail.token!.value, { action: ACTION })).to.equal(false);
  });

  it('a token bound to one action is refused for another', async () => {
    const { client } = await account();
    const el = await guard(client);
    el.querySelector<HTMLButtonElement>('#go')!.click();
    const authorized = oneEvent(el, 'mfa-action-authorized') as Promise<MfaActionAuthorizedEvent>;
    await typeCode(el, client.totpCode());
    const { detail } = await authorized;
    expect(client.consumeToken(detail.token!.value, { action: 'account.delete' })).to.equal(false);
    expect(client.consumeToken(detail.token!.value, { action: ACTION })).to.equal(true);
  });

  it('drops the click on Cancel: mfa-cancel, focus back on the control, nothing runs', async () => {
    const { client } = await account();
    const el = await guard(client);
    const targets = appClicks(el);
    const button = el.querySelector<HTMLButtonElement>('#go')!;
    button.focus();
    button.click();
    await totpPanel(el);
    const cancelled = oneEvent(el, 'mfa-cancel') as Promise<MfaCancelEvent>;
    const authorized = collect(el, 'mfa-action-authorized');
    part<HTMLButtonElement>(el, 'cancel-button')!.click();
    const { detail } = await cancelled;
    expect(detail).to.deep.equal({ reason: 'dismissed', action: ACTION });
    await el.updateComplete;
    await quiet();
    expect(targets).to.deep.equal([]);
    expect(authorized).to.deep.equal([]);
    expect(dialogOf(el).open).to.equal(false);
    expectSameNode(document.activeElement, button, 'the focus');
    expect(el.shadowRoot!.querySelector('mfa-otp-input'), 'nested elements are removed').to.equal(
      null,
    );
  });

  it('drops the click on Escape, with one mfa-cancel', async () => {
    const { client } = await account();
    const el = await guard(client);
    const targets = appClicks(el);
    const button = el.querySelector<HTMLButtonElement>('#go')!;
    button.focus();
    button.click();
    await typeCode(el, '12', false);
    const cancels = collect<MfaCancelEvent>(el, 'mfa-cancel');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => cancels.length > 0, 'no mfa-cancel after Escape');
    await el.updateComplete;
    await quiet();
    expect(cancels).to.have.length(1);
    expect(cancels[0].detail).to.deep.equal({ reason: 'dismissed', action: ACTION });
    expect(targets).to.deep.equal([]);
    expect(dialogOf(el).open).to.equal(false);
    expectSameNode(document.activeElement, button, 'the focus');
    // A new activation asks again, from a clean dialog.
    button.click();
    const field = await totpPanel(el);
    expect(field.value).to.equal('');
  });

  it('holds a form submit and replays it with its submitter', async () => {
    const { client } = await account();
    const el = await guard(
      client,
      {},
      html`<form id="form">
        <input name="message" value="I approve transfer #1024" />
        <button id="keep" name="op" value="keep" type="submit">Keep</button>
        <button id="export" name="op" value="export" type="submit">Export</button>
      </form>`,
    );
    const form = el.querySelector<HTMLFormElement>('#form')!;
    const submits: Array<{
      submitter: HTMLElement | null;
      data: Record<string, FormDataEntryValue>;
    }> = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits.push({
        submitter: event.submitter,
        data: Object.fromEntries(new FormData(form, event.submitter)),
      });
    });
    const exportButton = el.querySelector<HTMLButtonElement>('#export')!;
    exportButton.focus();
    exportButton.click();
    await typeCode(el, client.totpCode());
    await waitUntil(() => submits.length > 0, 'the submit was never replayed');
    await settled(el);
    await quiet();
    expect(submits).to.have.length(1);
    expect(submits[0].submitter).to.equal(exportButton);
    expect(submits[0].data).to.deep.equal({ message: 'I approve transfer #1024', op: 'export' });
    expectSameNode(document.activeElement, exportButton, 'the focus');
  });

  it('holds form.requestSubmit(submitter) from a script and replays it with that submitter', async () => {
    const { client } = await account();
    const el = await guard(
      client,
      {},
      html`<form id="form"><input name="email" value="ada@example.org" /><button id="save" name="op" value="save">Save</button></form>`,
    );
    const form = el.querySelector<HTMLFormElement>('#form')!;
    const seen: Array<Record<string, FormDataEntryValue>> = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      seen.push(Object.fromEntries(new FormData(form, event.submitter)));
    });
    form.requestSubmit(el.querySelector<HTMLButtonElement>('#save'));
    expect(seen).to.deep.equal([]);
    await typeCode(el, client.totpCode());
    await waitUntil(() => seen.length > 0, 'the submit was never replayed');
    await quiet();
    expect(seen).to.deep.equal([{ email: 'ada@example.org', op: 'save' }]);
  });

  it('lets clicks that are not activations through, and ignores its own dialog', async () => {
    const { client } = await account();
    const el = await guard(
      client,
      {},
      html`<p id="text">Some text</p><button id="go" type="button">Export key</button>`,
    );
    const clicks = collect(el.querySelector('#text')!, 'click');
    el.querySelector<HTMLElement>('#text')!.click();
    expect(clicks).to.have.length(1);
    expect(el.hasState('checking')).to.equal(false);
  });

  it('ignores a second activation while the first is being checked', async () => {
    const { client } = await account({
      client: { latency: 30, actions: { 'wallet.view': false } },
    });
    const el = await guard(client, { action: 'wallet.view' });
    const targets = appClicks(el);
    const button = el.querySelector<HTMLButtonElement>('#go')!;
    button.click();
    expect(el.hasState('checking')).to.equal(true);
    button.click();
    await waitUntil(() => targets.length > 0);
    await settled(el);
    await quiet();
    expect(targets).to.have.length(1);
  });

  it('asks for step-up scopes with `scopes`', async () => {
    const { client } = await account();
    const el = await guard(client, { scopes: 'wallet:export wallet:sign' });
    el.querySelector<HTMLButtonElement>('#go')!.click();
    const authorized = oneEvent(el, 'mfa-action-authorized') as Promise<MfaActionAuthorizedEvent>;
    await typeCode(el, client.totpCode());
    const { token } = (await authorized).detail;
    expect(token!.scopes).to.deep.equal(['wallet:export', 'wallet:sign']);
    // The guard's default token is single-use, and scopes never lift that.
    expect(token!.singleUse).to.equal(true);
    expect(client.consumeToken(token!.value, { action: ACTION, scope: 'wallet:sign' })).to.equal(
      true,
    );
    expect(client.consumeToken(token!.value, { action: ACTION, scope: 'wallet:sign' })).to.equal(
      false,
    );
  });

  it('asks for a persistent token with token="persistent"', async () => {
    const { client } = await account();
    const el = await guard(client, { token: 'persistent' });
    el.querySelector<HTMLButtonElement>('#go')!.click();
    const authorized = oneEvent(el, 'mfa-action-authorized') as Promise<MfaActionAuthorizedEvent>;
    await typeCode(el, client.totpCode());
    const { token } = (await authorized).detail;
    expect(token!.singleUse).to.equal(false);
    expect(client.consumeToken(token!.value, { action: ACTION })).to.equal(true);
    expect(
      client.consumeToken(token!.value, { action: ACTION }),
      'persistent: still valid',
    ).to.equal(true);
  });

  it('token="none" asks for no token', async () => {
    const { client } = await account();
    const el = await guard(client, { token: 'none' });
    const result = el.authorize();
    await typeCode(el, client.totpCode());
    expect(await result).to.equal(undefined);
  });

  describe('authorize()', () => {
    it('resolves undefined when the action needs no proof, without a dialog', async () => {
      const { client } = await account();
      const el = await guard(client, { action: 'wallet.view' });
      expect(await el.authorize()).to.equal(undefined);
      expect(dialogOf(el).open).to.equal(false);
    });

    it('resolves with the token after a proof; a second call meanwhile joins it', async () => {
      const { client } = await account();
      const el = await guard(client);
      const first = el.authorize();
      await totpPanel(el);
      const second = el.authorize();
      const authorized = collect(el, 'mfa-action-authorized');
      await typeCode(el, client.totpCode());
      const [a, b] = await Promise.all([first, second]);
      expect(a).to.deep.equal(b);
      expect(a).to.include({ singleUse: true, action: ACTION });
      expect(authorized).to.have.length(1);
      expect(client.consumeToken(a!.value, { action: ACTION })).to.equal(true);
    });

    it('returns the focus to where it was', async () => {
      const { client } = await account();
      const el = await guard(client);
      const button = el.querySelector<HTMLButtonElement>('#go')!;
      button.focus();
      const result = el.authorize();
      await typeCode(el, client.totpCode());
      await result;
      expectSameNode(document.activeElement, button, 'the focus');
    });

    it('rejects with an AbortError when the user cancels', async () => {
      const { client } = await account();
      const el = await guard(client);
      const result = el.authorize();
      await totpPanel(el);
      part<HTMLButtonElement>(el, 'cancel-button')!.click();
      const error = await result.then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).to.be.instanceOf(DOMException);
      expect((error as DOMException).name).to.equal('AbortError');
    });

    it('rejects with an AbortError when the guard leaves the page', async () => {
      const { client } = await account();
      const el = await guard(client);
      const result = el.authorize();
      await totpPanel(el);
      el.remove();
      const error = await result.then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect((error as DOMException).name).to.equal('AbortError');
    });
  });

  describe('errors', () => {
    it('a failed check runs nothing: the error shows in the dialog with Try again', async () => {
      const { client } = await account({ client: { actions: { 'wallet.view': false } } });
      const el = await guard(client, { action: 'wallet.view' });
      const targets = appClicks(el);
      const errors = collect<MfaErrorEvent>(el, 'mfa-error');
      client.failNextCall('network');
      el.querySelector<HTMLButtonElement>('#go')!.click();
      await waitUntil(() => text(part(el, 'error')) !== '', 'no error shown');
      await settled(el);
      expect(dialogOf(el).open).to.equal(true);
      expect(text(part(el, 'error'))).to.equal(en.errorNetwork);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(errors.map((event) => event.detail.code)).to.deep.equal(['network']);
      expect(targets).to.deep.equal([]);
      await expect(el).to.be.accessible();
      // Try again: this time the action needs no proof, so the dialog closes and the click runs.
      const retry = part<HTMLButtonElement>(el, 'retry-button')!;
      expectSameNode(el.shadowRoot!.activeElement, retry, 'the focus');
      retry.click();
      await waitUntil(() => targets.length > 0, 'the click was never replayed');
      expect(targets).to.have.length(1);
      expect(dialogOf(el).open).to.equal(false);
    });

    it('a failed status read shows the error; Try again loads the methods', async () => {
      const { client } = await account();
      const el = await guard(client);
      const ask = client.isRequiredForAction.bind(client);
      client.isRequiredForAction = async (action, options) => {
        const required = await ask(action, options);
        client.failNextCall('unauthorized');
        return required;
      };
      el.querySelector<HTMLButtonElement>('#go')!.click();
      await waitUntil(() => text(part(el, 'error')) !== '', 'no error shown');
      expect(text(part(el, 'error'))).to.equal(en.errorUnauthorized);
      client.isRequiredForAction = ask;
      part<HTMLButtonElement>(el, 'retry-button')!.click();
      await totpPanel(el);
      expect(text(part(el, 'error'))).to.equal('');
    });

    it('without a method (and without enroll-if-missing) says so; authorize() rejects with not-enrolled', async () => {
      const { client } = await account({ totp: false });
      const el = await guard(client);
      const result = el.authorize();
      await waitUntil(() => part(el, 'message'), 'no message');
      await settled(el);
      expect(text(part(el, 'message'))).to.equal(en.actionGuardNoMethod);
      const close = part<HTMLButtonElement>(el, 'cancel-button')!;
      expect(text(close)).to.equal(en.actionGuardClose);
      expectSameNode(el.shadowRoot!.activeElement, close, 'the focus');
      await expect(el).to.be.accessible();
      const cancelled = oneEvent(el, 'mfa-cancel');
      close.click();
      await cancelled;
      const error = await result.then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).to.be.instanceOf(MfaError);
      expect((error as MfaError).code).to.equal('not-enrolled');
    });
  });
});
