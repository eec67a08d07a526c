import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { Secret, TOTP } from 'otpauth';
import type { MfaTotpEnroll } from '../../../components/totp-enroll/totp-enroll.js';
import type { MfaEnrolledEvent } from '../../../src/events/mfa-enrolled.js';
import type { MfaErrorEvent } from '../../../src/events/mfa-error.js';
import { decodeQrCode, quietZoneIsLight } from './qr-support.js';
import { english as en } from '../../support/english.js';
import {
  allMarkup,
  codeError,
  codeField,
  codeFieldFocused,
  codeFor,
  enrollmentShown,
  findRetained,
  part,
  qrSvg,
  setup,
  shownSecret,
  typeCode,
  wrongCode,
  type Setup,
} from './support.js';
import { nativeInput } from '../../support/code-input.js';
import { expectSameNode } from '../../support/same-node.js';
import { withClipboard } from '../../support/clipboard.js';
import { textHistory, type TextHistory } from '../../support/text-history.js';
import { expectCountedDown, secondsIn } from '../../support/countdown-reads.js';

/** The enrollment's private ClientCall (in the element's view), to check that its value (the secret) is gone. */
function enrollCall(el: MfaTotpEnroll): { value: unknown } {
  return (el as unknown as { lazyView: { view: { enroll: { value: unknown } } } }).lazyView.view
    .enroll;
}

/** The URI an authenticator app expects for this secret — built independently with otpauth. */
function expectedUri(secret: string): string {
  return new TOTP({
    issuer: 'Acme',
    label: 'ada@example.com',
    secret: Secret.fromBase32(secret),
    digits: 6,
    period: 30,
  }).toString();
}

/** Type wrong codes one after another, waiting for each answer. */
async function failAttempts({ el, client, clock }: Setup, count: number): Promise<void> {
  const secret = shownSecret(el);
  for (let attempt = 1; attempt <= count; attempt++) {
    await typeCode(el, wrongCode(secret, clock, attempt));
    await waitUntil(
      () =>
        client.throttleStatus().consecutiveFailures === attempt &&
        codeField(el).value === '' &&
        !el.hasState('pending'),
      `attempt ${attempt} was not answered`,
    );
  }
}

/** Every text the countdown showed, recorded as it was rendered. */
function countdownTexts(el: MfaTotpEnroll): TextHistory {
  return textHistory(el, '[part~="countdown"]');
}

/**
 * Watches a lock as the page renders it: whether the code field was read-only at every render
 * that showed the countdown, when the countdown first showed, and when it went away.
 */
