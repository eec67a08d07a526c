import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../components/action-guard/mfa-action-guard.js';
import type { MfaActionGuard } from '../../../components/action-guard/action-guard.js';
import type { MfaOtpInput } from '../../../components/otp-input/otp-input.js';
import {
  createMemoryClient,
  ManualClock,
  type MemoryClientOptions,
  type MemoryMfaClient,
  type TotpSetUp,
} from '../../../src/clients/memory/index.js';
export { english as en } from '../../support/english.js';

/** The element's English strings: the shared ones and its own (which travel with its lazily loaded view). */

/** Ten seconds into a TOTP step; the clock only moves when a test moves it. */
export const START = Date.UTC(2026, 0, 1, 12, 0, 10);

export const ACTION = 'wallet.export';

export interface Setup {
  client: MemoryMfaClient;
  clock: ManualClock;
  /** Set when the user has an authenticator app. */
  totp?: TotpSetUp;
}

/** A memory client whose `wallet.export` needs MFA; with an authenticator app unless `totp: false`. */
export async function account(
  options: { totp?: boolean; client?: MemoryClientOptions } = {},
): Promise<Setup> {
  const clock = new ManualClock(START);
  const client = createMemoryClient({
    userName: 'ada@example.com',
    issuer: 'Acme',
    now: () => clock.now(),
    actions: { [ACTION]: true, 'wallet.view': false },
    ...options.client,
  });
  const setup: Setup = { client, clock };
  if (options.totp ?? true) setup.totp = await client.setUpTotp();
  return setup;
}

/** A guard with its view loaded, around `content` (a button `#go` by default). */
export async function guard(
  client: MemoryMfaClient | undefined,
  attributes: {
    action?: string;
    token?: string;
    scopes?: string;
    label?: string;
    enrollIfMissing?: boolean;
  } = {},
  content: TemplateResult = html`<button id="go" type="button">Export key</button>`,
): Promise<MfaActionGuard> {
  const el = await fixture<MfaActionGuard>(html`<mfa-action-guard
    .client=${client}
    action=${attributes.action ?? ACTION}
    token=${attributes.token ?? 'single-use'}
    scopes=${attributes.scopes ?? ''}
    label=${attributes.label ?? ''}
    ?enroll-if-missing=${attributes.enrollIfMissing ?? false}
    >${content}</mfa-action-guard
  >`);
  return el;
}

export function part<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

export function parts<T extends Element = HTMLElement>(el: Element, name: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

export const dialogOf = (el: MfaActionGuard) => part<HTMLDialogElement>(el, 'dialog')!;

/** Whether the dialog is open (false before the element has rendered it). */
export const isOpen = (el: MfaActionGuard): boolean =>
  part<HTMLDialogElement>(el, 'dialog')?.open === true;

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The code field of the authenticator-app panel, once it is there. */
export function codeField(el: MfaActionGuard): MfaOtpInput | null {
  return el.shadowRoot!.querySelector<MfaOtpInput>('.verify-methods mfa-otp-input');
}

/** Wait until the dialog is open and shows the authenticator-app panel with its field ready. */
export async function totpPanel(el: MfaActionGuard): Promise<MfaOtpInput> {
  await waitUntil(() => isOpen(el) && codeField(el), 'the authenticator panel never showed', {
    timeout: 8000,
  });
  const field = codeField(el)!;
  await field.updateComplete;
  return field;
}

/** Wait until no client call is under way and the element has rendered. */
export async function settled(el: MfaActionGuard): Promise<void> {
  await waitUntil(
    () => !el.hasState('pending') && !el.hasState('checking'),
    'the guard never settled',
    { timeout: 8000 },
  );
  await el.updateComplete;
}

/**
 * Type a code into the field with real key presses; a whole code is sent on its last digit.
 * `enter`: press Enter afterwards too (for an incomplete code, or with `manual-submit`).
 */
export async function typeCode(el: MfaActionGuard, code: string, enter = false): Promise<void> {
  const field = await totpPanel(el);
  field.focus();
  await sendKeys({ type: code });
  if (enter) await sendKeys({ press: 'Enter' });
}

/** The element that has focus, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

// Inside, as drawn: through shadow roots and slots (a code field's input is slotted in from
// the page, docs/SECURITY.md 26).
export { composedContains } from '../../../src/internal/dom.js';

/** Every event of these types seen on `target`, in order. */
export function collect<E extends Event = Event>(target: EventTarget, ...types: string[]): E[] {
  const seen: E[] = [];
  for (const type of types) target.addEventListener(type, (event) => seen.push(event as E));
  return seen;
}

/** Load axe once, outside any single test's time budget: these machines are shared and busy. */
export async function warmUpAxe(this: Mocha.Context): Promise<void> {
  this.timeout(60_000);
  await expect(await fixture(html`<p>warm-up</p>`)).to.be.accessible();
}

/** Let pending microtasks and a task or two run, to show that nothing more happens. */
export async function quiet(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
