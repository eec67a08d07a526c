// The elements driven through the Dynamic adapter, with the REAL @dynamic-labs-sdk/client in
// Chromium against the stand-in of Dynamic's API: TOTP enrollment + confirmation in
// <mfa-totp-enroll>, a wrong code, the lockout, the one-device rule, and recovery codes shown,
// acknowledged and used in <mfa-recovery-codes>.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { MfaRecoveryCodes } from '../../components/recovery-codes/recovery-codes.js';
import type { MfaTotpEnroll } from '../../components/totp-enroll/totp-enroll.js';
import '../../components/recovery-codes/mfa-recovery-codes.js';
import '../../components/totp-enroll/mfa-totp-enroll.js';
import type { MfaErrorEvent } from '../../src/events/mfa-error.js';
import type { MfaVerifiedEvent } from '../../src/events/mfa-verified.js';
import {
  codeError,
  codeField,
  enrollmentShown,
  part,
  shownSecret,
  typeCode,
} from '../components/totp-enroll/support.js';
import { setUpDynamic, setUpEnrolled, totpCode, type DynamicSetUp } from './support.js';
import { english as en } from '../support/english.js';

/** The code an authenticator app computes from the key the element shows, at the stand-in's time. */
function codeFromPage(el: MfaTotpEnroll, now: number): string {
  return totpCode(`otpauth://totp/x?secret=${shownSecret(el)}`, now);
}

/** A code no window accepts; `nth` gives another one (the kit never re-sends a code by itself). */
function wrongCodeFor(el: MfaTotpEnroll, now: number, nth = 0): string {
  const valid = new Set([-30_000, 0, 30_000].map((offset) => codeFromPage(el, now + offset)));
  let candidate = 123456 + nth * 11;
  while (valid.has(String(candidate))) candidate += 1111;
  return String(candidate);
}

