/**
 * One code-entry behaviour in every element that takes a one-time code (src/internal/code-entry.ts):
 * the code is sent when its last digit arrives — typed, pasted, or filled in by a password
 * manager — or, with `manual-submit`, on Enter; Enter always works; a wrong code is cleared with
 * the focus left in the field; the same code is never sent by itself twice in a row; nothing is
 * sent by itself while a lockout runs.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/action-guard/mfa-action-guard.js';
import '../../components/devices/mfa-devices.js';
import '../../components/flow/mfa-flow.js';
import '../../components/totp-enroll/mfa-totp-enroll.js';
import type { MfaActionGuard } from '../../components/action-guard/action-guard.js';
import type { MfaDevices } from '../../components/devices/devices.js';
import type { MfaFlow } from '../../components/flow/flow.js';
import type { MfaOtpInput } from '../../components/otp-input/otp-input.js';
import type { MfaTotpEnroll } from '../../components/totp-enroll/totp-enroll.js';
import {
  createMemoryClient,
  ManualClock,
  type MemoryMfaClient,
} from '../../src/clients/memory/index.js';
import { nativeInput as nativeInputOf } from '../support/code-input.js';
import { english as en } from '../support/english.js';
import { codeFor, findRetained, wrongCode } from '../components/totp-enroll/support.js';
import { account as flowAccount, atStep } from '../components/flow/helpers.js';
import { account as guardAccount, guard, totpPanel } from '../components/action-guard/helpers.js';
import { wrongTotp } from './codes.js';
import { deepActiveElement } from './recorder.js';
import { expectSameNode } from '../support/same-node.js';

interface Target {
  el: HTMLElement;
  client: MemoryMfaClient;
  /** The `<mfa-otp-input>` the code goes into. */
  field(): MfaOtpInput;
  /** How many codes reached the client so far. */
  sent(): number;
  /** A code the client accepts now. */
  right(): string;
  /** The n-th code the client refuses. */
  wrong(n: number): string;
  /** The code was accepted: the step is over. */
  accepted(): boolean;
}

type Make = (manualSubmit: boolean) => Promise<Target>;

/** Count the calls of the client's verify method (the patched method calls the real one). */
function countCalls(
  client: MemoryMfaClient,
  name: 'verifyTotp' | 'verifyReauthCode',
): () => number {
  const methods = client as unknown as Record<string, (input: unknown) => Promise<unknown>>;
  const original = methods[name].bind(client);
  let calls = 0;
  methods[name] = (input) => {
    calls++;
    return original(input);
  };
  return () => calls;
}

function shadowPart<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

function nativeInput(field: MfaOtpInput): HTMLInputElement {
  return nativeInputOf(field)!;
}

/** Wait until the field's native input is there (the field adds it on its first update). */
async function fieldReady(field: () => MfaOtpInput | null): Promise<MfaOtpInput> {
  await waitUntil(
    () => {
      const f = field();
      return f && nativeInputOf(f);
    },
    'no code field',
    { timeout: 8000 },
  );
  return field()!;
}

const clockStart = Date.UTC(2026, 0, 1, 12, 0, 10);

