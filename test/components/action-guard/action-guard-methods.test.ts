import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../components/provider/mfa-provider.js';
import type { MfaActionGuard } from '../../../components/action-guard/action-guard.js';
import { MfaPasskeyPrompt } from '../../../components/passkey-prompt/passkey-prompt.js';
import type { MfaTotpEnroll } from '../../../components/totp-enroll/totp-enroll.js';
import type { MfaOtpInput } from '../../../components/otp-input/otp-input.js';
import type { MfaActionAuthorizedEvent } from '../../../src/events/mfa-action-authorized.js';
import { preloadPasskeySupport } from '../../../src/clients/memory/index.js';
import {
  ACTION,
  account,
  codeField,
  collect,
  composedContains,
  deepActiveElement,
  dialogOf,
  en,
  guard,
  part,
  parts,
  quiet,
  settled,
  text,
  totpPanel,
  typeCode,
  warmUpAxe,
} from './helpers.js';
import { nativeInput } from '../../support/code-input.js';
import { expectSameNode } from '../../support/same-node.js';

/** Every event a page could listen to while the user proves a factor. */
const EVENT_TYPES = [
  'mfa-action-authorized',
  'mfa-cancel',
  'mfa-error',
  'mfa-enrolled',
  'mfa-verified',
  'mfa-complete',
  'mfa-recovery-codes-acknowledged',
  'input',
  'change',
];

function serialised(events: Event[]): string {
  return JSON.stringify(
    events.map((event) => ({ type: event.type, detail: (event as CustomEvent).detail ?? null })),
  );
}

const tabNames = (el: MfaActionGuard) => parts(el, 'method-tab').map((tab) => text(tab));

