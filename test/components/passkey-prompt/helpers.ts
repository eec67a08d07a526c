import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../components/passkey-prompt/mfa-passkey-prompt.js';
import type { MfaPasskeyPrompt } from '../../../components/passkey-prompt/passkey-prompt.js';
import type { MfaClient } from '../../../src/client/types.js';
export { english as en } from '../../support/english.js';

/** The element's English strings: the shared ones and its own (which travel with its lazily loaded view). */

export interface PromptOptions {
  mode?: 'authenticate' | 'register';
  token?: string;
  scopes?: string;
  action?: string;
  alias?: string;
  hideAlias?: boolean;
}

/** An element on the page with its view loaded. */
export async function prompt(
  client: MfaClient | undefined,
  options: PromptOptions = {},
): Promise<MfaPasskeyPrompt> {
  const el = await fixture<MfaPasskeyPrompt>(html`<mfa-passkey-prompt
    .client=${client}
    mode=${options.mode ?? 'authenticate'}
    token=${options.token ?? ''}
    scopes=${options.scopes ?? ''}
    action=${options.action ?? ''}
    .alias=${options.alias}
    ?hide-alias=${options.hideAlias ?? false}
  ></mfa-passkey-prompt>`);
  await waitUntil(() => part(el, 'button'), 'the view never rendered');
  return el;
}

export function part<T extends Element = HTMLElement>(
  el: MfaPasskeyPrompt,
  name: string,
): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

export const button = (el: MfaPasskeyPrompt) => part<HTMLButtonElement>(el, 'button')!;

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Wait until no call is under way and the element has rendered the outcome. */
export async function settled(el: MfaPasskeyPrompt): Promise<void> {
  await waitUntil(() => !el.hasState('pending'), 'the ceremony never settled', { timeout: 8000 });
  await el.updateComplete;
}

/** The element that has focus, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every event of these types the element fires, in order. */
export function collect(el: EventTarget, ...types: string[]): Event[] {
  const seen: Event[] = [];
  for (const type of types) el.addEventListener(type, (event) => seen.push(event));
  return seen;
}

/** Load axe once, outside any single test's time budget: these machines are shared and busy. */
export async function warmUpAxe(): Promise<void> {
  await expect(await fixture(html`<p>warm-up</p>`)).to.be.accessible();
}

export interface VirtualCredential {
  credentialId: string;
  signCount: number;
  rpId: string;
}

export async function virtualCredentials(): Promise<VirtualCredential[]> {
  const { credentials } = await executeServerCommand<
    { credentials: VirtualCredential[] },
    undefined
  >('webauthn-credentials');
  return credentials;
}

/** Take WebAuthn away from the page for one test (as in a browser without passkeys). */
export function withoutWebAuthn(): () => void {
  const original = Object.getOwnPropertyDescriptor(window, 'PublicKeyCredential')!;
  Object.defineProperty(window, 'PublicKeyCredential', {
    value: undefined,
    configurable: true,
    writable: true,
  });
  return () => Object.defineProperty(window, 'PublicKeyCredential', original);
}
