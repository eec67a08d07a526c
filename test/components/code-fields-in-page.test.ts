// Every code step of every element is reachable from the document's light DOM
// (docs/SECURITY.md 26): a password manager's scan,
// `document.querySelectorAll('input[autocomplete="one-time-code"]')`, finds exactly one visible
// input while a code step shows (none before, none after, none left behind when the step
// changes), a manager's fill (value set, `input` and `change` dispatched) completes the step,
// and a page's aggressive `input { … !important }` styles do not change how the field looks.
//
// Assertions compare elements through booleans: a failed `expect(element).to.equal(…)` carries
// the elements, which web-test-runner cannot send back (the run then stops without a report).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { Secret, TOTP } from 'otpauth';
import '../../components/action-guard/mfa-action-guard.js';
import '../../components/devices/mfa-devices.js';
import '../../components/flow/mfa-flow.js';
import '../../components/passkey-prompt/mfa-passkey-prompt.js';
import '../../components/totp-enroll/mfa-totp-enroll.js';
import type { MfaActionGuard } from '../../components/action-guard/action-guard.js';
import type { MfaDevices } from '../../components/devices/devices.js';
import type { MfaFlow } from '../../components/flow/flow.js';
import type { MfaOtpInput } from '../../components/otp-input/otp-input.js';
import type { MfaPasskeyPrompt } from '../../components/passkey-prompt/passkey-prompt.js';
import type { MfaTotpEnroll } from '../../components/totp-enroll/totp-enroll.js';
import {
  createMemoryClient,
  ManualClock,
  type MemoryClientOptions,
  type MemoryMfaClient,
} from '../../src/clients/memory/index.js';
import { fieldOf } from '../support/code-input.js';
import { english as en } from '../support/english.js';
import { useVirtualAuthenticator } from '../support/virtual-authenticator.js';

const START = Date.UTC(2026, 0, 1, 12, 0, 10);
const ACTION = 'wallet.export';

function account(options: MemoryClientOptions = {}): {
  client: MemoryMfaClient;
  clock: ManualClock;
} {
  const clock = new ManualClock(START);
  const client = createMemoryClient({
    userName: 'ada@example.com',
    issuer: 'Acme',
    now: () => clock.now(),
    actions: { [ACTION]: true },
    ...options,
  });
  return { client, clock };
}

/** What a password manager's scan of the page finds. */
const scan = (): HTMLInputElement[] => [
  ...document.querySelectorAll<HTMLInputElement>('input[autocomplete="one-time-code"]'),
];

function visible(input: HTMLInputElement): boolean {
  const box = input.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && input.checkVisibility();
}

/** Wait until the scan finds exactly one input, visible and named: the code step is showing. */
async function found(): Promise<HTMLInputElement> {
  await waitUntil(
    () => {
      const inputs = scan();
      return inputs.length === 1 && visible(inputs[0]) && inputs[0].hasAttribute('aria-label');
    },
    `the scan should find one ready code input (found ${scan().length})`,
    { timeout: 8000 },
  );
  return scan()[0];
}

/** Wait until the scan finds no code input (the step is over). */
async function gone(what: string): Promise<void> {
  await waitUntil(() => scan().length === 0, `a code input stays after ${what}`, {
    timeout: 8000,
  });
}

/** Fill the way managers do (no key events): set the value, dispatch `input` and `change`. */
function managerFill(input: HTMLInputElement, code: string): void {
  input.value = code;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Fill as a manager does, then press Enter in the field, as a user does after an autofill. */
async function fillAndSubmit(input: HTMLInputElement, code: string): Promise<void> {
  managerFill(input, code);
  const field = fieldOf(input) as MfaOtpInput;
  expect(field.value, 'the field took the filled code').to.equal(code);
  input.focus();
  await sendKeys({ press: 'Enter' });
}

/** The input is where a scan finds it: a light-DOM child of the outermost element, no name. */
function expectInPage(input: HTMLInputElement, holder: Element): void {
  expect(input.parentElement === holder, `a child of <${holder.localName}>`).to.be.true;
  expect(input.getRootNode() === document, 'in the document').to.be.true;
  expect(input.hasAttribute('name'), 'no name: the field alone submits').to.be.false;
  const field = fieldOf(input) as MfaOtpInput | null;
  expect(field?.localName).to.equal('mfa-otp-input');
  expect(input.getAttribute('aria-label')).to.equal(field!.label);
}

/** A page that styles every input, `!important` included. */
const PAGE_STYLES = `input, input[slot], * > input, mfa-flow input {
  border: 10px solid red !important; font-size: 40px !important; padding: 30px !important;
  width: 900px !important; height: 200px !important; display: block !important;
  margin: 20px !important; position: static !important; box-sizing: content-box !important;
  letter-spacing: 20px !important; line-height: 5 !important; zoom: 2 !important;
  background: yellow !important; color: red !important; opacity: 1 !important;
}
input::selection { background: red !important; }`;

const box = (element: Element) => {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x, y, width, height };
};

