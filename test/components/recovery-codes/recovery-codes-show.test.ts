import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/recovery-codes/mfa-recovery-codes.js';
import type { MfaRecoveryCodes } from '../../../components/recovery-codes/recovery-codes.js';
import type { MfaErrorEvent } from '../../../src/events/mfa-error.js';
import type { MfaRecoveryCodesRegeneratedEvent } from '../../../src/events/mfa-recovery-codes-regenerated.js';
import { createMemoryClient, ManualClock } from '../../../src/clients/memory/index.js';
import {
  enrolledClient,
  freshMfaToken,
  part,
  parts,
  retainedCodes,
  text,
  type Enrolled,
} from './helpers.js';
import { english as en } from '../../support/english.js';
import { expectSameNode } from '../../support/same-node.js';

/** The element's English strings: the shared ones and its own (which moved with its lazily loaded view). */

async function shown(setup: Enrolled, issuer = 'Acme'): Promise<MfaRecoveryCodes> {
  const el = await fixture<MfaRecoveryCodes>(
    html`<mfa-recovery-codes .client=${setup.client} issuer=${issuer}></mfa-recovery-codes>`,
  );
  await waitUntil(() => parts(el, 'code').length > 0, 'the codes never appeared');
  return el;
}

function shownCodes(el: MfaRecoveryCodes): string[] {
  return parts(el, 'code').map((item) => text(item));
}

function shadowHasAnyCode(el: MfaRecoveryCodes, codes: readonly string[]): boolean {
  const all = el.shadowRoot!.textContent ?? '';
  return codes.some((code) => all.includes(code) || all.includes(code.replace(/-/g, '')));
}