const targets: Record<string, Make> = {
  '<mfa-totp-enroll>': async (manualSubmit) => {
    const clock = new ManualClock(clockStart);
    const client = createMemoryClient({ userName: 'ada@example.com', now: () => clock.now() });
    const sent = countCalls(client, 'verifyTotp');
    const el = await fixture<MfaTotpEnroll>(
      html`<mfa-totp-enroll .client=${client} ?manual-submit=${manualSubmit}></mfa-totp-enroll>`,
    );
    const field = () => el.shadowRoot!.querySelector<MfaOtpInput>('mfa-otp-input');
    await fieldReady(field);
    const secret = () => shadowPart(el, 'secret')!.textContent!.replace(/\s+/g, '');
    return {
      el,
      client,
      field: () => field()!,
      sent,
      right: () => codeFor(secret(), clock),
      wrong: (n) => wrongCode(secret(), clock, n),
      accepted: () => el.enrolled,
    };
  },
  '<mfa-action-guard> (authenticator app)': async (manualSubmit) => {
    const { client, clock } = await guardAccount();
    const sent = countCalls(client, 'verifyTotp');
    const el = await guard(client);
    el.manualSubmit = manualSubmit;
    el.querySelector<HTMLButtonElement>('#go')!.click();
    await totpPanel(el);
    const field = () => el.shadowRoot!.querySelector<MfaOtpInput>('.verify-methods mfa-otp-input');
    await fieldReady(field);
    return {
      el,
      client,
      field: () => field()!,
      sent,
      right: () => client.totpCode(),
      wrong: (n) => wrongTotp(client, clock, n),
      accepted: () => !el.shadowRoot!.querySelector('dialog')!.open,
    };
  },
  '<mfa-action-guard> (emailed code)': async (manualSubmit) => {
    const clock = new ManualClock(clockStart);
    const client = createMemoryClient({ now: () => clock.now(), reauthByEmail: true });
    const sent = countCalls(client, 'verifyReauthCode');
    const el = await fixture<MfaActionGuard>(
      html`<mfa-action-guard action="device.add" token="none" .client=${client} ?manual-submit=${manualSubmit}></mfa-action-guard>`,
    );
    el.authorize().catch(() => undefined);
    await waitUntil(() => shadowPart(el, 'reauth-send-button'), 'no "Email me a code"', {
      timeout: 8000,
    });
    shadowPart<HTMLButtonElement>(el, 'reauth-send-button')!.click();
    const field = () => el.shadowRoot!.querySelector<MfaOtpInput>('.reauth mfa-otp-input');
    await fieldReady(field);
    return {
      el,
      client,
      field: () => field()!,
      sent,
      right: () => client.lastReauthCode()!,
      wrong: (n) => {
        const code = String(100000 + n * 1111);
        return code === client.lastReauthCode() ? String(100001 + n * 1111) : code;
      },
      accepted: () => !el.shadowRoot!.querySelector('dialog')!.open,
    };
  },
  '<mfa-flow> (verify step)': async (manualSubmit) => {
    const { client, clock } = flowAccount();
    await client.setUpTotp({ signOut: true });
    const sent = countCalls(client, 'verifyTotp');
    const el = await fixture<MfaFlow>(
      html`<mfa-flow .client=${client} ?manual-submit=${manualSubmit}></mfa-flow>`,
    );
    await atStep(el, 'verify');
    const field = () => el.shadowRoot!.querySelector<MfaOtpInput>('.verify-methods mfa-otp-input');
    await fieldReady(field);
    return {
      el,
      client,
      field: () => field()!,
      sent,
      right: () => client.totpCode(),
      wrong: (n) => wrongTotp(client, clock, n),
      accepted: () => el.step !== 'verify',
    };
  },
  '<mfa-devices> (adding an authenticator app)': async (manualSubmit) => {
    const clock = new ManualClock(clockStart);
    const client = createMemoryClient({ userName: 'ada@example.com', now: () => clock.now() });
    const sent = countCalls(client, 'verifyTotp');
    const el = await fixture<MfaDevices>(
      html`<mfa-devices .client=${client} ?manual-submit=${manualSubmit}></mfa-devices>`,
    );
    await waitUntil(() => shadowPart(el, 'add-button'), 'no add button', { timeout: 8000 });
    const add = Array.from(
      el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="add-button"]'),
    ).find((button) => button.textContent!.trim() === en.devicesAddTotp)!;
    add.click();
    const enroll = () => el.shadowRoot!.querySelector<MfaTotpEnroll>('mfa-totp-enroll');
    const field = () => enroll()?.shadowRoot?.querySelector<MfaOtpInput>('mfa-otp-input') ?? null;
    await fieldReady(field);
    let enrolled = false;
    el.addEventListener('mfa-enrolled', () => (enrolled = true));
    const secret = () => shadowPart(enroll()!, 'secret')!.textContent!.replace(/\s+/g, '');
    return {
      el,
      client,
      field: () => field()!,
      sent,
      right: () => codeFor(secret(), clock),
      wrong: (n) => wrongCode(secret(), clock, n),
      accepted: () => enrolled,
    };
  },
};

/** Paste as the browser does: a `paste` event with the clipboard's text on the focused input. */
function paste(input: HTMLInputElement, text: string): void {
  input.focus();
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  input.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
  );
}