/** Aggressive page styles change neither the input's box nor the field's, nor its paint. */
function expectUnmovedByPageStyles(input: HTMLInputElement): void {
  const field = fieldOf(input)!;
  const before = [box(input), box(field)];
  const style = document.createElement('style');
  style.textContent = PAGE_STYLES;
  document.head.append(style);
  try {
    expect([box(input), box(field)]).to.deep.equal(before);
    const computed = getComputedStyle(input);
    expect(computed.borderTopWidth).to.equal('0px');
    // The field's own size and colour for the digits the input draws (docs/ARCHITECTURE.md).
    expect(computed.fontSize).to.equal('24px');
    expect(computed.color).to.equal(getComputedStyle(field).color);
    expect(computed.color).to.not.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(input, '::selection').backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  } finally {
    style.remove();
  }
  // The input lies over the cells.
  expect(before[0].width).to.be.greaterThan(100);
  expect(before[0].height).to.be.greaterThan(20);
}

const part = <T extends Element = HTMLElement>(el: Element, name: string): T | null =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

const inner = <T extends Element>(el: Element, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;

/** Click the button (or tab) of `part` whose text is `label`, once it shows. */
async function press(el: Element, name: string, label: string): Promise<void> {
  const find = () =>
    [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)].find(
      (button) => button.textContent!.trim() === label,
    );
  await waitUntil(find, `no ${name} "${label}"`, { timeout: 8000 });
  find()!.click();
}

/** The secret an enrollment shows, and the code a phone computes from it now. */
async function shownCode(enroll: MfaTotpEnroll, clock: ManualClock): Promise<string> {
  await waitUntil(() => part(enroll, 'secret'), 'the setup key never showed', { timeout: 8000 });
  const secret = part(enroll, 'secret')!.textContent!.replace(/\s+/g, '');
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: clock.now(),
  });
}