describe('<mfa-recovery-codes> mode="show"', () => {
  before(async function (this: { timeout(ms: number): void }) {
    // Load axe once, outside any single test's time budget: these machines are shared and busy.
    this.timeout(60_000);
    await expect(await fixture(html`<p>warm-up</p>`)).to.be.accessible();
  });

  describe('accessibility in every state', () => {
    it('loading', async () => {
      const setup = await enrolledClient({ latency: 300 });
      const el = await fixture<MfaRecoveryCodes>(
        html`<mfa-recovery-codes .client=${setup.client}></mfa-recovery-codes>`,
      );
      await el.updateComplete;
      expect(text(part(el, 'status'))).to.equal(en.loading);
      expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
      expect(el.hasState('pending')).to.be.true;
      await expect(el).to.be.accessible();
      await waitUntil(() => parts(el, 'code').length === 10);
      expect(el.hasState('pending')).to.be.false;
    });

    it('list', async () => {
      const el = await shown(await enrolledClient());
      await expect(el).to.be.accessible();
    });

    it('list on a dark page (light-dark() follows the page’s color-scheme)', async () => {
      const setup = await enrolledClient();
      const wrapper =
        await fixture<HTMLDivElement>(html`<div style="color-scheme: dark; background: #0d1117; padding: 1rem">
        <mfa-recovery-codes .client=${setup.client}></mfa-recovery-codes>
      </div>`);
      const el = wrapper.querySelector('mfa-recovery-codes')!;
      await waitUntil(() => parts(el, 'code').length === 10);
      part(el, 'confirm')!.querySelector('input')!.click();
      await el.updateComplete;
      await expect(wrapper).to.be.accessible();
    });

    it('error', async () => {
      const setup = await enrolledClient();
      setup.client.failNextCall('network');
      const el = await fixture<MfaRecoveryCodes>(
        html`<mfa-recovery-codes .client=${setup.client}></mfa-recovery-codes>`,
      );
      await waitUntil(() => text(part(el, 'error')) !== '', 'the missing client is shown', {
        timeout: 5000,
      });
      expect(text(part(el, 'error'))).to.equal(en.errorNetwork);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();
    });

    it('acknowledged', async () => {
      const el = await shown(await enrolledClient());
      part<HTMLInputElement>(el, 'confirm')!.querySelector('input')!.click();
      await el.updateComplete;
      part<HTMLButtonElement>(el, 'acknowledge-button')!.click();
      await waitUntil(() => el.hasState('acknowledged'));
      await el.updateComplete;
      expect(text(part(el, 'status'))).to.equal(en.recoveryCodesDone);
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('lists exactly the client’s ten codes, in order, as text in a real list', async () => {
      const setup = await enrolledClient();
      const el = await shown(setup);
      expect(el.mode).to.equal('show');
      expect(el.getAttribute('mode')).to.equal('show');
      const list = part(el, 'list')!;
      expect(list.localName).to.equal('ol');
      expect(list.getAttribute('aria-label')).to.equal(en.recoveryCodesListLabel);
      const items = parts(el, 'code');
      expect(items.every((item) => item.localName === 'li' && item.parentElement === list)).to.be
        .true;
      expect(setup.codes).to.have.length(10);
      expect(shownCodes(el)).to.deep.equal(setup.codes);
      for (const code of setup.codes) expect(code).to.match(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
      expect(getComputedStyle(items[0]).fontFamily).to.match(/mono/i);
    });

    it('has the copy, download, print buttons, a checkbox label and a disabled Continue', async () => {
      const el = await shown(await enrolledClient());
      expect(text(part(el, 'copy-button'))).to.equal(en.recoveryCodesCopy);
      expect(text(part(el, 'download-button'))).to.equal(en.recoveryCodesDownload);
      expect(text(part(el, 'print-button'))).to.equal(en.recoveryCodesPrint);
      const confirm = part(el, 'confirm')!;
      expect(confirm.localName).to.equal('label');
      expect(text(confirm)).to.equal(en.recoveryCodesConfirm);
      expect(confirm.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.be
        .false;
      const button = part<HTMLButtonElement>(el, 'acknowledge-button')!;
      expect(text(button)).to.equal(en.recoveryCodesContinue);
      expect(button.disabled).to.be.true;
    });

    it('puts nothing about the codes in attributes', async () => {
      const setup = await enrolledClient();
      const el = await shown(setup);
      const attributes = [el, ...el.shadowRoot!.querySelectorAll('*')].flatMap((node) =>
        [...node.attributes].map((attribute) => attribute.value),
      );
      for (const value of attributes)
        for (const code of setup.codes) expect(value).not.to.include(code);
    });
  });

  describe('copy all', () => {
    it('writes every code, one per line, and announces "Copied"', async () => {
      const setup = await enrolledClient();
      const el = await shown(setup);
      const written: string[] = [];
      const clipboard = navigator.clipboard as Clipboard & { writeText: Clipboard['writeText'] };
      clipboard.writeText = async (value: string) => {
        written.push(value);
      };
      try {
        part<HTMLButtonElement>(el, 'copy-button')!.click();
        await waitUntil(() => text(part(el, 'status')) === en.copied);
      } finally {
        delete (clipboard as Partial<Clipboard>).writeText;
      }
      expect(written).to.deep.equal([setup.codes.join('\n')]);
      expect(text(part(el, 'error'))).to.equal('');
    });

    it('says so when the clipboard refuses', async () => {
      const el = await shown(await enrolledClient());
      const clipboard = navigator.clipboard as Clipboard & { writeText: Clipboard['writeText'] };
      clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      try {
        part<HTMLButtonElement>(el, 'copy-button')!.click();
        await waitUntil(() => text(part(el, 'error')) !== '', 'the missing client is shown', {
          timeout: 5000,
        });
      } finally {
        delete (clipboard as Partial<Clipboard>).writeText;
      }
      expect(text(part(el, 'error'))).to.equal(en.copyFailed);
      expect(text(part(el, 'status'))).not.to.equal(en.copied);
    });
  });

  describe('download', () => {
    it('saves recovery-codes.txt from a Blob (never a data: URL) with a header and every code on its own line', async () => {
      const setup = await enrolledClient();
      const el = await shown(setup, 'Acme');
      const blobs: Blob[] = [];
      const created: string[] = [];
      const revoked: string[] = [];
      const anchors: HTMLAnchorElement[] = [];
      const { createObjectURL, revokeObjectURL } = URL;
      URL.createObjectURL = (object: Blob | MediaSource) => {
        const url = createObjectURL.call(URL, object);
        blobs.push(object as Blob);
        created.push(url);
        return url;
      };
      URL.revokeObjectURL = (url: string) => {
        revoked.push(url);
        revokeObjectURL.call(URL, url);
      };
      // Keep the test browser from really saving a file; the element's own link does the rest.
      const stopDownload = (event: Event) => {
        const target = event.composedPath()[0];
        if (target instanceof HTMLAnchorElement) {
          anchors.push(target);
          event.preventDefault();
        }
      };
      el.addEventListener('click', stopDownload);
      // The sheet is dated as the click builds it; around midnight the day may change meanwhile.
      const clickedBetween: Date[] = [];
      try {
        clickedBetween.push(new Date());
        part<HTMLButtonElement>(el, 'download-button')!.click();
        clickedBetween.push(new Date());
        expect(blobs).to.have.length(1);
        await waitUntil(() => revoked.length === 1, 'the blob URL was never revoked', {
          timeout: 3000,
        });
      } finally {
        URL.createObjectURL = createObjectURL;
        URL.revokeObjectURL = revokeObjectURL;
        el.removeEventListener('click', stopDownload);
      }
      expect(anchors).to.have.length(1);
      const anchor = anchors[0];
      expect(anchor.download).to.equal('recovery-codes.txt');
      expect(anchor.getAttribute('href')).to.equal(created[0]);
      expect(created[0]).to.match(/^blob:/);
      expect(anchor.isConnected).to.be.false;
      expect(revoked).to.deep.equal(created);

      const blob = blobs[0];
      expect(blob.type).to.match(/^text\/plain/);
      const content = await blob.text();
      expect(content).not.to.include('data:');
      const lines = content.split('\n');
      expect(lines[0]).to.equal('Acme recovery codes');
      expect(clickedBetween.map((date) => en.recoveryCodesFileDate({ date }))).to.include(lines[1]);
      for (const code of setup.codes) expect(lines).to.include(code);
      expect(lines.filter((line) => /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/.test(line))).to.deep.equal(
        setup.codes,
      );
      expect(text(part(el, 'status'))).to.equal(en.recoveryCodesDownloaded);
    });

    it('uses a plain title without an issuer', async () => {
      const setup = await enrolledClient();
      const el = await fixture<MfaRecoveryCodes>(
        html`<mfa-recovery-codes .client=${setup.client}></mfa-recovery-codes>`,
      );
      await waitUntil(() => parts(el, 'code').length === 10);
      const blobs: Blob[] = [];
      const { createObjectURL } = URL;
      URL.createObjectURL = (object: Blob | MediaSource) => {
        blobs.push(object as Blob);
        return createObjectURL.call(URL, object);
      };
      const stop = (event: Event) => event.preventDefault();
      el.addEventListener('click', stop);
      try {
        part<HTMLButtonElement>(el, 'download-button')!.click();
      } finally {
        URL.createObjectURL = createObjectURL;
        el.removeEventListener('click', stop);
      }
      expect((await blobs[0].text()).split('\n')[0]).to.equal('Recovery codes');
    });
  });

  describe('print', () => {
    /** Watches the shadow root for the print frame and replaces its window's print() with a spy. */
    function spyOnPrintFrame(el: MfaRecoveryCodes, onPrint: (frame: HTMLIFrameElement) => void) {
      const frames: HTMLIFrameElement[] = [];
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (!(node instanceof HTMLIFrameElement)) continue;
            frames.push(node);
            const view = node.contentWindow!;
            view.print = () => onPrint(node);
          }
        }
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      return { frames, stop: () => observer.disconnect() };
    }

    it('prints only the codes from a hidden same-origin iframe, then removes it', async () => {
      const setup = await enrolledClient();
      const el = await shown(setup, 'Acme');
      const printed: {
        items: string[];
        title: string;
        heading: string;
        sheets: number;
        hasScript: boolean;
      }[] = [];
      const spy = spyOnPrintFrame(el, (frame) => {
        const doc = frame.contentDocument!;
        printed.push({
          items: [...doc.querySelectorAll('li')].map((item) => item.textContent ?? ''),
          title: doc.title,
          heading: doc.querySelector('h1')?.textContent ?? '',
          sheets: doc.adoptedStyleSheets.length,
          hasScript: doc.querySelector('script, style') !== null,
        });
        // What the browser does when the print dialog closes.
        frame.contentWindow!.dispatchEvent(new Event('afterprint'));
      });
      try {
        part<HTMLButtonElement>(el, 'print-button')!.click();
        await waitUntil(() => printed.length === 1, 'print() was never called on the frame');
      } finally {
        spy.stop();
      }
      expect(spy.frames).to.have.length(1);
      const frame = spy.frames[0];
      expect(printed[0].items).to.deep.equal(setup.codes);
      expect(printed[0].title).to.equal('Acme recovery codes');
      expect(printed[0].heading).to.equal('Acme recovery codes');
      expect(printed[0].sheets).to.equal(1);
      expect(printed[0].hasScript).to.be.false;
      // The page itself is not in the printed document.
      expect(frame.contentDocument?.body?.textContent ?? '').not.to.include(
        en.recoveryCodesConfirm,
      );
      expect(frame.getAttribute('aria-hidden')).to.equal('true');
      expect(frame.getBoundingClientRect().width).to.equal(0);
      expect(frame.isConnected).to.be.false;
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
    });

    it('acknowledging removes a print frame whose dialog is still open', async () => {
      const el = await shown(await enrolledClient());
      let calls = 0;
      const spy = spyOnPrintFrame(el, () => {
        calls += 1;
      });
      try {
        part<HTMLButtonElement>(el, 'print-button')!.click();
        await waitUntil(() => calls === 1);
      } finally {
        spy.stop();
      }
      expect(el.shadowRoot!.querySelector('iframe')).not.to.equal(null);
      part(el, 'confirm')!.querySelector('input')!.click();
      await el.updateComplete;
      part<HTMLButtonElement>(el, 'acknowledge-button')!.click();
      await waitUntil(() => el.hasState('acknowledged'));
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
      expect(spy.frames[0].isConnected).to.be.false;
    });
  });

  describe('acknowledge', () => {
    it('works by keyboard alone, fires an empty event and drops the codes', async () => {
      const setup = await enrolledClient();
      const el = await shown(setup);
      const button = part<HTMLButtonElement>(el, 'acknowledge-button')!;
      const checkbox = part(el, 'confirm')!.querySelector<HTMLInputElement>('input')!;
      expect(button.disabled).to.be.true;

      part<HTMLButtonElement>(el, 'print-button')!.focus();
      await sendKeys({ press: 'Tab' });
      expectSameNode(el.shadowRoot!.activeElement, checkbox, 'the focus');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(checkbox.checked).to.be.true;
      expect(button.disabled).to.be.false;
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.disabled, 'unticking disables Continue again').to.be.true;
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expectSameNode(el.shadowRoot!.activeElement, button, 'the focus');

      const acknowledged = oneEvent(el, 'mfa-recovery-codes-acknowledged');
      await sendKeys({ press: 'Enter' });
      const event = await acknowledged;
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      expect('detail' in event).to.be.false;
      const json = JSON.stringify(event);
      for (const code of setup.codes) expect(json).not.to.include(code);

      await el.updateComplete;
      expect(el.hasState('acknowledged')).to.be.true;
      expect(part(el, 'list')).to.equal(null);
      expect(shadowHasAnyCode(el, setup.codes)).to.be.false;
      expect(retainedCodes(el, setup.codes)).to.deep.equal([]);
      expect(text(part(el, 'status'))).to.equal(en.recoveryCodesDone);
      expectSameNode(el.shadowRoot!.activeElement, part(el, 'status'), 'the focus');
      expect((await setup.client.status()).pending).to.equal(null);
    });

    it('the state scan does see codes while they are shown', async () => {
      const setup = await enrolledClient();
      const el = await shown(setup);
      expect(retainedCodes(el, setup.codes).length).to.be.greaterThan(0);
    });

    it('keeps the codes and says why when acknowledging fails', async () => {
      const setup = await enrolledClient();
      const el = await shown(setup);
      part(el, 'confirm')!.querySelector('input')!.click();
      await el.updateComplete;
      setup.client.failNextCall('network');
      const failed = oneEvent(el, 'mfa-error');
      const button = part<HTMLButtonElement>(el, 'acknowledge-button')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      expect((await failed).detail.code).to.equal('network');
      await waitUntil(() => !el.hasState('pending'));
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.equal(en.errorNetwork);
      expect(shownCodes(el)).to.deep.equal(setup.codes);
      expect(el.hasState('acknowledged')).to.be.false;
      expect(part(el, 'confirm')!.querySelector<HTMLInputElement>('input')!.checked).to.be.true;
      expect(part<HTMLButtonElement>(el, 'acknowledge-button')!.disabled).to.be.false;
      expectSameNode(el.shadowRoot!.activeElement, button, 'focus stays on Continue to try again');
      // Trying again works.
      const acknowledged = oneEvent(el, 'mfa-recovery-codes-acknowledged');
      await sendKeys({ press: 'Enter' });
      await acknowledged;
      expect((await setup.client.status()).pending).to.equal(null);
    });

    it('ignores a second Continue while the first is being saved', async () => {
      const setup = await enrolledClient({ latency: 150 });
      const el = await shown(setup);
      part(el, 'confirm')!.querySelector('input')!.click();
      await el.updateComplete;
      let events = 0;
      el.addEventListener('mfa-recovery-codes-acknowledged', () => (events += 1));
      const button = part<HTMLButtonElement>(el, 'acknowledge-button')!;
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-busy')).to.equal('true');
      expect(text(part(el, 'status'))).to.equal(en.recoveryCodesSaving);
      button.click();
      await waitUntil(() => el.hasState('acknowledged'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(events).to.equal(1);
    });
  });

  describe('regenerate', () => {
    it('replaces the set with a fresh token, requires acknowledging again, and the event has only the count', async () => {
      const setup = await enrolledClient();
      const el = await shown(setup);
      part(el, 'confirm')!.querySelector('input')!.click();
      await el.updateComplete;
      part<HTMLButtonElement>(el, 'acknowledge-button')!.click();
      await waitUntil(() => el.hasState('acknowledged'));

      const token = await freshMfaToken(setup);
      const regenerated = oneEvent(el, 'mfa-recovery-codes-regenerated');
      const done = el.regenerate({ mfaToken: token });
      await el.updateComplete;
      const event: MfaRecoveryCodesRegeneratedEvent = await regenerated;
      await done;
      await el.updateComplete;

      expect(Object.keys(event.detail)).to.deep.equal(['count']);
      expect(event.detail).to.deep.equal({ count: 10 });
      const fresh = shownCodes(el);
      expect(fresh).to.have.length(10);
      for (const code of fresh) expect(setup.codes).not.to.include(code);
      expect(el.hasState('acknowledged')).to.be.false;
      expect(part(el, 'confirm')!.querySelector<HTMLInputElement>('input')!.checked).to.be.false;
      expect(part<HTMLButtonElement>(el, 'acknowledge-button')!.disabled).to.be.true;
      expect(text(part(el, 'status'))).to.equal(en.recoveryCodesRegenerated);
      expect((await setup.client.status()).pending).to.equal('acknowledge-recovery-codes');

      // The old set is gone; a new one works.
      let oldError: unknown;
      try {
        await setup.client.verifyRecoveryCode({ code: setup.codes[0] });
      } catch (error) {
        oldError = error;
      }
      expect((oldError as { code?: string }).code).to.equal('invalid-code');
      const proof = await setup.client.verifyRecoveryCode({ code: fresh[0] });
      expect(proof.method).to.equal('recovery-code');
      await expect(el).to.be.accessible();
    });

    it('refuses a replayed single-use token', async () => {
      const setup = await enrolledClient();
      const el = await shown(setup);
      const token = await freshMfaToken(setup);
      await el.regenerate({ mfaToken: token });
      const second = shownCodes(el);
      const failed = oneEvent(el, 'mfa-error');
      const replay = el.regenerate({ mfaToken: token });
      expect((await failed).detail.code).to.equal('unauthorized');
      await replay;
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.equal(en.errorUnauthorized);
      // The set from the first regeneration still stands.
      const proof = await setup.client.verifyRecoveryCode({ code: second[1] });
      expect(proof.recoveryCodesRemaining).to.equal(9);
    });

    for (const [label, token] of [
      ['no token', undefined],
      ['an invalid token', 'not-a-token'],
    ] as const) {
      it(`shows the unauthorized message with ${label} and keeps the shown codes`, async () => {
        const setup = await enrolledClient();
        const el = await shown(setup);
        let fired = 0;
        el.addEventListener('mfa-recovery-codes-regenerated', () => (fired += 1));
        const failed = oneEvent(el, 'mfa-error');
        const call = el.regenerate(token === undefined ? {} : { mfaToken: token });
        const error: MfaErrorEvent = await failed;
        await call;
        await el.updateComplete;
        expect(error.detail.code).to.equal('unauthorized');
        expect(error.detail.message).to.equal(en.errorUnauthorized);
        expect(text(part(el, 'error'))).to.equal(en.errorUnauthorized);
        expect(fired).to.equal(0);
        expect(shownCodes(el)).to.deep.equal(setup.codes);
        // Nothing changed on the server: the original codes still work.
        const proof = await setup.client.verifyRecoveryCode({ code: setup.codes[0] });
        expect(proof.method).to.equal('recovery-code');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('errors', () => {
    it('fires mfa-error and offers Try again when loading fails', async () => {
      const setup = await enrolledClient();
      setup.client.failNextCall('network');
      const errors: MfaErrorEvent[] = [];
      const listener = (event: MfaErrorEvent) => errors.push(event);
      document.addEventListener('mfa-error', listener);
      let el: MfaRecoveryCodes;
      try {
        el = await fixture<MfaRecoveryCodes>(
          html`<mfa-recovery-codes .client=${setup.client}></mfa-recovery-codes>`,
        );
        await waitUntil(() => errors.length === 1);
      } finally {
        document.removeEventListener('mfa-error', listener);
      }
      expect(errors[0].detail).to.deep.equal({ code: 'network', message: en.errorNetwork });
      await el.updateComplete;
      const retry = part<HTMLButtonElement>(el, 'retry-button')!;
      expect(text(retry)).to.equal(en.tryAgain);
      retry.click();
      await waitUntil(() => parts(el, 'code').length === 10);
      expect(shownCodes(el)).to.deep.equal(setup.codes);
      expect(text(part(el, 'error'))).to.equal('');
      expect(part(el, 'retry-button')).to.equal(null);
    });

    it('says there is no client when none is given', async () => {
      const el = await fixture<MfaRecoveryCodes>(html`<mfa-recovery-codes></mfa-recovery-codes>`);
      await waitUntil(() => text(part(el, 'error')) !== '', 'the missing client is shown', {
        timeout: 5000,
      });
      expect(text(part(el, 'error'))).to.equal(en.errorNoClient);
    });

    it('shows "not enrolled" for a user without codes', async () => {
      const clock = new ManualClock(Date.UTC(2026, 0, 1));
      const client = createMemoryClient({ now: () => clock.now() });
      const el = await fixture<MfaRecoveryCodes>(
        html`<mfa-recovery-codes .client=${client}></mfa-recovery-codes>`,
      );
      await waitUntil(() => text(part(el, 'error')) !== '', 'the missing client is shown', {
        timeout: 5000,
      });
      expect(text(part(el, 'error'))).to.equal(en.errorNotEnrolled);
      expect(part(el, 'list')).to.equal(null);
    });
  });

  describe('leaving the page', () => {
    it('drops the codes on disconnect and loads them again when put back', async () => {
      const setup = await enrolledClient();
      const el = await shown(setup);
      const parent = el.parentElement!;
      el.remove();
      await el.updateComplete;
      expect(retainedCodes(el, setup.codes)).to.deep.equal([]);
      expect(shadowHasAnyCode(el, setup.codes)).to.be.false;
      parent.append(el);
      await waitUntil(() => parts(el, 'code').length === 10);
      expect(shownCodes(el)).to.deep.equal(setup.codes);
    });

    it('aborts a load that is still under way', async () => {
      const setup = await enrolledClient({ latency: 200 });
      const el = await fixture<MfaRecoveryCodes>(
        html`<mfa-recovery-codes .client=${setup.client}></mfa-recovery-codes>`,
      );
      await el.updateComplete;
      expect(el.hasState('pending')).to.be.true;
      el.remove();
      await aTimeout(300);
      await el.updateComplete;
      expect(retainedCodes(el, setup.codes)).to.deep.equal([]);
      expect(shadowHasAnyCode(el, setup.codes)).to.be.false;
      expect(el.hasState('pending')).to.be.false;
    });
  });
});
