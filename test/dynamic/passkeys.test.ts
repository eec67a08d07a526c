// Passkeys as MFA through the Dynamic adapter: the REAL SDK runs the ceremony with its own
// @simplewebauthn/browser against Chromium's virtual authenticator, the stand-in verifies with
// @simplewebauthn/server — first through the adapter alone, then in <mfa-passkey-prompt>.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../components/passkey-prompt/mfa-passkey-prompt.js';
import type { MfaPasskeyPrompt } from '../../components/passkey-prompt/passkey-prompt.js';
import { MfaError } from '../../src/client/errors.js';
import type { MfaEnrolledEvent } from '../../src/events/mfa-enrolled.js';
import type { MfaVerifiedEvent } from '../../src/events/mfa-verified.js';
import { setUpEnrolled, type DynamicSetUp } from './support.js';

const EXPORT = 'wallet.waas.export';

async function press(el: MfaPasskeyPrompt): Promise<void> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('[part~="button"]'),
    'the view never rendered',
  );
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.focus();
  await sendKeys({ press: 'Enter' });
}

describe('Dynamic adapter: passkeys on the real SDK', function () {
  this.timeout(60_000);
  let setUp: DynamicSetUp | undefined;

  before(async function (this: Mocha.Context) {
    this.timeout(120_000);
    await expect(await fixture(html`<p>warm-up</p>`)).to.be.accessible();
    await import('@dynamic-labs-sdk/client');
  });

  beforeEach(async () => {
    await executeServerCommand('webauthn-add', { isUserVerified: true });
  });

  afterEach(async () => {
    await executeServerCommand('webauthn-remove');
    await setUp?.tearDown();
    setUp = undefined;
  });

  it('the adapter registers a passkey and verifies with it, with a token', async () => {
    setUp = await setUpEnrolled({ mfa: { actions: [{ action: EXPORT, required: true }] } });
    const device = await setUp.mfa.enrollPasskey();
    expect(device.type).to.equal('passkey');
    expect((await setUp.mfa.status()).methods).to.deep.equal(['totp', 'passkey', 'recovery-code']);
    const proof = await setUp.mfa.verifyPasskey({
      token: { scopes: ['wallet:export'] },
      action: EXPORT,
    });
    expect(proof.method).to.equal('passkey');
    expect(proof.token!.scopes).to.deep.equal(['wallet:export']);
    expect(await setUp.authorize(EXPORT, proof.token!.value)).to.equal(true);
    expect(await setUp.authorize(EXPORT, proof.token!.value)).to.equal(false);
  });

  it('an authenticator that cannot verify the user ends the ceremony: passkey-cancelled', async () => {
    setUp = await setUpEnrolled();
    await setUp.mfa.enrollPasskey();
    await executeServerCommand('webauthn-set-user-verified', { value: false });
    const error = await setUp.mfa.verifyPasskey().then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).to.be.instanceOf(MfaError);
    // Chromium refuses the ceremony itself (NotAllowedError), which the kit treats as a cancellation.
    expect((error as MfaError).code).to.equal('passkey-cancelled');
  });

  it('<mfa-passkey-prompt mode="register"> creates a passkey in Dynamic', async () => {
    setUp = await setUpEnrolled();
    const el = await fixture<MfaPasskeyPrompt>(
      html`<mfa-passkey-prompt mode="register" hide-alias .client=${setUp.mfa}></mfa-passkey-prompt>`,
    );
    const enrolled = oneEvent(el, 'mfa-enrolled') as Promise<MfaEnrolledEvent>;
    await press(el);
    const event = await enrolled;
    expect(event.detail.device.type).to.equal('passkey');
    await waitUntil(() => el.hasState('done') && !el.hasState('pending'));
    await expect(el).to.be.accessible();
    const { credentials } = (await executeServerCommand('webauthn-credentials')) as {
      credentials: unknown[];
    };
    expect(credentials).to.have.length(1);
    expect((await setUp.mfa.status()).devices.filter((d) => d.type === 'passkey')).to.have.length(
      1,
    );
  });

  it('<mfa-passkey-prompt token="single-use"> verifies and yields a token the app’s server accepts once', async () => {
    setUp = await setUpEnrolled({ mfa: { actions: [{ action: EXPORT, required: true }] } });
    await setUp.mfa.enrollPasskey();
    const el = await fixture<MfaPasskeyPrompt>(
      html`<mfa-passkey-prompt token="single-use" action=${EXPORT} .client=${setUp.mfa}></mfa-passkey-prompt>`,
    );
    await expect(el).to.be.accessible();
    const verified = oneEvent(el, 'mfa-verified') as Promise<MfaVerifiedEvent>;
    await press(el);
    const { detail } = await verified;
    expect(detail.method).to.equal('passkey');
    expect(detail.token?.singleUse).to.equal(true);
    expect(detail.token?.action).to.equal(EXPORT);
    expect(await setUp.authorize(EXPORT, detail.token!.value)).to.equal(true);
    expect(await setUp.authorize(EXPORT, detail.token!.value)).to.equal(false);
    await waitUntil(() => el.hasState('done') && !el.hasState('pending'));
    await expect(el).to.be.accessible();
  });

  it('<mfa-passkey-prompt> with no passkey registered says so', async () => {
    setUp = await setUpEnrolled();
    const el = await fixture<MfaPasskeyPrompt>(
      html`<mfa-passkey-prompt .client=${setUp.mfa}></mfa-passkey-prompt>`,
    );
    const failed = oneEvent(el, 'mfa-error');
    await press(el);
    expect((await failed).detail.code).to.equal('not-enrolled');
    await waitUntil(() => !el.hasState('pending'));
    await expect(el).to.be.accessible();
  });
});
