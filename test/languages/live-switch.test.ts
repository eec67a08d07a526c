// Changing `lang` on <html> or on an ancestor re-renders connected elements in the new language:
// text, accessible names and live regions, without re-creating them.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../components/otp-input/mfa-otp-input.js';
import type { MfaOtpInput } from '../../components/otp-input/otp-input.js';
import { messages as de } from '../../src/i18n/de.js';
import { messages as es } from '../../src/i18n/es.js';
import { messages as fr } from '../../src/i18n/fr.js';
import { english } from '../support/english.js';
import {
  guard,
  isOpen,
  account,
  part as guardPart,
  totpPanel,
  text,
} from '../components/action-guard/helpers.js';
import { setup } from '../components/totp-enroll/support.js';
import { enrolledClient, part as codesPart } from '../components/recovery-codes/helpers.js';
import '../../components/recovery-codes/mfa-recovery-codes.js';
import type { MfaRecoveryCodes } from '../../components/recovery-codes/recovery-codes.js';
import { nativeInput } from '../support/code-input.js';
import { expectSameNode } from '../support/same-node.js';

/** Whether Chromium's accessibility tree has a node of `role` named `name` (shadow roots included). */
async function inAccessibilityTree(role: string, name: string): Promise<boolean> {
  const names = await executeServerCommand<string[], { role: string }>('ax-names', { role });
  return names.includes(name);
}

const fieldName = (field: MfaOtpInput) => nativeInput(field)!.getAttribute('aria-label');

describe('live language switch', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
  });

  it('<mfa-otp-input> renames its field and rewords its validation when <html lang> changes', async () => {
    const field = await fixture<MfaOtpInput>(html`<mfa-otp-input required></mfa-otp-input>`);
    field.value = '123';
    await field.updateComplete;
    expect(fieldName(field)).to.equal(english.otpLabel);
    expect(field.validationMessage).to.equal(english.otpTooShort({ count: 6 }));
    expect(await inAccessibilityTree('textbox', english.otpLabel)).to.equal(true);

    document.documentElement.lang = 'de';
    await waitUntil(() => fieldName(field) === de.otpLabel, 'the field kept its English name');
    expect(field.validationMessage).to.equal('Geben Sie alle 6 Ziffern ein.');
    expect(await inAccessibilityTree('textbox', de.otpLabel)).to.equal(true);
    expect(await inAccessibilityTree('textbox', english.otpLabel)).to.equal(false);

    // And back, on the same element.
    document.documentElement.lang = 'en';
    await waitUntil(() => fieldName(field) === english.otpLabel, 'the field stayed German');
    expect(field.isConnected).to.equal(true);
  });

  it('follows a lang changed inside the shadow root the element sits in', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const scope = document.createElement('section');
    scope.lang = 'en';
    const field = document.createElement('mfa-otp-input') as MfaOtpInput;
    scope.append(field);
    root.append(scope);
    await field.updateComplete;
    expect(fieldName(field)).to.equal(english.otpLabel);
    scope.lang = 'fr';
    await waitUntil(
      () => fieldName(field) === fr.otpLabel,
      'a lang change inside the shadow root was missed',
    );
  });

  it('<mfa-totp-enroll> follows lang on an ancestor: titles, the QR code and the code field names', async () => {
    const { el } = await setup();
    const wrapper = document.createElement('div');
    el.before(wrapper);
    wrapper.append(el);
    await waitUntil(
      () => el.shadowRoot!.querySelector('svg[part="qr-code"]') !== null,
      'no QR code',
      { timeout: 8000 },
    );
    const qr = () =>
      el.shadowRoot!.querySelector('svg[part="qr-code"]')!.getAttribute('aria-label');
    const inner = () => el.shadowRoot!.querySelector<MfaOtpInput>('mfa-otp-input')!;
    expect(qr()).to.equal(
      english.totpQrLabelIssuer({ issuer: 'Acme', account: 'ada@example.com' }),
    );

    wrapper.lang = 'fr';
    await waitUntil(
      () => el.shadowRoot!.textContent.includes(fr.totpScanTitle),
      'the title stayed English',
    );
    expect(qr()).to.equal(
      'Code QR pour ajouter Acme (ada@example.com) à votre application d’authentification',
    );
    await waitUntil(
      () => fieldName(inner()) === fr.totpCodeLabel,
      'the code field kept its English name',
    );
    expect(await inAccessibilityTree('textbox', fr.totpCodeLabel)).to.equal(true);
    expect(el.shadowRoot!.textContent).not.to.include(english.totpScanTitle);
  });

  it('<mfa-action-guard> rewords its open dialog, its accessible name and its code field', async () => {
    const { client } = await account();
    const el = await guard(client);
    el.querySelector<HTMLButtonElement>('#go')!.click();
    const field = await totpPanel(el);
    expect(isOpen(el)).to.equal(true);
    expect(await inAccessibilityTree('dialog', english.actionGuardHeading)).to.equal(true);

    document.documentElement.lang = 'es';
    await waitUntil(
      () => text(guardPart(el, 'heading')) === es.actionGuardHeading,
      'the heading stayed English',
    );
    expect(await inAccessibilityTree('dialog', es.actionGuardHeading)).to.equal(true);
    await waitUntil(
      () => fieldName(field) === es.verifyTotpLabel,
      'the code field kept its English name',
    );
    // The same field in the same open dialog: nothing was re-created.
    expectSameNode(await totpPanel(el), field, 'the code field');
    expect(isOpen(el)).to.equal(true);
  });

  it('a live-region notice already shown is reworded (recovery codes: "Copied")', async () => {
    const setupCodes = await enrolledClient();
    const el = await fixture<MfaRecoveryCodes>(
      html`<mfa-recovery-codes .client=${setupCodes.client}></mfa-recovery-codes>`,
    );
    await waitUntil(() => codesPart(el, 'copy-button') !== null, 'no copy button');
    const clipboard = navigator.clipboard as Clipboard & { writeText: Clipboard['writeText'] };
    clipboard.writeText = async () => undefined;
    try {
      codesPart<HTMLButtonElement>(el, 'copy-button')!.click();
      await waitUntil(() => text(codesPart(el, 'status')) === english.copied, 'never said Copied');
    } finally {
      delete (clipboard as Partial<Clipboard>).writeText;
    }
    document.documentElement.lang = 'de';
    await waitUntil(() => text(codesPart(el, 'status')) === de.copied, 'the status stayed English');
    expect(codesPart(el, 'status')!.getAttribute('role')).to.equal('status');
  });
});