describe('code fields in the document light DOM (docs/SECURITY.md 26)', () => {
  useVirtualAuthenticator();

  afterEach(() => {
    // The fixture leaves the page: it takes its input with it.
    fixtureCleanup();
    expect(scan().length, 'no input left behind').to.equal(0);
  });

  it('<mfa-totp-enroll>: the confirm step', async () => {
    const { client, clock } = account();
    const el = await fixture<MfaTotpEnroll>(
      html`<mfa-totp-enroll .client=${client}></mfa-totp-enroll>`,
    );
    const input = await found();
    expectInPage(input, el);
    expectUnmovedByPageStyles(input);
    const enrolled = new Promise((resolve) => el.addEventListener('mfa-enrolled', resolve));
    await fillAndSubmit(input, await shownCode(el, clock));
    await enrolled;
    await gone('the enrollment');
    expect(el.outerHTML).to.not.match(/\d{6}/);
  });

  it('<mfa-action-guard>, authenticator app: a wrong fill is said on the input, the right one authorizes', async () => {
    const { client } = account();
    await client.setUpTotp();
    const el = await fixture<MfaActionGuard>(html`<mfa-action-guard
      .client=${client}
      action=${ACTION}
      token="none"
      ><button type="button">Export</button></mfa-action-guard
    >`);
    expect(scan().length, 'no code step yet').to.equal(0);
    const authorized = el.authorize();
    const input = await found();
    expectInPage(input, el);
    expectUnmovedByPageStyles(input);
    const right = client.totpCode();
    await fillAndSubmit(input, right === '000000' ? '111111' : '000000');
    await waitUntil(() => input.hasAttribute('aria-description'), 'the error is not on the input');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(scan().length).to.equal(1);
    await fillAndSubmit(input, right);
    await authorized;
    await gone('the dialog closed');
  });

  it('<mfa-action-guard>, emailed code: the code step after "Email me a code"', async () => {
    const { client } = account({ stepUpForFirstFactor: true });
    const el = await fixture<MfaActionGuard>(
      html`<mfa-action-guard action="device.add" token="none" .client=${client}></mfa-action-guard>`,
    );
    const authorized = el.authorize();
    await waitUntil(() => part(el, 'reauth-send-button'), 'no "Email me a code"', {
      timeout: 8000,
    });
    expect(scan().length, 'no code field before the code is sent').to.equal(0);
    part<HTMLButtonElement>(el, 'reauth-send-button')!.click();
    const input = await found();
    expectInPage(input, el);
    expectUnmovedByPageStyles(input);
    await fillAndSubmit(input, client.lastReauthCode()!);
    await authorized;
    await gone('the dialog closed');
  });

  it('<mfa-action-guard enroll-if-missing>: the enrollment inside the dialog, then the fresh code', async () => {
    const { client, clock } = account();
    const el = await fixture<MfaActionGuard>(html`<mfa-action-guard
      .client=${client}
      action=${ACTION}
      token="none"
      enroll-if-missing
    ></mfa-action-guard>`);
    const authorized = el.authorize();
    await press(el, 'method-tab', en.actionGuardEnrollTotp);
    const enrollInput = await found();
    expectInPage(enrollInput, el);
    const enroll = inner<MfaTotpEnroll>(el, 'mfa-totp-enroll');
    expect(fieldOf(enrollInput)!.getRootNode() === enroll.shadowRoot).to.be.true;
    expectUnmovedByPageStyles(enrollInput);
    await fillAndSubmit(enrollInput, await shownCode(enroll, clock));
    // The enrollment's field goes; the verification's field replaces it — one at a time.
    await waitUntil(
      () => scan().length === 1 && scan()[0] !== enrollInput && visible(scan()[0]),
      'the fresh-code step never showed its own input',
      { timeout: 8000 },
    );
    expect(enrollInput.isConnected, 'the enrollment input left').to.be.false;
    const verifyInput = scan()[0];
    expectInPage(verifyInput, el);
    clock.advance(30_000);
    await fillAndSubmit(verifyInput, client.totpCode());
    await authorized;
    await gone('the dialog closed');
  });

  it('<mfa-flow>, verify step', async () => {
    const { client } = account();
    await client.setUpTotp({ signOut: true });
    const el = await fixture<MfaFlow>(html`<mfa-flow .client=${client}></mfa-flow>`);
    const input = await found();
    expectInPage(input, el);
    expectUnmovedByPageStyles(input);
    await fillAndSubmit(input, client.totpCode());
    await waitUntil(() => el.step === 'complete', 'the flow never completed', { timeout: 8000 });
    await gone('the step changed');
  });

  it('<mfa-flow>, enroll step: the nested enrollment puts its input in the flow', async () => {
    const { client, clock } = account();
    const el = await fixture<MfaFlow>(html`<mfa-flow .client=${client} methods="totp"></mfa-flow>`);
    const input = await found();
    expectInPage(input, el);
    const enroll = inner<MfaTotpEnroll>(el, 'mfa-totp-enroll');
    expect(enroll.querySelector('input'), 'nothing in the nested element').to.equal(null);
    expectUnmovedByPageStyles(input);
    await fillAndSubmit(input, await shownCode(enroll, clock));
    await waitUntil(() => el.step === 'acknowledge', 'the flow never moved on', { timeout: 8000 });
    await gone('the step changed');
  });

  it('<mfa-devices>, adding an authenticator app', async () => {
    const { client, clock } = account();
    const el = await fixture<MfaDevices>(html`<mfa-devices .client=${client}></mfa-devices>`);
    await waitUntil(() => part(el, 'add-button'), 'no add button', { timeout: 8000 });
    expect(scan().length).to.equal(0);
    await press(el, 'add-button', en.devicesAddTotp);
    const input = await found();
    expectInPage(input, el);
    expectUnmovedByPageStyles(input);
    const enroll = inner<MfaTotpEnroll>(el, 'mfa-totp-enroll');
    const enrolled = new Promise((resolve) => enroll.addEventListener('mfa-enrolled', resolve));
    await fillAndSubmit(input, await shownCode(enroll, clock));
    await enrolled;
    await gone('the enrollment');
  });

  it('<mfa-devices>, the delete guard: one input while its dialog is open', async () => {
    const { client, clock } = account();
    await client.setUpTotp();
    await client.enrollPasskey({ alias: 'Laptop' });
    const el = await fixture<MfaDevices>(html`<mfa-devices .client=${client}></mfa-devices>`);
    await waitUntil(() => part(el, 'delete-button'), 'no list', { timeout: 8000 });
    expect(scan().length, 'no code field in closed guards').to.equal(0);
    const deleted = new Promise((resolve) => el.addEventListener('mfa-device-deleted', resolve));
    const row = [...el.shadowRoot!.querySelectorAll('[part~="device"]')].find((item) =>
      item.textContent!.includes('Laptop'),
    )!;
    row.querySelector<HTMLButtonElement>('[part~="delete-button"]')!.click();
    const guard = inner<MfaActionGuard>(el, '#delete-guard');
    await press(guard, 'method-tab', en.verifyMethodTotp);
    const input = await found();
    expectInPage(input, el);
    expectUnmovedByPageStyles(input);
    clock.advance(30_000);
    await fillAndSubmit(input, client.totpCode());
    await deleted;
    await gone('the dialog closed');
  });

  it('<mfa-devices> → <mfa-totp-enroll> → its step-up guard: emailed code, then the enrollment', async () => {
    const { client, clock } = account({ stepUpForFirstFactor: true });
    const el = await fixture<MfaDevices>(html`<mfa-devices .client=${client}></mfa-devices>`);
    await waitUntil(() => part(el, 'add-button'), 'no add button', { timeout: 8000 });
    await press(el, 'add-button', en.devicesAddTotp);
    await waitUntil(() => el.shadowRoot!.querySelector('mfa-totp-enroll'), 'no enrollment');
    const enroll = inner<MfaTotpEnroll>(el, 'mfa-totp-enroll');
    await waitUntil(() => part(enroll, 'step-up-button'), 'the step-up never showed', {
      timeout: 8000,
    });
    part<HTMLButtonElement>(enroll, 'step-up-button')!.click();
    const guard = inner<MfaActionGuard>(enroll, 'mfa-action-guard[data-step-up]');
    await waitUntil(() => part(guard, 'reauth-send-button'), 'no "Email me a code"', {
      timeout: 8000,
    });
    part<HTMLButtonElement>(guard, 'reauth-send-button')!.click();
    // Three shadow roots deep, the input is still the page's element's child.
    const reauthInput = await found();
    expectInPage(reauthInput, el);
    expect(fieldOf(reauthInput)!.getRootNode() === guard.shadowRoot).to.be.true;
    expectUnmovedByPageStyles(reauthInput);
    await fillAndSubmit(reauthInput, client.lastReauthCode()!);
    // The refused enrollment runs again: its own field replaces the guard's.
    await waitUntil(
      () => scan().length === 1 && scan()[0] !== reauthInput && visible(scan()[0]),
      'the enrollment never showed its own input',
      { timeout: 8000 },
    );
    const enrollInput = scan()[0];
    expectInPage(enrollInput, el);
    const enrolled = new Promise((resolve) => enroll.addEventListener('mfa-enrolled', resolve));
    await fillAndSubmit(enrollInput, await shownCode(enroll, clock));
    await enrolled;
    await gone('the enrollment');
  });

  it('<mfa-passkey-prompt mode="register"> → its step-up guard: the code, then the passkey', async () => {
    const { client, clock } = account();
    await client.setUpTotp();
    client.signOut(); // no fresh proof: registering a passkey needs one
    const el = await fixture<MfaPasskeyPrompt>(
      html`<mfa-passkey-prompt mode="register" hide-alias .client=${client}></mfa-passkey-prompt>`,
    );
    await waitUntil(() => part(el, 'button'), 'no view', { timeout: 8000 });
    const enrolled = new Promise((resolve) => el.addEventListener('mfa-enrolled', resolve));
    part<HTMLButtonElement>(el, 'button')!.click();
    await waitUntil(() => part(el, 'step-up-button'), 'the step-up never showed', {
      timeout: 8000,
    });
    expect(scan().length).to.equal(0);
    part<HTMLButtonElement>(el, 'step-up-button')!.click();
    const input = await found();
    expectInPage(input, el);
    expectUnmovedByPageStyles(input);
    clock.advance(30_000);
    await fillAndSubmit(input, client.totpCode());
    await enrolled;
    await gone('the dialog closed');
  });

  it('moving the outer element takes the input along; leaving the page removes it', async () => {
    const { client } = account();
    await client.setUpTotp({ signOut: true });
    const el = await fixture<MfaFlow>(html`<mfa-flow .client=${client}></mfa-flow>`);
    const first = await found();
    const field = fieldOf(first) as MfaOtpInput;
    managerFill(first, '12');
    const elsewhere = document.createElement('div');
    el.parentElement!.append(elsewhere);
    elsewhere.append(el);
    await field.updateComplete;
    const moved = await found();
    expectInPage(moved, el);
    expect(moved === first, 'the same input').to.be.true;
    // What was typed left with the page (docs/SECURITY.md 24).
    expect(moved.value).to.equal('');
    expect(fieldOf(moved) === field, 'still drawn by the same field').to.be.true;
    // Detached: nothing of it is left in the page.
    el.remove();
    expect(scan().length).to.equal(0);
    expect(el.querySelector('input'), 'the input left with its field').to.equal(null);
    elsewhere.append(el);
    await field.updateComplete;
    expectInPage(await found(), el);
    elsewhere.remove();
  });
});