function watchLock(el: MfaTotpEnroll): {
  readonlyWhileShown: boolean[];
  shownAt: number | undefined;
  endedAt: number | undefined;
  stop: () => void;
} {
  const watch = {
    readonlyWhileShown: [] as boolean[],
    shownAt: undefined as number | undefined,
    endedAt: undefined as number | undefined,
    stop: () => observer.disconnect(),
  };
  const observer = new MutationObserver(() => {
    if (part(el, 'countdown')) {
      watch.shownAt ??= performance.now();
      watch.readonlyWhileShown.push(codeField(el).readonly);
    } else if (watch.shownAt !== undefined) {
      watch.endedAt ??= performance.now();
    }
  });
  observer.observe(el.shadowRoot!, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  return watch;
}

/** Record every `mfa-error` that reaches the document while `run` goes on. */
function collectErrors(): { events: MfaErrorEvent[]; stop: () => void } {
  const events: MfaErrorEvent[] = [];
  const listener = (event: MfaErrorEvent): void => {
    events.push(event);
  };
  document.addEventListener('mfa-error', listener);
  return { events, stop: () => document.removeEventListener('mfa-error', listener) };
}

describe('<mfa-totp-enroll>', function () {
  // The machines running these are shared and often busy.
  this.timeout(30_000);

  describe('accessibility', () => {
    it('passes axe while the enrollment loads, and announces it', async () => {
      const { el } = await setup({ client: { latency: 3000 } });
      expect(el.hasState('pending')).to.be.true;
      const status = part(el, 'status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent.trim()).to.equal(en.totpLoading);
      await expect(el).to.be.accessible();
    });

    it('passes axe with the QR code, the key and the code field shown', async () => {
      const { el } = await setup();
      await enrollmentShown(el);
      await expect(el).to.be.accessible();
    });

    it('passes axe after a wrong code', async () => {
      const { el, clock } = await setup();
      await enrollmentShown(el);
      await typeCode(el, wrongCode(shownSecret(el), clock));
      await waitUntil(() => codeError(el) !== '');
      await expect(el).to.be.accessible();
    });

    it('passes axe while rate-limited', async () => {
      const context = await setup();
      await enrollmentShown(context.el);
      await failAttempts(context, 5);
      await typeCode(context.el, wrongCode(shownSecret(context.el), context.clock, 9));
      await waitUntil(() => part(context.el, 'countdown'));
      await expect(context.el).to.be.accessible();
    });

    it('passes axe when the enrollment could not start', async () => {
      const { el } = await setup({ prepare: (client) => client.failNextCall('network') });
      await waitUntil(() => part(el, 'retry-button'));
      await expect(el).to.be.accessible();
    });

    it('passes axe when an app is already enrolled', async () => {
      const { el } = await setup({ prepare: (client) => client.setUpTotp().then(() => undefined) });
      await waitUntil(() => part(el, 'error')!.textContent.trim() !== '');
      await expect(el).to.be.accessible();
    });

    it('passes axe after success', async () => {
      const { el, clock } = await setup();
      await enrollmentShown(el);
      await typeCode(el, codeFor(shownSecret(el), clock));
      await waitUntil(() => el.hasState('enrolled'));
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('starts an enrollment when connected and draws a QR code that decodes to the enrollment URI', async () => {
      const { el, client } = await setup();
      const svg = await enrollmentShown(el);
      const secret = shownSecret(el);
      expect(secret).to.match(/^[A-Z2-7]{32}$/);
      const { devices } = await client.status();
      expect(devices).to.have.length(1);
      expect(devices[0]).to.include({ type: 'totp', verified: false });
      // Paint the rendered path on a canvas (8 px per module, quiet zone included) and scan it.
      const decoded = decodeQrCode(svg);
      expect(decoded).to.equal(expectedUri(secret));
      expect(decoded).to.equal(part<HTMLAnchorElement>(el, 'otpauth-link')!.getAttribute('href'));
      expect(quietZoneIsLight(svg)).to.be.true;
    });

    it('draws the QR code as one crisp SVG path from templates, with no image URL', async () => {
      const { el } = await setup();
      const svg = await enrollmentShown(el);
      expect(svg.getAttribute('shape-rendering')).to.equal('crispEdges');
      expect(svg.querySelectorAll('path')).to.have.length(1);
      expect(svg.querySelectorAll('image, foreignObject, use')).to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
      expect(allMarkup(el)).not.to.include('data:');
      const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
      expect(width).to.equal(height);
      // Version 1 is 21 modules; every symbol grows by 4: side = 21 + 4k, plus 2 × 4 quiet modules.
      expect((width - 8 - 21) % 4).to.equal(0);
    });

    it('names the QR code without the secret', async () => {
      const { el } = await setup();
      const svg = await enrollmentShown(el);
      const label = svg.getAttribute('aria-label')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(label).to.equal('QR code to add Acme (ada@example.com) to your authenticator app');
      const secret = shownSecret(el);
      expect(label).not.to.include(secret);
      expect(label).not.to.include(secret.slice(0, 8));
      expect(svg.querySelector('title')?.textContent ?? '').not.to.include(secret);
    });

    it('keeps dark modules on a light ground in dark mode, and takes colours from custom properties', async () => {
      const { el } = await setup();
      const svg = await enrollmentShown(el);
      el.style.colorScheme = 'dark';
      const dark = getComputedStyle(svg.querySelector('path')!).fill;
      const light = getComputedStyle(svg.querySelector('rect')!).fill;
      expect(dark).to.equal('rgb(0, 0, 0)');
      expect(light).to.equal('rgb(255, 255, 255)');
      el.style.setProperty('--mfa-qr-dark', 'rgb(0, 0, 128)');
      el.style.setProperty('--mfa-qr-size', '200px');
      expect(getComputedStyle(svg.querySelector('path')!).fill).to.equal('rgb(0, 0, 128)');
      expect(svg.getBoundingClientRect().width).to.equal(200);
    });

    it('shows issuer, account, the key in groups of four in a monospace font, and the otpauth link', async () => {
      const { el } = await setup();
      await enrollmentShown(el);
      expect(part(el, 'issuer')!.textContent).to.equal('Acme');
      expect(part(el, 'account')!.textContent).to.equal('ada@example.com');
      const key = part(el, 'secret')!;
      expect(key.textContent).to.match(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
      expect(getComputedStyle(key).fontFamily).to.match(/mono/i);
      const link = part<HTMLAnchorElement>(el, 'otpauth-link')!;
      expect(link.textContent.trim()).to.equal(en.totpOpenLink);
      expect(link.getAttribute('href')).to.equal(expectedUri(shownSecret(el)));
      expect(part(el, 'copy-button')!.textContent.trim()).to.equal(en.totpCopySecret);
    });

    it('shows two steps and a six-cell code field whose parts are passed through', async () => {
      const { el } = await setup();
      await enrollmentShown(el);
      const titles = Array.from(el.shadowRoot!.querySelectorAll('[part="step-title"]'), (t) =>
        t.textContent.trim(),
      );
      expect(titles).to.deep.equal([en.totpScanTitle, en.totpCodeTitle({ count: 6 })]);
      const field = codeField(el);
      expect(field.length).to.equal(6);
      expect(field.label).to.equal(en.totpCodeLabel);
      expect(field.getAttribute('exportparts'))
        .to.include('input: code-input')
        .and.include('error: code-error');
      const input = nativeInput(field)!;
      expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
      expect(input.getAttribute('aria-label')).to.equal(en.totpCodeLabel);
      expect(part(el, 'submit-button')!.textContent.trim()).to.equal(en.totpSubmit);
    });

    it('with `manual`, waits for start()', async () => {
      const { el, client } = await setup({ manual: true });
      await aTimeout(50);
      expect(el.hasState('pending')).to.be.false;
      expect(qrSvg(el)).to.be.null;
      expect((await client.status()).devices).to.have.length(0);
      el.start();
      await enrollmentShown(el);
      expect((await client.status()).devices).to.have.length(1);
    });

    it('starts once a client arrives after connecting', async () => {
      const { el, client } = await setup();
      await enrollmentShown(el);
      const late = await fixture<MfaTotpEnroll>(html`<mfa-totp-enroll></mfa-totp-enroll>`);
      await aTimeout(20);
      expect(part(late, 'secret')).to.be.null;
      late.client = client;
      await enrollmentShown(late);
    });

    it('start() without any client says so', async () => {
      const el = await fixture<MfaTotpEnroll>(html`<mfa-totp-enroll manual></mfa-totp-enroll>`);
      el.start();
      await waitUntil(() => part(el, 'error')!.textContent.trim() !== '');
      expect(part(el, 'error')!.textContent.trim()).to.equal(en.errorNoClient);
    });
  });

  describe('keyboard', () => {
    it('works without a mouse: Tab to copy, Enter, Tab to the field, type the code → mfa-enrolled', async () => {
      const { el, clock, client } = await setup();
      await enrollmentShown(el);
      const secret = shownSecret(el);
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      expectSameNode(el.shadowRoot!.activeElement, part(el, 'copy-button'), 'the focus');
      // The real clipboard: checked at the end by pasting it into a text field,
      // held from the copy to that paste (the file running beside this one shares it).
      await withClipboard(async () => {
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => part(el, 'copy-status')!.textContent.trim() === en.copied);
        await sendKeys({ press: 'Tab' });
        expectSameNode(el.shadowRoot!.activeElement, part(el, 'otpauth-link'), 'the focus');
        await sendKeys({ press: 'Tab' });
        expect(codeFieldFocused(el)).to.be.true;

        const code = codeFor(secret, clock);
        const enrolled = oneEvent(el, 'mfa-enrolled') as Promise<MfaEnrolledEvent>;
        await sendKeys({ type: code });
        const event = await enrolled;
        const { devices } = await client.status();
        expect(event.detail.device).to.deep.include({
          id: devices[0].id,
          type: 'totp',
          verified: true,
        });
        expect(Number.isNaN(Date.parse(event.detail.device.createdAt))).to.be.false;
        const json = JSON.stringify(event.detail);
        expect(json).not.to.include(secret);
        expect(json).not.to.include(code);
        expect(event.bubbles && event.composed).to.be.true;

        await el.updateComplete;
        expect(el.hasState('enrolled')).to.be.true;
        expect(el.enrolled).to.be.true;
        expect(part(el, 'status')!.textContent).to.include(en.totpEnrolled);
        // The field is gone; focus lands on the success message, not on <body>.
        await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'success'));

        const pasted = document.createElement('textarea');
        pasted.setAttribute('aria-label', 'paste here');
        el.after(pasted);
        pasted.focus();
        await sendKeys({ press: 'Control+V' });
        await waitUntil(() => pasted.value !== '', 'nothing was pasted');
        expect(pasted.value).to.equal(secret);
        pasted.remove();
      });
    });

    it('Enter in an incomplete field does not call the client', async () => {
      const { el, client } = await setup();
      await enrollmentShown(el);
      await typeCode(el, '123');
      await sendKeys({ press: 'Enter' });
      await aTimeout(50);
      expect(client.throttleStatus().totalFailures).to.equal(0);
      expect(codeField(el).value).to.equal('123');
      expect(codeFieldFocused(el)).to.be.true;
    });
  });

  describe('events and errors', () => {
    it('a wrong code: mfa-error, a message in the field (role=alert), field cleared and focused; the next code works', async () => {
      const { el, clock } = await setup();
      await enrollmentShown(el);
      const secret = shownSecret(el);
      const wrong = wrongCode(secret, clock);
      const failed = oneEvent(el, 'mfa-error') as Promise<MfaErrorEvent>;
      await typeCode(el, wrong);
      const error = await failed;
      expect(error.detail.code).to.equal('invalid-code');
      expect(JSON.stringify(error.detail)).not.to.include(wrong);
      await waitUntil(() => codeError(el) === en.errorInvalidCode);
      expect(
        codeField(el).shadowRoot!.querySelector('[part="error"]')!.getAttribute('role'),
      ).to.equal('alert');
      expect(codeField(el).hasState('invalid')).to.be.true;
      expect(codeField(el).value).to.equal('');
      await waitUntil(() => codeFieldFocused(el), 'the field did not get the focus back');
      // The QR code and the key stay: the same enrollment goes on.
      expect(shownSecret(el)).to.equal(secret);

      const enrolled = oneEvent(el, 'mfa-enrolled');
      await sendKeys({ type: codeFor(secret, clock) });
      await enrolled;
    });

    it('the verify button sends the code', async () => {
      const { el, clock } = await setup();
      await enrollmentShown(el);
      const field = codeField(el);
      // A script-set value fires no mfa-complete: only the button sends it.
      field.value = codeFor(shownSecret(el), clock);
      const enrolled = oneEvent(el, 'mfa-enrolled');
      part(el, 'submit-button')!.click();
      await enrolled;
    });

    it('a code replayed after someone else used it is refused, and the element says so', async () => {
      const { el, clock, client } = await setup();
      await enrollmentShown(el);
      const secret = shownSecret(el);
      const code = codeFor(secret, clock);
      // Someone confirms with the current code first (another tab, an attacker who saw it).
      const { devices } = await client.status();
      await client.verifyTotp({ code, deviceId: devices[0].id });
      let enrolledFired = false;
      el.addEventListener('mfa-enrolled', () => {
        enrolledFired = true;
      });
      const failed = oneEvent(el, 'mfa-error') as Promise<MfaErrorEvent>;
      await typeCode(el, code);
      expect((await failed).detail.code).to.equal('invalid-code');
      await waitUntil(() => codeError(el) === en.errorInvalidCode);
      expect(codeField(el).value).to.equal('');
      expect(enrolledFired).to.be.false;
      expect(el.hasState('enrolled')).to.be.false;
    });

    it('rate-limited: the fifth wrong code starts a countdown; the field is read-only meanwhile, not disabled', async () => {
      const context = await setup();
      const { el, clock } = context;
      await enrollmentShown(el);
      const secret = shownSecret(el);
      await failAttempts(context, 4);
      // Recorded from before the lock starts: every value shown counts, however late the test looks.
      const countdown = countdownTexts(el);
      try {
        const failed = oneEvent(el, 'mfa-error') as Promise<MfaErrorEvent>;
        await typeCode(el, wrongCode(secret, clock, 5));
        const error = await failed;
        expect(error.detail.code).to.equal('invalid-code');
        expect(error.detail.retryAfter).to.equal(30);
        await waitUntil(() => part(el, 'countdown'));
        // It starts at the lock's full length.
        expect(countdown.texts[0]).to.equal(en.totpRetryIn({ time: 30 }));
        // One visible message: the countdown; the field itself says nothing meanwhile.
        expect(codeError(el)).to.equal('');
        expect(codeField(el).disabled).to.be.false;
        expect(codeField(el).readonly).to.be.true;
        expect(nativeInput(codeField(el))!.readOnly).to.be.true;
        expect(codeFieldFocused(el), 'the focus stays in the field').to.be.true;
        expect(
          part<HTMLButtonElement>(el, 'submit-button')!.getAttribute('aria-disabled'),
        ).to.equal('true');
        expect(codeField(el).value).to.equal('');
        // Typing does nothing while locked.
        await sendKeys({ type: codeFor(secret, clock) });
        expect(codeField(el).value).to.equal('');
        // It moves: a later value is 29 or, after a late timer, lower; every value is below the last.
        await waitUntil(() => countdown.texts.length > 1, 'the countdown did not move');
        expectCountedDown(
          countdown.texts,
          30,
          secondsIn((time) => en.totpRetryIn({ time }), 30),
        );
        expect(part(el, 'countdown'), 'the 30 s lock is still on').not.to.be.null;
        expect(el.hasState('enrolled')).to.be.false;
      } finally {
        countdown.stop();
      }
    });

    it('when the countdown ends the field is writable again, keeps the focus, and the right code then works', async () => {
      const context = await setup({ client: { lockoutSeconds: 2 } });
      const { el, clock } = context;
      await enrollmentShown(el);
      const secret = shownSecret(el);
      // Recorded from before the lock starts: it may be over before the typing of the 5th code ends.
      const countdown = countdownTexts(el);
      const lock = watchLock(el);
      try {
        await failAttempts(context, 5);
        await waitUntil(() => countdown.texts.length > 0, 'no countdown');
        expect(countdown.texts[0]).to.equal(en.totpRetryIn({ time: 2 }));
        await waitUntil(() => !part(el, 'countdown'), 'the countdown did not end', {
          timeout: 4000,
        });
        // 2, then 1 — or straight to the end if the timer woke late; never up, never anything else.
        expect([
          [en.totpRetryIn({ time: 2 })],
          [en.totpRetryIn({ time: 2 }), en.totpRetryIn({ time: 1 })],
        ]).to.deep.include(countdown.texts);
        // Showing 2 meant more than 1 s left: the lock cannot have ended sooner.
        expect(lock.endedAt! - lock.shownAt!, 'how long the countdown showed (ms)').to.be.above(
          1000,
        );
        // Read-only at every render that showed the countdown.
        expect(lock.readonlyWhileShown).not.to.be.empty;
        expect(lock.readonlyWhileShown).not.to.include(false);
      } finally {
        countdown.stop();
        lock.stop();
      }
      expect(codeField(el).readonly).to.be.false;
      expect(codeError(el)).to.equal('');
      expect(codeFieldFocused(el), 'the focus is still in the field').to.be.true;
      clock.advance(2_000);
      const enrolled = oneEvent(el, 'mfa-enrolled');
      await sendKeys({ type: codeFor(secret, clock) });
      await enrolled;
    });

    it('a network failure while starting: message, Try again, then the enrollment shows', async () => {
      const errors = collectErrors();
      try {
        const { el } = await setup({ prepare: (client) => client.failNextCall('network') });
        await waitUntil(() => part(el, 'retry-button'));
        expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
        expect(part(el, 'error')!.textContent.trim()).to.equal(en.errorNetwork);
        expect(part(el, 'retry-button')!.textContent.trim()).to.equal(en.tryAgain);
        expect(qrSvg(el)).to.be.null;
        expect(errors.events.map((event) => event.detail.code)).to.deep.equal(['network']);
        part(el, 'retry-button')!.focus();
        await sendKeys({ press: 'Enter' });
        await enrollmentShown(el);
        expect(part(el, 'error')!.textContent.trim()).to.equal('');
        expect(part(el, 'retry-button')).to.be.null;
      } finally {
        errors.stop();
      }
    });

    it('a network failure while verifying: message, the code stays, Enter sends it again for the same enrollment', async () => {
      const { el, clock, client } = await setup();
      await enrollmentShown(el);
      const secret = shownSecret(el);
      const { devices } = await client.status();
      const code = codeFor(secret, clock);
      client.failNextCall('network');
      const failed = oneEvent(el, 'mfa-error') as Promise<MfaErrorEvent>;
      await typeCode(el, code);
      expect((await failed).detail.code).to.equal('network');
      await waitUntil(() => codeError(el) === en.errorNetwork);
      expect(codeField(el).value).to.equal(code);
      expect(shownSecret(el)).to.equal(secret);
      await waitUntil(() => codeFieldFocused(el));
      const enrolled = oneEvent(el, 'mfa-enrolled') as Promise<MfaEnrolledEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await enrolled).detail.device.id).to.equal(devices[0].id);
      expect((await client.status()).devices).to.have.length(1);
    });

    it('an enrollment that expired while verifying is dropped; Try again starts a new one', async () => {
      const { el, clock, client } = await setup();
      await enrollmentShown(el);
      const secret = shownSecret(el);
      client.failNextCall('expired');
      await typeCode(el, codeFor(secret, clock));
      await waitUntil(() => part(el, 'retry-button'));
      expect(part(el, 'error')!.textContent.trim()).to.equal(en.errorExpired);
      expect(qrSvg(el)).to.be.null;
      expect(allMarkup(el)).not.to.include(secret);
      expect(enrollCall(el).value).to.be.undefined;
      part(el, 'retry-button')!.click();
      await enrollmentShown(el);
      expect(shownSecret(el)).not.to.equal(secret);
      expect(part(el, 'error')!.textContent.trim()).to.equal('');
    });

    it('already enrolled: a clear message, no QR code, no key, no retry', async () => {
      const errors = collectErrors();
      try {
        const { el } = await setup({
          prepare: (client) => client.setUpTotp().then(() => undefined),
        });
        await waitUntil(() => part(el, 'error')!.textContent.trim() !== '');
        expect(part(el, 'error')!.textContent.trim()).to.equal(en.errorAlreadyEnrolled);
        expect(qrSvg(el)).to.be.null;
        expect(part(el, 'secret')).to.be.null;
        expect(part(el, 'otpauth-link')).to.be.null;
        expect(part(el, 'retry-button')).to.be.null;
        expect(errors.events.map((event) => event.detail.code)).to.deep.equal(['already-enrolled']);
      } finally {
        errors.stop();
      }
    });

    it('toggles :state(pending) while checking a code and announces it', async () => {
      const { el, clock, client } = await setup();
      await enrollmentShown(el);
      // The answer waits until the test has looked: the check stays under way until then.
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const verifyTotp = client.verifyTotp.bind(client);
      let calls = 0;
      client.verifyTotp = async (input) => {
        calls++;
        await gate;
        return verifyTotp(input);
      };
      try {
        await typeCode(el, codeFor(shownSecret(el), clock));
        await waitUntil(() => el.hasState('pending'));
        expect(calls, 'the code was sent').to.equal(1);
        expect(part(el, 'status')!.textContent.trim()).to.equal(en.totpVerifying);
        // aria-disabled, not disabled: a button with the focus keeps it.
        expect(
          part<HTMLButtonElement>(el, 'submit-button')!.getAttribute('aria-disabled'),
        ).to.equal('true');
        expect(el.hasState('enrolled')).to.be.false;
      } finally {
        release();
      }
      await waitUntil(() => el.hasState('enrolled'), 'not enrolled', { timeout: 5000 });
      expect(el.hasState('pending')).to.be.false;
    });
  });

  describe('the secret', () => {
    it('is dropped after success: nothing rendered or held keeps it', async () => {
      const { el, clock, client } = await setup();
      await enrollmentShown(el);
      const secret = shownSecret(el);
      const grouped = part(el, 'secret')!.textContent;
      const enrolled = oneEvent(el, 'mfa-enrolled');
      await typeCode(el, codeFor(secret, clock));
      await enrolled;
      await el.updateComplete;
      expect(enrollCall(el).value).to.be.undefined;
      const markup = allMarkup(el);
      expect(markup).not.to.include(secret);
      expect(markup).not.to.include(grouped);
      expect(markup).not.to.include('otpauth:');
      expect(qrSvg(el)).to.be.null;
      expect(el.shadowRoot!.querySelector('mfa-otp-input')).to.be.null;
      expect(findRetained(el, secret, new Set([client]))).to.be.null;
      expect(findRetained(el, secret.slice(0, 16), new Set([client]))).to.be.null;
      for (const name of el.getAttributeNames())
        expect(el.getAttribute(name)).not.to.include(secret);
    });

    it('is dropped when the element leaves the page, with any typed digits', async () => {
      const { el, client } = await setup();
      await enrollmentShown(el);
      const secret = shownSecret(el);
      const field = codeField(el);
      await typeCode(el, '123');
      expect(field.value).to.equal('123');
      el.remove();
      await el.updateComplete;
      expect(enrollCall(el).value).to.be.undefined;
      expect(field.value).to.equal('');
      expect(allMarkup(el)).not.to.include(secret);
      expect(qrSvg(el)).to.be.null;
      expect(findRetained(el, secret, new Set([client]))).to.be.null;
      expect(findRetained(el, secret.slice(0, 16), new Set([client]))).to.be.null;
    });

    it('coming back to the page starts a fresh enrollment', async () => {
      const { el } = await setup();
      await enrollmentShown(el);
      const first = shownSecret(el);
      const parent = el.parentElement!;
      el.remove();
      await el.updateComplete;
      parent.append(el);
      await enrollmentShown(el);
      expect(shownSecret(el)).to.match(/^[A-Z2-7]{32}$/);
      expect(shownSecret(el)).not.to.equal(first);
    });
  });

  describe('copy', () => {
    let clipboard: Clipboard;
    afterEach(() => {
      delete (clipboard as unknown as Record<string, unknown>).writeText;
    });

    function stubWriteText(implementation: (text: string) => Promise<void>): void {
      clipboard = navigator.clipboard;
      Object.defineProperty(clipboard, 'writeText', { configurable: true, value: implementation });
    }

    it('copies the key without the grouping spaces and announces "Copied"', async () => {
      const { el } = await setup();
      await enrollmentShown(el);
      const written: string[] = [];
      stubWriteText(async (text) => {
        written.push(text);
      });
      part(el, 'copy-button')!.click();
      await waitUntil(() => part(el, 'copy-status')!.textContent.trim() === en.copied);
      expect(written).to.deep.equal([shownSecret(el)]);
      expect(written[0]).not.to.include(' ');
      expect(part(el, 'copy-status')!.getAttribute('role')).to.equal('status');
      expect(part(el, 'copy-error')).to.be.null;
    });

    it('says so when copying fails, and selects the key for a manual copy', async () => {
      const { el } = await setup();
      await enrollmentShown(el);
      stubWriteText(() =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      );
      part(el, 'copy-button')!.click();
      await waitUntil(() => part(el, 'copy-error'));
      expect(part(el, 'copy-error')!.textContent.trim()).to.equal(en.copyFailed);
      expect(part(el, 'copy-error')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'copy-status')!.textContent.trim()).to.equal('');
      expect(getSelection()!.toString().replace(/\s+/g, '')).to.equal(shownSecret(el));
      await expect(el).to.be.accessible();
    });
  });
});
