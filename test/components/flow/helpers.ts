import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { Secret, TOTP } from 'otpauth';
import '../../../components/flow/mfa-flow.js';
import type { MfaFlow } from '../../../components/flow/flow.js';
import type { MfaOtpInput } from '../../../components/otp-input/otp-input.js';
import type { MfaRecoveryCodes } from '../../../components/recovery-codes/recovery-codes.js';
import type { MfaTotpEnroll } from '../../../components/totp-enroll/totp-enroll.js';
import type { MfaClient } from '../../../src/client/types.js';
import {
  createMemoryClient,
  ManualClock,
  type MemoryClientOptions,
  type MemoryMfaClient,
} from '../../../src/clients/memory/index.js';
export { english as en } from '../../support/english.js';

/** The English strings the flow and its nested elements show. */

/** Ten seconds into a TOTP step, so a test has room before the step changes (the clock is manual anyway). */
export const START = Date.UTC(2026, 0, 1, 12, 0, 10);

export interface Account {
  client: MemoryMfaClient;
  clock: ManualClock;
}

export function account(options: MemoryClientOptions = {}): Account {
  const clock = new ManualClock(START);
  const client = createMemoryClient({
    userName: 'ada@example.com',
    issuer: 'Acme',
    now: () => clock.now(),
    ...options,
  });
  return { client, clock };
}

export interface FlowOptions {
  methods?: string;
  headingLevel?: number;
  hideDone?: boolean;
  token?: string;
}

/** A flow on the page, with its view loaded (the status may still be on its way). */
export async function flow(client: MfaClient, options: FlowOptions = {}): Promise<MfaFlow> {
  return fixture<MfaFlow>(html`<mfa-flow
    .client=${client}
    methods=${options.methods ?? ''}
    heading-level=${options.headingLevel ?? 2}
    ?hide-done=${options.hideDone ?? false}
    token=${options.token ?? ''}
  ></mfa-flow>`);
}

/** Wait for a step, and for the render that shows it. */
export async function atStep(el: MfaFlow, step: string): Promise<void> {
  await waitUntil(
    () => el.step === step && !el.hasState('pending'),
    `never reached the ${step} step (at ${el.step})`,
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

/** The flow's own status line (nested pieces have status regions of their own). */
export function flowStatus(el: Element): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('.base > [part~="status"]')!;
}

/** The flow's own error line. */
export function flowError(el: Element): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('.base > [part~="error"]')!;
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
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

/** What an authenticator app shows for `secret` now. */
export function codeFor(secret: string, clock: ManualClock): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: clock.now(),
  });
}

/** Press Tab until `target` (looked for through shadow roots) has focus. */
export async function tabTo(target: Element, limit = 30): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (deepActiveElement() === target) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 80)}`);
}

export const nestedTotp = (el: MfaFlow) =>
  el.shadowRoot!.querySelector<MfaTotpEnroll>('mfa-totp-enroll');
export const nestedCodes = (el: MfaFlow) =>
  el.shadowRoot!.querySelector<MfaRecoveryCodes>('mfa-recovery-codes');

/**
 * Enroll the authenticator app shown in the flow as a user would: read the setup key on the page,
 * compute the code as a phone does, type it.
 */
export async function enrollShownTotp(el: MfaFlow, clock: ManualClock): Promise<void> {
  await waitUntil(
    () => nestedTotp(el) && part(nestedTotp(el)!, 'secret'),
    'the setup key never appeared',
    { timeout: 8000 },
  );
  const enroll = nestedTotp(el)!;
  const secret = text(part(enroll, 'secret')).replace(/\s+/g, '');
  const field = enroll.shadowRoot!.querySelector<MfaOtpInput>('mfa-otp-input')!;
  field.focus();
  await sendKeys({ type: codeFor(secret, clock) });
}

/** Tick "I have saved these codes" and press Continue, by keyboard. */
export async function acknowledgeShownCodes(el: MfaFlow): Promise<void> {
  await waitUntil(
    () => nestedCodes(el) && parts(nestedCodes(el)!, 'code').length === 10,
    'the codes never appeared',
    {
      timeout: 8000,
    },
  );
  const codes = nestedCodes(el)!;
  const checkbox = part(codes, 'confirm')!.querySelector('input')!;
  checkbox.focus();
  await sendKeys({ press: 'Space' });
  await codes.updateComplete;
  part<HTMLButtonElement>(codes, 'acknowledge-button')!.focus();
  await sendKeys({ press: 'Enter' });
}
