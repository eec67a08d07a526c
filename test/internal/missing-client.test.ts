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

interface Shown {
  /** Milliseconds after the recording started. */
  at: number;
  text: string;
}

/**
 * What the elements (found by these selectors) showed and when, recorded by MutationObservers as
 * the page changed it (not polled): when each first showed the no-client message, and every
 * change of its `status` part. Start it before the elements are put on the page.
 */
function recordShown(selectors: string[]) {
  const start = performance.now();
  const noticeAt = new Map<string, number>();
  const statuses = new Map<string, Shown[]>(selectors.map((selector) => [selector, []]));
  const watched = new Set<ShadowRoot>();
  const look = (): void => {
    const at = performance.now() - start;
    for (const selector of selectors) {
      const el = document.querySelector(selector);
      const root = el?.shadowRoot;
      if (!el || !root) continue;
      if (!watched.has(root)) {
        watched.add(root);
        observer.observe(root, { subtree: true, childList: true, characterData: true });
      }
      if (notice(el) !== '' && !noticeAt.has(selector)) noticeAt.set(selector, at);
      const status = root.querySelector('[part~="status"]');
      const log = statuses.get(selector)!;
      const text = status?.textContent.replace(/\s+/g, ' ').trim();
      if (text !== undefined && log.at(-1)?.text !== text) log.push({ at, text });
    }
  };
  const observer = new MutationObserver(look);
  observer.observe(document.body, { subtree: true, childList: true });
  look();
  return {
    noticeAt,
    statuses,
    /** Takes what changed up to now, stops recording, and says when (ms after the start). */
    stop: (): number => {
      observer.takeRecords();
      look();
      observer.disconnect();
      return performance.now() - start;
    },
  };
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

  // Each element's grace period starts when its lazily loaded view arrives: load both views
  // before the first test, outside its time, so they arrive together.
  before(async () => {
    await Promise.all([
      import('../../components/flow/flow.view.js'),
      import('../../components/devices/devices.view.js'),
    ]);
  });

  it('waits quietly while the page may still set one: no mfa-error, no message, then works with the provider’s late client', async () => {
    // Recorded from before the elements exist: the grace period of each starts after this (when
    // its view arrives and the window has loaded), so neither may say "no client" before
    // CLIENT_GRACE_MS from here. A slow machine can only make the message come later.
    const FLOW = 'mfa-provider > mfa-flow';
    const DEVICES = 'mfa-provider > mfa-devices';
    const shown = recordShown([FLOW, DEVICES]);
    const page = await fixture<MfaProvider>(
      html`<mfa-provider><mfa-flow></mfa-flow><mfa-devices></mfa-devices></mfa-provider>`,
    );
    const errors = collectErrors(page);
    const flow = page.querySelector('mfa-flow')!;
    const devices = page.querySelector('mfa-devices')!;
    await Promise.all([flow.updateComplete, devices.updateComplete]);
    await aTimeout(CLIENT_GRACE_MS / 3);
    expect(errors).to.have.length(0);
    const clientAt = shown.stop();
    for (const selector of [FLOW, DEVICES]) {
      expect(
        shown.noticeAt.get(selector) ?? Infinity,
        `${selector}: "no client" shown within the grace period`,
      ).to.be.at.least(CLIENT_GRACE_MS);
    }
    // Not an empty box while it waits: from the view's arrival until a client comes (or, on a
    // slow machine, the grace period ends and the message shows), the status says it is checking.
    const waitedUntil = Math.min(clientAt, shown.noticeAt.get(FLOW) ?? Infinity);
    const waiting = shown.statuses.get(FLOW)!.filter((entry) => entry.at < waitedUntil);
    expect(
      waiting.map((entry) => entry.text),
      'the flow status while waiting',
    ).not.to.include('');
    expect(waiting.at(-1)?.text).to.equal(flowMessages.flowChecking);

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
