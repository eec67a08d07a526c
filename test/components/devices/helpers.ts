import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { Secret, TOTP } from 'otpauth';
import type { MfaActionGuard } from '../../../components/action-guard/action-guard.js';
import '../../../components/devices/mfa-devices.js';
import type { MfaDevices } from '../../../components/devices/devices.js';
import type { MfaOtpInput } from '../../../components/otp-input/otp-input.js';
import type { MfaClient, MfaStatus } from '../../../src/client/types.js';
import {
  createMemoryClient,
  ManualClock,
  type MemoryClientOptions,
  type MemoryMfaClient,
} from '../../../src/clients/memory/index.js';
import { english as en } from '../../support/english.js';

/** Ten seconds into a TOTP step (the clock is manual anyway). */
export const START = Date.UTC(2026, 0, 1, 12, 0, 10);

export interface Account {
  client: MemoryMfaClient;
  clock: ManualClock;
  /** The authenticator app's secret, when one was set up. */
  secret?: string;
  recoveryCodes?: string[];
}

/** A signed-in, verified user with an authenticator app (unless `totp: false`). */
export async function account(
  options: MemoryClientOptions & { totp?: boolean } = {},
): Promise<Account> {
  const { totp = true, ...clientOptions } = options;
  const clock = new ManualClock(START);
  const client = createMemoryClient({
    userName: 'ada@example.com',
    issuer: 'Acme',
    now: () => clock.now(),
    ...clientOptions,
  });
  if (!totp) return { client, clock };
  const { secret, recoveryCodes } = await client.setUpTotp();
  return { client, clock, secret, recoveryCodes };
}

/** What the app shows now; moves the clock one step on first, so each proof gets a fresh code. */
export function nextCode(setup: Account): string {
  setup.clock.advance(30_000);
  return new TOTP({ secret: Secret.fromBase32(setup.secret!), digits: 6, period: 30 }).generate({
    timestamp: setup.clock.now(),
  });
}

/** A client that only answers `status()`, with this status (for the list's rendering). */
export function staticClient(status: MfaStatus): MfaClient {
  const refuse = () => Promise.reject(new Error('not in this test'));
  return {
    status: () => Promise.resolve(structuredClone(status)),
    enrollTotp: refuse,
    verifyTotp: refuse,
    enrollPasskey: refuse,
    verifyPasskey: refuse,
    deleteDevice: refuse,
    recoveryCodes: refuse,
    acknowledgeRecoveryCodes: refuse,
    verifyRecoveryCode: refuse,
    isRequiredForAction: () => Promise.resolve(true),
  };
}

export async function devices(
  client: MfaClient,
  options: { lang?: string; hideAdd?: boolean } = {},
): Promise<MfaDevices> {
  const el = await fixture<MfaDevices>(
    html`<mfa-devices .client=${client} lang=${options.lang ?? 'en'} ?hide-add=${options.hideAdd ?? false}></mfa-devices>`,
  );
  await listed(el);
  return el;
}

/** Wait until the list (or its empty line) is on screen and nothing is pending. */
export async function listed(el: MfaDevices): Promise<void> {
  await waitUntil(
    () => (part(el, 'list') || part(el, 'empty')) && !el.hasState('pending'),
    'the list never appeared',
    {
      timeout: 8000,
    },
  );
  await el.updateComplete;
}

export function part<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

export function parts<T extends Element = HTMLElement>(el: Element, name: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element's own status and error lines (nested elements have their own). */
export const status = (el: MfaDevices) =>
  el.shadowRoot!.querySelector<HTMLElement>('.base > [part~="status"]')!;
export const error = (el: MfaDevices) =>
  el.shadowRoot!.querySelector<HTMLElement>('.base > [part~="error"]')!;

export const names = (el: MfaDevices) => parts(el, 'device-name').map((node) => text(node));

/** The delete button of the device named `name`. */
export function deleteButton(el: MfaDevices, name: string): HTMLButtonElement {
  const row = parts(el, 'device').find(
    (item) => text(item.querySelector('[part~="device-name"]')) === name,
  );
  if (!row) throw new Error(`no device named ${name}: ${names(el).join(', ')}`);
  return row.querySelector<HTMLButtonElement>('[part~="delete-button"]')!;
}

export const guard = (el: MfaDevices, id: 'delete-guard' | 'regenerate-guard') =>
  el.shadowRoot!.querySelector<MfaActionGuard>(`#${id}`)!;

export function dialog(
  el: MfaDevices,
  id: 'delete-guard' | 'regenerate-guard',
): HTMLDialogElement | null {
  return guard(el, id).shadowRoot?.querySelector('dialog') ?? null;
}

/** Wait until the guard's dialog is open and shows the verify step. */
export async function dialogShown(
  el: MfaDevices,
  id: 'delete-guard' | 'regenerate-guard',
): Promise<MfaActionGuard> {
  const g = guard(el, id);
  await waitUntil(
    () => dialog(el, id)?.open && g.shadowRoot!.querySelector('.verify-methods'),
    'the guard dialog never opened',
    {
      timeout: 8000,
    },
  );
  await g.updateComplete;
  return g;
}

/** In the guard's dialog: pick the authenticator app (if there is a choice) and type the code. */
export async function verifyInDialog(g: MfaActionGuard, code: string): Promise<void> {
  const tabs = [...g.shadowRoot!.querySelectorAll<HTMLElement>('[part~="method-tab"]')];
  const totpTab = tabs.find((tab) => text(tab) === en.verifyMethodTotp);
  if (totpTab && totpTab.getAttribute('aria-selected') !== 'true') {
    totpTab.click();
    await g.updateComplete;
  }
  await waitUntil(
    () => g.shadowRoot!.querySelector('.verify-methods mfa-otp-input'),
    'no code field in the dialog',
  );
  const field = g.shadowRoot!.querySelector<MfaOtpInput>('.verify-methods mfa-otp-input')!;
  await field.updateComplete;
  field.focus();
  // A whole code is sent on its last digit.
  await sendKeys({ type: code });
}

/** The element that has focus, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every event of these types that reaches `target`, in order. */
export function collect(target: EventTarget, ...types: string[]): Event[] {
  const seen: Event[] = [];
  for (const type of types) target.addEventListener(type, (event) => seen.push(event));
  return seen;
}

/** Load axe once, outside any single test's time budget: these machines are shared and busy. */
export async function warmUpAxe(): Promise<void> {
  await expect(await fixture(html`<p>warm-up</p>`)).to.be.accessible();
}
export { en };
