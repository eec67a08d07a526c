import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { Secret, TOTP } from 'otpauth';
import type { MfaOtpInput } from '../../../components/otp-input/otp-input.js';
import type { MfaTotpEnroll } from '../../../components/totp-enroll/totp-enroll.js';
import {
  createMemoryClient,
  ManualClock,
  type MemoryClientOptions,
  type MemoryMfaClient,
} from '../../../src/clients/memory/index.js';
import '../../../components/totp-enroll/mfa-totp-enroll.js';
import { nativeInput } from '../../support/code-input.js';

/** Ten seconds into a TOTP step, so a test has room before the step changes (the clock is manual anyway). */
export const START = Date.UTC(2026, 0, 1, 12, 0, 10);

export interface Setup {
  el: MfaTotpEnroll;
  client: MemoryMfaClient;
  clock: ManualClock;
}

export async function setup(
  options: {
    manual?: boolean;
    client?: MemoryClientOptions;
    prepare?: (client: MemoryMfaClient) => void | Promise<void>;
  } = {},
): Promise<Setup> {
  const clock = new ManualClock(START);
  const client = createMemoryClient({
    userName: 'ada@example.com',
    issuer: 'Acme',
    now: () => clock.now(),
    ...options.client,
  });
  await options.prepare?.(client);
  const el = await fixture<MfaTotpEnroll>(
    html`<mfa-totp-enroll .client=${client} ?manual=${options.manual ?? false}></mfa-totp-enroll>`,
  );
  return { el, client, clock };
}

export function part<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

export function qrSvg(el: MfaTotpEnroll): SVGSVGElement | null {
  return el.shadowRoot!.querySelector<SVGSVGElement>('svg[part="qr-code"]');
}

/** Wait until the enrollment is on screen with its QR code drawn. */
export async function enrollmentShown(el: MfaTotpEnroll): Promise<SVGSVGElement> {
  await waitUntil(() => qrSvg(el), 'the QR code was not drawn', { timeout: 8000 });
  return qrSvg(el)!;
}

/** The setup key as the user reads it on the page, without the grouping spaces. */
export function shownSecret(el: MfaTotpEnroll): string {
  return (part(el, 'secret')?.textContent ?? '').replace(/\s+/g, '');
}

export function codeField(el: MfaTotpEnroll): MfaOtpInput {
  return el.shadowRoot!.querySelector('mfa-otp-input')!;
}

/** The text of the code field's own error (role=alert). */
export function codeError(el: MfaTotpEnroll): string {
  return codeField(el).shadowRoot!.querySelector('[part="error"]')?.textContent?.trim() ?? '';
}

/** What an authenticator app shows for `secret` at the clock's time (+ `offsetMs`). */
export function codeFor(secret: string, clock: ManualClock, offsetMs = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: clock.now() + offsetMs,
  });
}

/** A code that is wrong for the current step and both neighbours. */
export function wrongCode(secret: string, clock: ManualClock, nth = 0): string {
  const valid = new Set([-30_000, 0, 30_000].map((offset) => codeFor(secret, clock, offset)));
  let candidate = 123456 + nth * 1111;
  while (valid.has(String(candidate % 1_000_000).padStart(6, '0'))) candidate++;
  return String(candidate % 1_000_000).padStart(6, '0');
}

/** Whether the code field's native input has the focus. */
export function codeFieldFocused(el: MfaTotpEnroll): boolean {
  const field = codeField(el);
  // The native input is in the page's light DOM (docs/SECURITY.md 26), slotted into the field.
  return document.activeElement === nativeInput(field);
}

/** Type into the code field with real key presses. */
export async function typeCode(el: MfaTotpEnroll, code: string): Promise<void> {
  const field = codeField(el);
  field.focus();
  await sendKeys({ type: code });
}

/** Every shadow root's markup under `root`, nested ones included. */
export function allMarkup(root: Element): string {
  let out = root.outerHTML;
  const walk = (node: Element | ShadowRoot): void => {
    for (const child of Array.from(node.querySelectorAll('*'))) {
      if (child.shadowRoot) {
        out += child.shadowRoot.innerHTML;
        walk(child.shadowRoot);
      }
    }
  };
  if (root.shadowRoot) {
    out += root.shadowRoot.innerHTML;
    walk(root.shadowRoot);
  }
  return out;
}

/**
 * Searches everything reachable from `root` through data properties (Lit's parts and committed
 * values, controllers, tasks, maps, arrays…) for a string containing `needle`; returns the path
 * of the first hit. DOM nodes other than the root and the objects in `skip` (the memory client,
 * which plays the server and legitimately keeps the secret) are not entered.
 */
export function findRetained(
  root: object,
  needle: string,
  skip: ReadonlySet<unknown> = new Set(),
): string | null {
  const seen = new Set<unknown>();
  const queue: Array<[unknown, string, number]> = [[root, 'el', 0]];
  while (queue.length > 0) {
    const [value, path, depth] = queue.shift()!;
    if (typeof value === 'string') {
      if (value.includes(needle)) return path;
      continue;
    }
    if (
      value === null ||
      typeof value !== 'object' ||
      seen.has(value) ||
      skip.has(value) ||
      depth > 16
    )
      continue;
    seen.add(value);
    if (value !== root && (value instanceof Node || value instanceof Window)) continue;
    if (ArrayBuffer.isView(value)) continue;
    if (value instanceof Map) {
      for (const [key, entry] of value)
        queue.push([key, `${path}<key>`, depth + 1], [entry, `${path}<${String(key)}>`, depth + 1]);
      continue;
    }
    if (value instanceof Set) {
      for (const entry of value) queue.push([entry, `${path}<entry>`, depth + 1]);
      continue;
    }
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor)
        queue.push([descriptor.value, `${path}.${String(key)}`, depth + 1]);
    }
  }
  return null;
}
