import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/all.js';
import { MfaTotpEnroll } from '../../components/totp-enroll/totp-enroll.js';
import type { MfaProvider } from '../../components/provider/provider.js';
import type { MfaClientElement } from '../../src/internal/mfa-client-element.js';
import { CLIENT_GRACE_MS } from '../../src/internal/missing-client.js';
import { devicesMessages } from '../../components/devices/devices.messages.js';
import { flowMessages } from '../../components/flow/flow.messages.js';
import { viewCommonMessages as en } from '../../src/messages/view-common.messages.js';
import { createMemoryClient } from '../../src/clients/memory/index.js';

const CLIENT_TAGS = [
  'mfa-totp-enroll',
  'mfa-passkey-prompt',
  'mfa-recovery-codes',
  'mfa-action-guard',
  'mfa-flow',
  'mfa-devices',
];

/** The no-client message the element shows, or '' when it shows none. */
function notice(el: Element): string {
  const found = [...el.shadowRoot!.querySelectorAll('[part~="error"]')].find(
    (node) => node.textContent.trim() === en.errorNoClient,
  );
  return found ? found.textContent.trim() : '';
}

function collectErrors(target: EventTarget): Event[] {
  const errors: Event[] = [];
  target.addEventListener('mfa-error', (event) => errors.push(event));
  return errors;
}

function captureConsoleErrors(): { messages: string[]; restore(): void } {
  const messages: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.error = original) };
}

describe('an element without a client', function () {
  this.timeout(20_000);

  it('waits quietly while the page may still set one: no mfa-error, no message, then works with the provider’s late client', async () => {
    const page = await fixture<MfaProvider>(
      html`<mfa-provider><mfa-flow></mfa-flow><mfa-devices></mfa-devices></mfa-provider>`,
    );
    const errors = collectErrors(page);
    const flow = page.querySelector('mfa-flow')!;
    const devices = page.querySelector('mfa-devices')!;
    await Promise.all([flow.updateComplete, devices.updateComplete]);
    await aTimeout(CLIENT_GRACE_MS / 3);
    expect(errors).to.have.length(0);
    expect(notice(flow)).to.equal('');
    expect(notice(devices)).to.equal('');
    // Not an empty box while it waits.
    expect(flow.shadowRoot!.querySelector('[part~="status"]')!.textContent.trim()).to.equal(
      flowMessages.flowChecking,
    );

    page.client = createMemoryClient({ issuer: 'Acme' });
    await waitUntil(() => flow.hasState('enroll'), 'the flow starts enrolling', {
      timeout: 10_000,
    });
    await waitUntil(
      () =>
        devices.shadowRoot!.querySelector('[part~="status"]')!.textContent.trim() !==
        devicesMessages.devicesLoading,
      'the devices are read',
      { timeout: 10_000 },
    );
    expect(errors).to.have.length(0);
    expect(notice(flow)).to.equal('');
  });

  it('says so once the page has settled (window load and the grace period), and stops saying it when a client comes', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <mfa-totp-enroll></mfa-totp-enroll><mfa-passkey-prompt></mfa-passkey-prompt><mfa-recovery-codes></mfa-recovery-codes>
      <mfa-action-guard action="x"><button type="button">Go</button></mfa-action-guard><mfa-flow></mfa-flow><mfa-devices></mfa-devices>
    </div>`);
    const errors = collectErrors(box);
    const elements = CLIENT_TAGS.map((tag) => box.querySelector<MfaClientElement>(tag)!);
    await waitUntil(
      () => elements.every((el) => notice(el) === en.errorNoClient),
      'every element shows the message',
      { timeout: CLIENT_GRACE_MS + 5000 },
    ).catch(() => undefined);
    for (const el of elements) expect(notice(el), el.localName).to.equal(en.errorNoClient);
    expect(errors, 'waiting is no failure').to.have.length(0);
    for (const el of elements) await expect(el).shadowDom.to.be.accessible();

    const client = createMemoryClient({ issuer: 'Acme' });
    for (const el of elements) el.client = client;
    await Promise.all(elements.map((el) => el.updateComplete));
    for (const el of elements) expect(notice(el), el.localName).to.equal('');
  });

  it('says so at once when used (a click) before the page has settled', async () => {
    const el = await fixture(html`<mfa-passkey-prompt></mfa-passkey-prompt>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;
    button.click();
    await waitUntil(() => notice(el) === en.errorNoClient, 'the message shows after the click', {
      timeout: CLIENT_GRACE_MS / 2,
    });
  });

  it('a client attribute (a framework wrote the object as a string) gets one console.error and a visible message', async () => {
    const capture = captureConsoleErrors();
    try {
      // Lazy registration, as React renders it: the tag is unknown when the attribute is written.
      const el = document.createElement('test-late-totp-enroll') as MfaTotpEnroll;
      el.setAttribute('client', '[object Object]');
      document.body.append(el);
      customElements.define('test-late-totp-enroll', class extends MfaTotpEnroll {});
      await el.updateComplete;
      expect(notice(el)).to.equal(en.errorNoClient);
      el.setAttribute('client', '[object Object]');
      await el.updateComplete;
      expect(capture.messages).to.have.length(1);
      expect(capture.messages[0]).to.include('<test-late-totp-enroll> got a "client" attribute');
      expect(capture.messages[0]).to.include('element.client = client');
      expect(capture.messages[0]).not.to.include('[object Object]');
      el.remove();
    } finally {
      capture.restore();
    }
  });

  it('a client attribute set after the element is on the page is reported too', async () => {
    const capture = captureConsoleErrors();
    try {
      const el = await fixture(html`<mfa-devices></mfa-devices>`);
      el.setAttribute('client', '[object Object]');
      await waitUntil(() => notice(el) === en.errorNoClient, 'the message shows', {
        timeout: CLIENT_GRACE_MS / 2,
      });
      expect(capture.messages).to.have.length(1);
    } finally {
      capture.restore();
    }
  });
});
