import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { MfaActionGuard } from '../../../components/action-guard/action-guard.js';
import type { MfaActionAuthorizedEvent } from '../../../src/events/mfa-action-authorized.js';
import {
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
  warmUpAxe,
} from './helpers.js';
import { nativeInput } from '../../support/code-input.js';
import { expectSameNode } from '../../support/same-node.js';

const tabs = (el: MfaActionGuard) => parts<HTMLButtonElement>(el, 'method-tab');
const selectedTab = (el: MfaActionGuard) => part<HTMLButtonElement>(el, 'method-tab-selected');
/** The recovery panel's field, once its <mfa-recovery-codes> has rendered it. */
async function recoveryField(el: MfaActionGuard): Promise<HTMLInputElement> {
  const find = () =>
    el
      .shadowRoot!.querySelector('mfa-recovery-codes')
      ?.shadowRoot?.querySelector<HTMLInputElement>('[part~="input"]');
  await waitUntil(find, 'the recovery field never showed');
  return find()!;
}

describe('<mfa-action-guard> by keyboard', () => {
  before(warmUpAxe);

  it('keyboard only: Tab to the control, Enter, type the code, Enter — the action runs once, focus comes back', async () => {
    const { client } = await account();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <mfa-action-guard .client=${client} action="wallet.export"><button id="go" type="button">Export key</button></mfa-action-guard>
    </div>`);
    const el = wrapper.querySelector('mfa-action-guard')!;
    await el.updateComplete;
    const button = el.querySelector<HTMLButtonElement>('#go')!;
    const runs: Event[] = [];
    button.addEventListener('click', (event) => runs.push(event));

    await sendKeys({ press: 'Tab' });
    expectSameNode(document.activeElement, button, 'the focus');
    await sendKeys({ press: 'Enter' });
    const field = await totpPanel(el);
    await waitUntil(
      () => deepActiveElement() === nativeInput(field),
      'focus never reached the code field',
    );
    await sendKeys({ type: client.totpCode() });
    await waitUntil(() => runs.length > 0, 'the action never ran');
    await settled(el);
    await quiet();
    expect(runs).to.have.length(1);
    expectSameNode(runs[0].target, button, 'the event target');
    expectSameNode(document.activeElement, button, 'the focus');
  });

  it('Tab and Shift+Tab stay inside the open dialog; the page behind takes no focus', async () => {
    const { client } = await account();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="outside-before">Before</button>
      <mfa-action-guard .client=${client} action="wallet.export"><button id="go" type="button">Export key</button></mfa-action-guard>
      <button id="outside-after">After</button>
    </div>`);
    const el = wrapper.querySelector('mfa-action-guard')!;
    await el.updateComplete;
    el.querySelector<HTMLButtonElement>('#go')!.click();
    const field = await totpPanel(el);
    await settled(el);
    await waitUntil(
      () => deepActiveElement() === nativeInput(field),
      'focus never reached the code field',
    );
    const dialog = dialogOf(el);
    const inside = (key: string): Element => {
      const active = deepActiveElement();
      expect(
        active !== null && composedContains(dialog, active),
        `${key} left the dialog for ${active?.outerHTML.slice(0, 60)}`,
      ).to.equal(true);
      return active!;
    };
    // Forward to the last control (Cancel), then back to the first (the selected tab). Past
    // either end Chrome sends the focus to its own UI, never to the page behind the modal
    // dialog; the keys stop short of that, since a keyboard left there takes the keys of the
    // tests after this one (an Enter there navigates the test page away, and the file hangs).
    const cancel = part(el, 'cancel-button')!;
    const first = selectedTab(el)!;
    const seen = new Set<Element>([inside('the start')]);
    for (let presses = 0; deepActiveElement() !== cancel; presses++) {
      expect(presses, 'Tab never reached Cancel').to.be.below(10);
      await sendKeys({ press: 'Tab' });
      seen.add(inside('Tab'));
    }
    for (let presses = 0; deepActiveElement() !== first; presses++) {
      expect(presses, 'Shift+Tab never reached the first tab').to.be.below(10);
      await sendKeys({ press: 'Shift+Tab' });
      seen.add(inside('Shift+Tab'));
    }
    // It really moved: the tab, the code field, Verify and Cancel.
    expect(seen.size).to.be.greaterThanOrEqual(4);
    // The page behind is inert while the dialog is open: it cannot take the focus at all.
    for (const id of ['outside-before', 'outside-after', 'go']) {
      wrapper.querySelector<HTMLButtonElement>(`#${id}`)!.focus();
      expect(deepActiveElement() === first, `#${id} took the focus`).to.equal(true);
    }
  });

  it('switches methods with the arrow keys (a tab list) and verifies with a recovery code', async () => {
    const { client, totp } = await account();
    const el = await guard(client);
    const button = el.querySelector<HTMLButtonElement>('#go')!;
    button.focus();
    button.click();
    await totpPanel(el);
    await settled(el);

    const list = part(el, 'methods')!;
    expect(list.getAttribute('role')).to.equal('tablist');
    expect(tabs(el).map((tab) => text(tab))).to.deep.equal([
      en.verifyMethodTotp,
      en.verifyMethodRecoveryCode,
    ]);
    expect(tabs(el).map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal([
      'true',
      'false',
    ]);
    const panel = part(el, 'method-panel')!;
    expect(panel.getAttribute('role')).to.equal('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).to.equal(selectedTab(el)!.id);

    // Shift+Tab from the code field reaches the selected tab (one tab stop for the list).
    await sendKeys({ press: 'Shift+Tab' });
    expectSameNode(el.shadowRoot!.activeElement, selectedTab(el), 'the focus');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(text(selectedTab(el))).to.equal(en.verifyMethodRecoveryCode);
    expectSameNode(el.shadowRoot!.activeElement, selectedTab(el), 'the focus');
    expect(codeField(el), 'the code panel is gone').to.equal(null);
    await recoveryField(el);
    await expect(el).to.be.accessible();

    // Arrow keys wrap around; Home and End jump.
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(text(selectedTab(el))).to.equal(en.verifyMethodTotp);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(text(selectedTab(el))).to.equal(en.verifyMethodRecoveryCode);
    // The panel holds a new <mfa-recovery-codes>: its field comes with its view, a task later
    // (a key sent through the runner can arrive first, as input goes before other tasks).
    const field = await recoveryField(el);

    const verified = collect(document, 'mfa-verified');
    const authorized = collect<MfaActionAuthorizedEvent>(el, 'mfa-action-authorized');
    const runs = collect(button, 'click');
    await sendKeys({ press: 'Tab' });
    expectSameNode(deepActiveElement(), field, 'the focus');
    await sendKeys({ type: totp!.recoveryCodes[0] });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => runs.length > 0, 'the action never ran');
    await settled(el);
    await quiet();
    expect(runs).to.have.length(1);
    expect(authorized).to.have.length(1);
    expect(authorized[0].detail.method).to.equal('recovery-code');
    expect(authorized[0].detail.token).to.include({ singleUse: true, action: 'wallet.export' });
    expect(verified, 'the nested mfa-verified stays inside the guard').to.deep.equal([]);
    expectSameNode(document.activeElement, button, 'the focus');
  });

  it('a wrong code: message, field cleared and focused, the click still held', async () => {
    const { client } = await account();
    const el = await guard(client);
    const button = el.querySelector<HTMLButtonElement>('#go')!;
    const runs = collect(button, 'click');
    button.click();
    const field = await totpPanel(el);
    const right = client.totpCode();
    const wrong = right === '000000' ? '111111' : '000000';
    field.focus();
    await sendKeys({ type: wrong });
    await waitUntil(() => field.errorMessage !== '', 'no error shown');
    await settled(el);
    expect(field.errorMessage).to.equal(en.errorInvalidCode);
    expect(field.value).to.equal('');
    await waitUntil(
      () => deepActiveElement() === nativeInput(field),
      'focus is not back in the field',
    );
    expect(runs, 'still held').to.deep.equal([]);
    expect(dialogOf(el).open).to.equal(true);
    await expect(el).to.be.accessible();
    // Then the right one.
    await sendKeys({ type: right });
    await waitUntil(() => runs.length === 1, 'the action never ran');
  });

  it('an incomplete code is not sent: a message, focus stays in the field, the digits stay', async () => {
    const { client } = await account();
    const el = await guard(client);
    el.querySelector<HTMLButtonElement>('#go')!.click();
    const field = await totpPanel(el);
    field.focus();
    await sendKeys({ type: '123' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => field.errorMessage !== '', 'no message');
    expect(field.errorMessage).to.equal(en.otpTooShort({ count: 6 }));
    expect(field.value).to.equal('123');
    expectSameNode(deepActiveElement(), nativeInput(field), 'the focus');
    expect(client.throttleStatus().totalFailures, 'nothing was sent').to.equal(0);
  });

  it('too many attempts: the field is locked with a countdown', async () => {
    const { client } = await account();
    const el = await guard(client);
    el.querySelector<HTMLButtonElement>('#go')!.click();
    const field = await totpPanel(el);
    client.failNextCall('rate-limited', { retryAfter: 30 });
    field.focus();
    await sendKeys({ type: client.totpCode() });
    await waitUntil(() => part(el, 'countdown'), 'no countdown');
    await el.updateComplete;
    // One visible message (the countdown); the field is read-only, not disabled, so it keeps
    // the focus, and the button is aria-disabled for the same reason.
    expect(field.errorMessage).to.equal('');
    expect(field.disabled).to.equal(false);
    expect(field.readonly).to.equal(true);
    expect(deepActiveElement() === nativeInput(field), 'focus stays in the field').to.equal(true);
    expect(field.value).to.equal('');
    expect(text(part(el, 'countdown'))).to.match(/Try again in \d+ seconds/);
    expect(part<HTMLButtonElement>(el, 'verify-button')!.getAttribute('aria-disabled')).to.equal(
      'true',
    );
    await expect(el).to.be.accessible();
  });
});