/** Fill as a password manager does: set `value`, then dispatch `input` and `change`. */
function managerFill(input: HTMLInputElement, code: string): void {
  input.value = code;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function typeInto(target: Target, code: string): Promise<void> {
  const input = nativeInput(target.field());
  if (deepActiveElement() !== input) input.focus();
  await sendKeys({ type: code });
}

/** Wait for the answer to the `n`-th code sent: the field's error, or the accepted step. */
async function answered(target: Target, n: number): Promise<void> {
  await waitUntil(() => target.sent() === n, `code ${n} was not sent`, { timeout: 5000 });
  await waitUntil(
    () => target.accepted() || target.field().errorMessage !== '',
    `code ${n} was not answered`,
    { timeout: 5000 },
  );
  await waitUntil(() => target.accepted() || !target.el.matches(':state(pending)'));
}

/** Time for a code that should not be sent to show up if it were (the memory client answers in a task). */
async function nothingMore(target: Target, expected: number): Promise<void> {
  await aTimeout(200);
  expect(target.sent(), 'codes sent').to.equal(expected);
}

describe('behaviour: one code-entry behaviour', function () {
  this.timeout(30_000);

  for (const [name, make] of Object.entries(targets)) {
    describe(name, () => {
      it('sends the code when its last digit is typed', async () => {
        const target = await make(false);
        await typeInto(target, target.right().slice(0, 5));
        await nothingMore(target, 0);
        await typeInto(target, target.right().slice(5));
        await waitUntil(() => target.accepted(), 'the typed code was not accepted', {
          timeout: 5000,
        });
        expect(target.sent()).to.equal(1);
      });

      it('keeps no code once it was accepted', async () => {
        const target = await make(false);
        const code = target.right();
        const wrong = target.wrong(1);
        await typeInto(target, wrong);
        await answered(target, 1);
        await typeInto(target, code);
        await waitUntil(() => target.accepted(), 'the code was not accepted', { timeout: 5000 });
        await aTimeout(0);
        const skip = new Set<unknown>([target.client]);
        expect(findRetained(target.el, code, skip), 'the accepted code').to.equal(null);
        expect(findRetained(target.el, wrong, skip), 'the refused code').to.equal(null);
      });

      it('sends a pasted code', async () => {
        const target = await make(false);
        const code = target.right();
        paste(nativeInput(target.field()), `${code.slice(0, 3)} ${code.slice(3)}`);
        await waitUntil(() => target.accepted(), 'the pasted code was not accepted', {
          timeout: 5000,
        });
        expect(target.sent()).to.equal(1);
      });

      it('sends a code a password manager fills in', async () => {
        const target = await make(false);
        managerFill(nativeInput(target.field()), target.right());
        await waitUntil(() => target.accepted(), 'the filled code was not accepted', {
          timeout: 5000,
        });
        expect(target.sent()).to.equal(1);
      });

      it('manual-submit: a complete code waits for Enter', async () => {
        const target = await make(true);
        await typeInto(target, target.wrong(1));
        managerFill(nativeInput(target.field()), target.right());
        await nothingMore(target, 0);
        expect(target.field().value, 'the code waits in the field').to.equal(target.right());
        nativeInput(target.field()).focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => target.accepted(), 'Enter did not send the code', {
          timeout: 5000,
        });
        expect(target.sent()).to.equal(1);
      });

      it('a wrong code is cleared with the focus kept; the same code is not sent again by itself', async () => {
        const target = await make(false);
        const wrong = target.wrong(1);
        await typeInto(target, wrong);
        await answered(target, 1);
        expect(target.field().errorMessage).to.equal(en.errorInvalidCode);
        expect(target.field().value, 'cleared for the next code').to.equal('');
        const input = nativeInput(target.field());
        expectSameNode(deepActiveElement(), input, 'the focus stays in the field');

        // A manager fills the same wrong code in again: it is not sent by itself (no loop)…
        managerFill(input, wrong);
        await nothingMore(target, 1);
        // …but Enter sends it.
        await sendKeys({ press: 'Enter' });
        await answered(target, 2);
        expect(target.field().errorMessage).to.equal(en.errorInvalidCode);
        expectSameNode(deepActiveElement(), input, 'the focus');

        // Another code is sent on its last digit again.
        await typeInto(target, target.right());
        await waitUntil(() => target.accepted(), 'the right code was not accepted', {
          timeout: 5000,
        });
        expect(target.sent()).to.equal(3);
      });

      it('nothing is sent by itself during a lockout; the field is read-only meanwhile', async () => {
        const target = await make(false);
        target.client.failNextCall('rate-limited', { retryAfter: 30 });
        await typeInto(target, target.wrong(1));
        await waitUntil(
          () => target.field().readonly && !target.el.matches(':state(pending)'),
          'no lock',
          {
            timeout: 5000,
          },
        );
        await waitUntil(
          () =>
            target.el.shadowRoot!.querySelector('[part~="countdown"]') ??
            target.el
              .shadowRoot!.querySelector('mfa-totp-enroll')
              ?.shadowRoot?.querySelector('[part~="countdown"]'),
          'no countdown',
        );
        const input = nativeInput(target.field());
        expectSameNode(deepActiveElement(), input, 'the focus stays in the field');
        managerFill(input, target.right());
        await nothingMore(target, 1);
        expect(target.accepted()).to.equal(false);
      });
    });
  }
});