describe('<mfa-action-guard> methods', () => {
  before(warmUpAxe);

  describe('passkey (virtual authenticator)', () => {
    before(async function (this: Mocha.Context) {
      this.timeout(60_000);
      await preloadPasskeySupport();
    });

    beforeEach(async () => {
      await executeServerCommand('webauthn-add', { isUserVerified: true });
    });

    after(async () => {
      await executeServerCommand('webauthn-remove');
    });

    async function passkeyUser() {
      const setup = await account({ totp: false });
      await setup.client.enrollPasskey({ alias: 'Laptop' });
      await setup.client.acknowledgeRecoveryCodes();
      return setup;
    }

    async function passkeyButton(el: MfaActionGuard): Promise<HTMLButtonElement> {
      await waitUntil(
        () =>
          el
            .shadowRoot!.querySelector<MfaPasskeyPrompt>('mfa-passkey-prompt')
            ?.shadowRoot?.querySelector('[part~="button"]'),
        'the passkey prompt never showed',
        { timeout: 8000 },
      );
      return el
        .shadowRoot!.querySelector('mfa-passkey-prompt')!
        .shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;
    }

    it('offers the passkey first, passes axe, and replays the click once after the ceremony', async () => {
      const { client } = await passkeyUser();
      const el = await guard(client, { label: 'Export your private key' });
      const button = el.querySelector<HTMLButtonElement>('#go')!;
      const runs = collect(button, 'click');
      button.focus();
      button.click();
      const start = await passkeyButton(el);
      await settled(el);
      expect(tabNames(el)).to.deep.equal([en.verifyMethodPasskey, en.verifyMethodRecoveryCode]);
      expect(text(part(el, 'method-tab-selected'))).to.equal(en.verifyMethodPasskey);
      await waitUntil(() => deepActiveElement() === start, 'focus is not on the passkey button');
      await expect(el).to.be.accessible();

      const authorized = oneEvent(el, 'mfa-action-authorized') as Promise<MfaActionAuthorizedEvent>;
      start.click();
      const { detail } = await authorized;
      expect(detail.method).to.equal('passkey');
      expect(detail.token).to.include({ singleUse: true, action: ACTION });
      await waitUntil(() => runs.length > 0, 'the action never ran');
      await quiet();
      expect(runs).to.have.length(1);
      expectSameNode(document.activeElement, button, 'the focus');
      expect(client.consumeToken(detail.token!.value, { action: ACTION })).to.equal(true);
      expect(client.consumeToken(detail.token!.value, { action: ACTION })).to.equal(false);
    });

    it('a cancelled passkey sheet stays inside the dialog (no mfa-cancel from the guard)', async () => {
      const { client } = await passkeyUser();
      const el = await guard(client);
      const button = el.querySelector<HTMLButtonElement>('#go')!;
      const runs = collect(button, 'click');
      button.click();
      const start = await passkeyButton(el);
      await executeServerCommand('webauthn-set-user-verified', { value: false });
      const cancels = collect(el, 'mfa-cancel');
      const prompt = el.shadowRoot!.querySelector<MfaPasskeyPrompt>('mfa-passkey-prompt')!;
      start.click();
      await waitUntil(
        () =>
          prompt.hasState('cancelled') ||
          text(prompt.shadowRoot!.querySelector('[part~="error"]')) !== '',
        'the ceremony never ended',
        {
          timeout: 8000,
        },
      );
      await quiet();
      expect(cancels).to.deep.equal([]);
      expect(dialogOf(el).open).to.equal(true);
      expect(runs).to.deep.equal([]);
    });
  });

  describe('enroll-if-missing', () => {
    it('a key pressed while the panel loads keeps the focus where the user put it', async () => {
      // Hold the passkey panel's view back, as a slow network would.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const prototype = MfaPasskeyPrompt.prototype as unknown as { loadView(): Promise<unknown> };
      const loadView = prototype.loadView;
      prototype.loadView = function (this: MfaPasskeyPrompt) {
        return held.then(() => loadView.call(this));
      };
      try {
        const { client } = await account({ totp: false });
        const el = await guard(client, { enrollIfMissing: true });
        el.querySelector<HTMLButtonElement>('#go')!.click();
        await waitUntil(() => parts(el, 'method-tab').length === 2, 'no enrollment choice', {
          timeout: 8000,
        });
        const [firstTab, secondTab] = parts<HTMLButtonElement>(el, 'method-tab');
        firstTab!.focus();
        await sendKeys({ press: 'ArrowRight' });
        expect(deepActiveElement() === secondTab).to.equal(true);
        expect(secondTab!.getAttribute('aria-selected')).to.equal('true');

        // The authenticator app's panel is drawn, with controls to focus; then the passkey
        // panel's view arrives late: the dialog's first focus must not take the tab's.
        const enroll = await waitUntil(
          () => el.shadowRoot!.querySelector<MfaTotpEnroll>('mfa-totp-enroll'),
          'no enrollment',
          { timeout: 8000 },
        ).then(() => el.shadowRoot!.querySelector<MfaTotpEnroll>('mfa-totp-enroll')!);
        await waitUntil(
          () => enroll.shadowRoot?.querySelector('[part="secret"]'),
          'no secret shown',
          { timeout: 8000 },
        );
        release();
        await settled(el);
        await quiet();
        expect(deepActiveElement() === secondTab, 'the focus left the tab').to.equal(true);
      } finally {
        release();
        prototype.loadView = loadView;
      }
    });

    it('sets up an authenticator app in the dialog, then asks for a fresh code', async () => {
      const { client, clock } = await account({ totp: false });
      const el = await guard(client, { enrollIfMissing: true });
      const button = el.querySelector<HTMLButtonElement>('#go')!;
      const runs = collect(button, 'click');
      const events = collect(document, ...EVENT_TYPES);
      button.click();
      await waitUntil(() => part(el, 'methods'), 'no enrollment choice', { timeout: 8000 });
      await settled(el);
      expect(tabNames(el)).to.deep.equal([en.actionGuardEnrollPasskey, en.actionGuardEnrollTotp]);
      await expect(el).to.be.accessible();

      // The dialog first puts the focus in the chosen method's panel, once that has loaded.
      // Then pick the authenticator app by keyboard, from the first tab.
      await waitUntil(
        () => {
          const panel = part(el, 'method-panel');
          return panel !== null && composedContains(panel, deepActiveElement());
        },
        'the focus never went into the panel',
        { timeout: 8000 },
      );
      const firstTab = parts<HTMLButtonElement>(el, 'method-tab')[0];
      firstTab.focus();
      expect(deepActiveElement() === firstTab).to.equal(true);
      await sendKeys({ press: 'ArrowRight' });
      const enroll = await waitUntil(
        () => el.shadowRoot!.querySelector<MfaTotpEnroll>('mfa-totp-enroll'),
        'no enrollment',
        {
          timeout: 8000,
        },
      ).then(() => el.shadowRoot!.querySelector<MfaTotpEnroll>('mfa-totp-enroll')!);
      await waitUntil(
        () => enroll.shadowRoot?.querySelector('[part="secret"]'),
        'no secret shown',
        { timeout: 8000 },
      );
      const secret = text(enroll.shadowRoot!.querySelector('[part="secret"]')).replace(/\s+/g, '');
      const firstCode = client.totpCode();
      const enrollField = enroll.shadowRoot!.querySelector<MfaOtpInput>('mfa-otp-input')!;
      enrollField.focus();
      await sendKeys({ type: firstCode });

      // Enrolled: now the verify step, with the new method, and a word about the next code.
      const field = await totpPanel(el);
      await settled(el);
      expect(text(part(el, 'status'))).to.equal(en.actionGuardEnrolled);
      expect(runs, 'the enrollment code is no proof').to.deep.equal([]);
      await waitUntil(
        () => deepActiveElement() === nativeInput(field),
        'focus is not in the code field',
      );

      // The code that confirmed the enrollment is used up.
      await sendKeys({ type: firstCode });
      await waitUntil(() => field.errorMessage !== '', 'the used code was not refused');
      expect(runs).to.deep.equal([]);

      clock.advance(30_000);
      await typeCode(el, client.totpCode());
      await waitUntil(() => runs.length > 0, 'the action never ran');
      await quiet();
      expect(runs).to.have.length(1);
      const types = events.map((event) => event.type);
      expect(types.filter((type) => type === 'mfa-enrolled')).to.have.length(1);
      expect(types.filter((type) => type === 'mfa-action-authorized')).to.have.length(1);
      // No event carried the secret or a code.
      const all = serialised(events);
      expect(all).not.to.contain(secret);
      expect(all).not.to.contain(firstCode);
    });

    it('without enroll-if-missing no enrollment is offered', async () => {
      const { client } = await account({ totp: false });
      const el = await guard(client);
      el.querySelector<HTMLButtonElement>('#go')!.click();
      await waitUntil(() => part(el, 'message'), 'no message');
      expect(el.shadowRoot!.querySelector('mfa-totp-enroll')).to.equal(null);
      expect(el.shadowRoot!.querySelector('mfa-passkey-prompt')).to.equal(null);
    });
  });

  it('no event carries a code, a recovery code or the secret', async () => {
    const { client, totp } = await account();
    const events = collect(document, ...EVENT_TYPES);
    const el = await guard(client);
    const button = el.querySelector<HTMLButtonElement>('#go')!;
    button.click();
    const code = client.totpCode();
    const wrong = code === '000000' ? '111111' : '000000';
    await typeCode(el, wrong);
    await waitUntil(() => codeField(el)!.errorMessage !== '');
    await typeCode(el, code);
    await waitUntil(() => !dialogOf(el).open);
    // Then with a recovery code.
    button.click();
    await totpPanel(el);
    parts<HTMLButtonElement>(el, 'method-tab')[1].click();
    await waitUntil(() =>
      el
        .shadowRoot!.querySelector('mfa-recovery-codes')
        ?.shadowRoot?.querySelector('[part~="input"]'),
    );
    const input = el
      .shadowRoot!.querySelector('mfa-recovery-codes')!
      .shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!;
    input.focus();
    await sendKeys({ type: totp!.recoveryCodes[1] });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialogOf(el).open);
    const all = serialised(events);
    expect(events.some((event) => event.type === 'mfa-action-authorized')).to.equal(true);
    for (const secret of [
      code,
      wrong,
      totp!.secret,
      totp!.recoveryCodes[1],
      totp!.recoveryCodes[1].replace(/-/g, ''),
    ]) {
      expect(all).not.to.contain(secret);
    }
  });

  it('holds an activation made before its view arrived, then handles it', async () => {
    const { client } = await account();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('mfa-action-guard');
    el.client = client;
    el.action = ACTION;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Export key';
    const note = document.createElement('p');
    note.textContent = 'Not a control';
    el.append(note, button);
    const runs = collect(button, 'click');
    const noteClicks = collect(note, 'click');
    wrapper.append(el);
    // Synchronously: the element has not even rendered yet.
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    note.click();
    button.click();
    expect(runs).to.deep.equal([]);
    expect(noteClicks).to.deep.equal([]);
    // A click that is no activation is let through as soon as the view knows.
    await waitUntil(() => noteClicks.length > 0, 'the plain click was never let through');
    await typeCode(el, client.totpCode());
    await waitUntil(() => runs.length > 0, 'the action never ran');
    await quiet();
    expect(runs).to.have.length(1);
    expect(noteClicks).to.have.length(1);
  });

  it('a guard inside a guard: each asks for its own action, the app runs once', async () => {
    const { client } = await account();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <mfa-action-guard id="outer" .client=${client} action="wallet.view">
        <mfa-action-guard id="inner" .client=${client} action=${ACTION}>
          <button id="go" type="button">Export key</button>
        </mfa-action-guard>
      </mfa-action-guard>
    </div>`);
    const outer = wrapper.querySelector<MfaActionGuard>('#outer')!;
    const inner = wrapper.querySelector<MfaActionGuard>('#inner')!;
    await outer.updateComplete;
    await inner.updateComplete;
    const button = wrapper.querySelector<HTMLButtonElement>('#go')!;
    const runs = collect(button, 'click');
    button.click();
    await typeCode(inner, client.totpCode());
    await waitUntil(() => runs.length > 0, 'the action never ran');
    await quiet();
    expect(runs).to.have.length(1);
    expect(dialogOf(outer).open).to.equal(false);
  });

  it('its own .client wins over the provider and reaches the nested elements', async () => {
    const mine = await account();
    const other = await account();
    const wrapper = await fixture<HTMLElement>(html`<mfa-provider .client=${other.client}>
      <mfa-action-guard .client=${mine.client} action=${ACTION}><button id="go" type="button">Export key</button></mfa-action-guard>
    </mfa-provider>`);
    const el = wrapper.querySelector<MfaActionGuard>('mfa-action-guard')!;
    await el.updateComplete;
    const button = el.querySelector<HTMLButtonElement>('#go')!;
    const runs = collect(button, 'click');
    button.click();
    await totpPanel(el);
    parts<HTMLButtonElement>(el, 'method-tab')[1].click();
    await waitUntil(() =>
      el
        .shadowRoot!.querySelector('mfa-recovery-codes')
        ?.shadowRoot?.querySelector('[part~="input"]'),
    );
    const recovery = el.shadowRoot!.querySelector('mfa-recovery-codes')!;
    expect(recovery.client).to.equal(mine.client);
    const input = recovery.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!;
    input.focus();
    await sendKeys({ type: mine.totp!.recoveryCodes[0] });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => runs.length > 0, 'the action never ran');
  });

  it('uses the provider’s client when it has none of its own', async () => {
    const { client } = await account();
    const wrapper = await fixture<HTMLElement>(html`<mfa-provider .client=${client}>
      <mfa-action-guard action=${ACTION}><button id="go" type="button">Export key</button></mfa-action-guard>
    </mfa-provider>`);
    const el = wrapper.querySelector<MfaActionGuard>('mfa-action-guard')!;
    await el.updateComplete;
    const result = el.authorize();
    await typeCode(el, client.totpCode());
    expect(await result).to.include({ singleUse: true, action: ACTION });
  });
});