describe('Dynamic adapter: <mfa-totp-enroll> and <mfa-recovery-codes> on the real SDK', function () {
  // The SDK bundle loads once per page; these machines are shared and busy.
  this.timeout(60_000);
  let setUp: DynamicSetUp | undefined;

  before(async function (this: Mocha.Context) {
    this.timeout(120_000);
    // Load axe and the SDK outside any single test's budget.
    await expect(await fixture(html`<p>warm-up</p>`)).to.be.accessible();
    await import('@dynamic-labs-sdk/client');
  });

  afterEach(async () => {
    await setUp?.tearDown();
    setUp = undefined;
  });

  async function enrollElement(current: DynamicSetUp): Promise<MfaTotpEnroll> {
    const el = await fixture<MfaTotpEnroll>(
      html`<mfa-totp-enroll .client=${current.mfa}></mfa-totp-enroll>`,
    );
    await enrollmentShown(el);
    return el;
  }

  it('enrolls an authenticator app: QR and key from Dynamic, the first code confirms it', async () => {
    setUp = await setUpDynamic({ issuer: 'Acme' });
    expect(setUp.dynamic.user?.scope).to.equal('requiresAdditionalAuth');
    const el = await enrollElement(setUp);
    await expect(el).to.be.accessible();
    expect(part(el, 'secret')!.textContent).to.match(/[A-Z2-7]{4}( [A-Z2-7]{1,4})+/);
    expect(el.shadowRoot!.textContent).to.include('Acme');
    expect(el.shadowRoot!.textContent).to.include('ada@example.com');

    const enrolled = oneEvent(el, 'mfa-enrolled');
    await typeCode(el, codeFromPage(el, setUp.now));
    const event = await enrolled;
    expect(event.detail.device.type).to.equal('totp');
    expect(event.detail.device.verified).to.equal(true);
    expect(JSON.stringify(event.detail)).not.to.include(shownSecret(el) || 'no-secret');
    // The SDK applied Dynamic's answer: the session is no longer restricted.
    expect(setUp.dynamic.user?.scope).to.equal('user:basic');
    expect((await setUp.mfa.status()).pending).to.equal('acknowledge-recovery-codes');
    await expect(el).to.be.accessible();
  });

  it('a wrong code: mfa-error invalid-code, a message in the field, and the right code then works', async () => {
    setUp = await setUpDynamic();
    const el = await enrollElement(setUp);
    const failed = oneEvent(el, 'mfa-error') as Promise<MfaErrorEvent>;
    await typeCode(el, wrongCodeFor(el, setUp.now));
    expect((await failed).detail.code).to.equal('invalid-code');
    await waitUntil(
      () => codeError(el) !== '' && codeField(el).value === '' && !el.hasState('pending'),
      'the error was not shown',
    );
    expect(codeError(el)).to.equal(en.errorInvalidCode);
    await expect(el).to.be.accessible();
    const enrolled = oneEvent(el, 'mfa-enrolled');
    await typeCode(el, codeFromPage(el, setUp.now));
    await enrolled;
  });

  it('five wrong codes lock the account: rate-limited, even for the right code', async () => {
    setUp = await setUpDynamic();
    const el = await enrollElement(setUp);
    const codes: string[] = [];
    el.addEventListener('mfa-error', (event) => codes.push(event.detail.code));
    for (let attempt = 1; attempt <= 5; attempt++) {
      await typeCode(el, wrongCodeFor(el, setUp.now, attempt));
      await waitUntil(
        () => codes.length === attempt && codeField(el).value === '' && !el.hasState('pending'),
        `attempt ${attempt}`,
      );
    }
    expect(codes).to.deep.equal(Array(5).fill('invalid-code'));
    await typeCode(el, codeFromPage(el, setUp.now));
    await waitUntil(() => codes.length === 6, 'the locked attempt was not answered');
    expect(codes[5]).to.equal('rate-limited');
    // Dynamic says no end to the lock: the words say so (not "wait a moment").
    await waitUntil(
      () =>
        codeError(el) === en.errorLockedOut ||
        part(el, 'error')?.textContent?.includes(en.errorLockedOut) === true,
      'the lock was not said',
    );
    await expect(el).to.be.accessible();
  });

  it('a second authenticator app is refused: already-enrolled', async () => {
    setUp = await setUpEnrolled();
    const errors: string[] = [];
    const el = await fixture<MfaTotpEnroll>(html`<mfa-totp-enroll
      .client=${setUp.mfa}
      @mfa-error=${(event: MfaErrorEvent) => errors.push(event.detail.code)}
    ></mfa-totp-enroll>`);
    await waitUntil(() => errors.length > 0, 'no error');
    expect(errors).to.deep.equal(['already-enrolled']);
    await waitUntil(() => (el.shadowRoot!.textContent ?? '').includes(en.errorAlreadyEnrolled));
    expect(el.shadowRoot!.querySelector('svg[part="qr-code"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows Dynamic’s recovery codes and records the acknowledgement', async () => {
    setUp = await setUpDynamic();
    const enrollment = await setUp.mfa.enrollTotp();
    await setUp.mfa.verifyTotp({
      code: totpCode(enrollment.uri, setUp.now),
      deviceId: enrollment.deviceId,
    });
    const el = await fixture<MfaRecoveryCodes>(
      html`<mfa-recovery-codes .client=${setUp.mfa}></mfa-recovery-codes>`,
    );
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('[part~="code"]').length === 10,
      'the codes were not shown',
      { timeout: 10_000 },
    );
    await expect(el).to.be.accessible();
    const shown = [...el.shadowRoot!.querySelectorAll('[part~="code"]')].map((item) =>
      item.textContent.trim(),
    );
    for (const code of shown)
      expect(code).to.match(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const checkbox = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="confirm"] input')!;
    checkbox.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="acknowledge-button"]')!;
    button.focus();
    const acknowledged = oneEvent(el, 'mfa-recovery-codes-acknowledged');
    await sendKeys({ press: 'Enter' });
    await acknowledged;
    expect(setUp.dynamic.user?.mfaBackupCodeAcknowledgement).to.equal('complete');
    expect((await setUp.mfa.status()).pending).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('signs in with a recovery code in mode="verify", once', async () => {
    const enrolled = await setUpEnrolled();
    setUp = enrolled;
    const code = enrolled.codes[2];
    const el = await fixture<MfaRecoveryCodes>(
      html`<mfa-recovery-codes mode="verify" .client=${setUp.mfa}></mfa-recovery-codes>`,
    );
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!;
    input.focus();
    await sendKeys({ type: code.toLowerCase() });
    const verified = oneEvent(el, 'mfa-verified') as Promise<MfaVerifiedEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await verified;
    expect(event.detail.method).to.equal('recovery-code');
    expect(JSON.stringify(event.detail)).not.to.include(code);
    await waitUntil(() => el.hasState('verified'));
    await expect(el).to.be.accessible();

    const again = await fixture<MfaRecoveryCodes>(
      html`<mfa-recovery-codes mode="verify" .client=${setUp.mfa}></mfa-recovery-codes>`,
    );
    const failed = oneEvent(again, 'mfa-error') as Promise<MfaErrorEvent>;
    const field = again.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!;
    field.focus();
    await sendKeys({ type: code });
    await sendKeys({ press: 'Enter' });
    expect((await failed).detail.code).to.equal('invalid-code');
  });
});
