// Action-based MFA as Dynamic documents it, through the adapter on the REAL SDK:
// <mfa-action-guard action="wallet.waas.export"> asks `isMfaRequiredForAction`, prompts with the
// user's methods, gets a token (Dynamic's MFA token or an elevated `wallet:export` token), lets the
// click through once — and the token works once where the app's server checks it.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/action-guard/mfa-action-guard.js';
import type { MfaActionGuard } from '../../components/action-guard/action-guard.js';
import type { MfaActionAuthorizedEvent } from '../../src/events/mfa-action-authorized.js';
import {
  collect,
  codeField,
  isOpen,
  part,
  quiet,
  settled,
  totpPanel,
} from '../components/action-guard/helpers.js';
import { setUpDynamic, setUpEnrolled, type DynamicSetUp } from './support.js';
import { expectSameNode } from '../support/same-node.js';

const EXPORT = 'wallet.waas.export';
/** Dynamic's dashboard: key export needs MFA, MFA itself is optional (enrolled at the action). */
const ACTION_POLICY = {
  mfa: {
    enabled: false,
    required: false,
    enrollment: 'action' as const,
    actions: [{ action: EXPORT, required: true }],
  },
};

async function guarded(setUp: DynamicSetUp, attributes: { scopes?: string } = {}) {
  const el = await fixture<MfaActionGuard>(html`<mfa-action-guard
    .client=${setUp.mfa}
    action=${EXPORT}
    scopes=${attributes.scopes ?? ''}
    label="Export your wallet key"
    ><button id="export" type="button">Export key</button></mfa-action-guard
  >`);
  const button = el.querySelector<HTMLButtonElement>('#export')!;
  return {
    el,
    button,
    runs: collect(button, 'click'),
    authorized: collect<MfaActionAuthorizedEvent>(el, 'mfa-action-authorized'),
  };
}

describe('Dynamic adapter: <mfa-action-guard action="wallet.waas.export"> on the real SDK', function () {
  this.timeout(60_000);
  let setUp: DynamicSetUp | undefined;

  before(async function (this: Mocha.Context) {
    this.timeout(120_000);
    await expect(await fixture(html`<p>warm-up</p>`)).to.be.accessible();
    await import('@dynamic-labs-sdk/client');
  });

  afterEach(async () => {
    await setUp?.tearDown();
    setUp = undefined;
  });

  it('a user without MFA: the export runs at once, no dialog (MFA is optional until enrolled)', async () => {
    setUp = await setUpDynamic(ACTION_POLICY);
    expect(await setUp.mfa.isRequiredForAction(EXPORT)).to.equal(false);
    const { el, button, runs } = await guarded(setUp);
    button.click();
    await waitUntil(() => runs.length > 0, 'the click was not replayed');
    await settled(el);
    await quiet();
    expect(runs).to.have.length(1, 'the app’s listener runs exactly once');
    expect(isOpen(el)).to.equal(false);
  });

  it('an enrolled user: the dialog asks for a code, the export runs once with a single-use token', async () => {
    const enrolled = await setUpEnrolled(ACTION_POLICY);
    setUp = enrolled;
    const { el, button, runs, authorized } = await guarded(enrolled);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await totpPanel(el);
    await settled(el);
    expect(runs, 'held while the dialog is open').to.have.length(0);
    await expect(el).to.be.accessible();

    const field = codeField(el)!;
    field.focus();
    // Sent on its last digit (docs/ARCHITECTURE.md, "Code entry"): an Enter now would reach the
    // guarded button once the dialog has closed.
    await sendKeys({ type: await enrolled.nextCode() });
    await waitUntil(() => runs.length > 0, 'the export never ran');
    await settled(el);
    await quiet();
    expect(runs).to.have.length(1);
    expect(isOpen(el)).to.equal(false);
    expectSameNode(document.activeElement, button, 'the focus');
    expect(authorized).to.have.length(1);
    const { detail } = authorized[0];
    expect(detail.action).to.equal(EXPORT);
    expect(detail.method).to.equal('totp');
    expect(detail.token).to.include({ singleUse: true, action: EXPORT });
    // Dynamic's MFA token, held by the SDK for its own WaaS call, and good once on the server.
    expect(enrolled.dynamic.mfaToken).to.equal(detail.token!.value);
    expect(await enrolled.authorize(EXPORT, detail.token!.value)).to.equal(true);
    expect(await enrolled.authorize(EXPORT, detail.token!.value)).to.equal(false);
  });

  it('authorize() with scopes="wallet:export" and a recovery code yields an elevated token', async () => {
    const enrolled = await setUpEnrolled(ACTION_POLICY);
    setUp = enrolled;
    const { el } = await guarded(enrolled, { scopes: 'wallet:export' });
    const pending = el.authorize();
    await totpPanel(el);
    await settled(el);
    // Switch to the recovery-code tab and use one.
    const tab = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="method-tab"]')].find(
      (candidate) => /recovery/i.test(candidate.textContent ?? ''),
    )!;
    tab.click();
    const recoveryField = () =>
      el
        .shadowRoot!.querySelector('mfa-recovery-codes')
        ?.shadowRoot?.querySelector<HTMLInputElement>('[part~="input"]') ?? null;
    await waitUntil(recoveryField, 'the recovery-code field never showed');
    const input = recoveryField()!;
    input.focus();
    await sendKeys({ type: enrolled.codes[0] });
    await sendKeys({ press: 'Enter' });
    const token = await pending;
    expect(token).to.not.equal(undefined);
    expect(token!.scopes).to.deep.equal(['wallet:export']);
    expect(token!.value.split('.')).to.have.length(3);
    expect(await enrolled.authorize(EXPORT, token!.value)).to.equal(true);
    expect(await enrolled.authorize(EXPORT, token!.value)).to.equal(false);
  });

  it('Escape drops the export: mfa-cancel, nothing runs', async () => {
    const enrolled = await setUpEnrolled(ACTION_POLICY);
    setUp = enrolled;
    const { el, button, runs } = await guarded(enrolled);
    const cancelled = collect(el, 'mfa-cancel');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await totpPanel(el);
    await settled(el);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => cancelled.length === 1 && !isOpen(el), 'the dialog did not close');
    await quiet();
    expect(runs).to.have.length(0);
    expect(part<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
  });
});
