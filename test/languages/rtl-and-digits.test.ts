// Right-to-left languages lay the kit out right to left while codes, setup keys and recovery
// codes stay left to right in Latin digits; digits typed or pasted in other scripts are accepted.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/otp-input/mfa-otp-input.js';
import '../../components/recovery-codes/mfa-recovery-codes.js';
import type { MfaOtpInput } from '../../components/otp-input/otp-input.js';
import type { MfaRecoveryCodes } from '../../components/recovery-codes/recovery-codes.js';
import { normalizeRecoveryCode } from '../../components/recovery-codes/recovery-code-format.js';
import { messages as ar } from '../../src/i18n/ar.js';
import { latinDigits } from '../../src/internal/latin-digits.js';
import { enrolledClient, part as codesPart } from '../components/recovery-codes/helpers.js';
import { part, setup } from '../components/totp-enroll/support.js';
import { shownDigits } from '../support/otp-digits.js';

const direction = (element: Element) => getComputedStyle(element).direction;
const cells = (field: MfaOtpInput) => [
  ...field.shadowRoot!.querySelectorAll<HTMLElement>('[part~="cell"]'),
];

/** `text` with its Latin digits written in the script whose zero is `zero`. */
const inScript = (text: string, zero: number) =>
  text.replace(/[0-9]/g, (digit) => String.fromCodePoint(zero + Number(digit)));

describe('right-to-left languages', () => {
  it('an Arabic page lays the elements out right to left, with the code cells left to right', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="ar"><mfa-otp-input value="123456"></mfa-otp-input></div>`,
    );
    const field = page.querySelector<MfaOtpInput>('mfa-otp-input')!;
    await field.updateComplete;
    expect(field.hasState('rtl')).to.equal(true);
    expect(direction(field)).to.equal('rtl');
    expect(field.querySelector('input')!.getAttribute('aria-label')).to.equal(ar.otpLabel);
    const row = field.shadowRoot!.querySelector('.cells')!;
    expect(direction(row)).to.equal('ltr');
    const lefts = cells(field).map((cell) => cell.getBoundingClientRect().left);
    expect(lefts).to.deep.equal([...lefts].sort((a, b) => a - b));
    expect(shownDigits(field, field.querySelector('input')!).join('')).to.equal('123456');
  });

  it('<mfa-totp-enroll> in Arabic: text right to left, the setup key left to right', async () => {
    const { el } = await setup();
    el.setAttribute('lang', 'ar');
    await waitUntil(() => part(el, 'secret') !== null, 'no setup key', { timeout: 8000 });
    await waitUntil(() => el.shadowRoot!.textContent.includes(ar.totpScanTitle), 'not in Arabic');
    expect(direction(el)).to.equal('rtl');
    expect(direction(el.shadowRoot!.querySelector('p')!)).to.equal('rtl');
    expect(direction(part(el, 'secret')!)).to.equal('ltr');
  });

  it('recovery codes stay left to right in an RTL language', async () => {
    const { client } = await enrolledClient();
    const page = await fixture<HTMLElement>(
      html`<div lang="he"><mfa-recovery-codes .client=${client}></mfa-recovery-codes></div>`,
    );
    const el = page.querySelector<MfaRecoveryCodes>('mfa-recovery-codes')!;
    await waitUntil(() => codesPart(el, 'list') !== null, 'no codes', { timeout: 8000 });
    expect(direction(el)).to.equal('rtl');
    expect(direction(codesPart(el, 'list')!)).to.equal('ltr');
  });

  it('an explicit dir wins over the language, and a dir change re-renders', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="ar" dir="ltr"><mfa-otp-input></mfa-otp-input></div>`,
    );
    const field = page.querySelector<MfaOtpInput>('mfa-otp-input')!;
    expect(field.hasState('rtl')).to.equal(false);
    expect(direction(field)).to.equal('ltr');
    page.dir = 'rtl';
    await waitUntil(() => field.hasState('rtl'), 'the dir change was missed');
    expect(direction(field)).to.equal('rtl');
    page.removeAttribute('dir');
    page.lang = 'de';
    await waitUntil(() => !field.hasState('rtl'), 'German stayed right to left');
  });
});

describe('native digits', () => {
  const zeros = {
    'Arabic-Indic': 0x0660,
    Persian: 0x06f0,
    Devanagari: 0x0966,
    Bengali: 0x09e6,
    Thai: 0x0e50,
    'full-width': 0xff10,
  };

  it('latinDigits converts every listed script and leaves other characters alone', () => {
    for (const zero of Object.values(zeros))
      expect(latinDigits(inScript('0123456789', zero))).to.equal('0123456789');
    expect(latinDigits('AB-١٢ x')).to.equal('AB-12 x');
  });

  for (const [script, zero] of Object.entries(zeros)) {
    it(`<mfa-otp-input> takes ${script} digits typed on the keyboard as Latin digits`, async () => {
      const field = await fixture<MfaOtpInput>(html`<mfa-otp-input lang="ar"></mfa-otp-input>`);
      field.focus();
      await sendKeys({ type: inScript('123456', zero) });
      await waitUntil(() => field.value.length === 6, `typed ${script} digits were dropped`);
      expect(field.value).to.equal('123456');
      expect(field.complete).to.equal(true);
      expect(shownDigits(field, field.querySelector('input')!).join('')).to.equal('123456');
    });
  }

  it('<mfa-otp-input> takes a pasted Persian code with a space', async () => {
    const field = await fixture<MfaOtpInput>(html`<mfa-otp-input lang="fa"></mfa-otp-input>`);
    field.focus();
    const data = new DataTransfer();
    data.setData('text/plain', inScript('987 654', zeros.Persian));
    field
      .querySelector('input')!
      .dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    await waitUntil(() => field.value === '987654', `got ${field.value}`);
  });

  it('recovery-code entry accepts Arabic-Indic and full-width digits', async () => {
    expect(normalizeRecoveryCode('ab١٢-٣٤ ５６')).to.equal('AB123456');
    const setupCodes = await enrolledClient();
    await setupCodes.client.acknowledgeRecoveryCodes();
    setupCodes.client.signOut();
    const code = setupCodes.codes[0];
    expect(code).to.match(/[0-9]/, 'the test needs a code with digits');
    const el = await fixture<MfaRecoveryCodes>(
      html`<mfa-recovery-codes mode="verify" lang="ar" .client=${setupCodes.client}></mfa-recovery-codes>`,
    );
    await waitUntil(() => codesPart(el, 'input') !== null, 'no field');
    const input = codesPart<HTMLInputElement>(el, 'input')!;
    expect(input.getAttribute('dir')).to.equal('ltr');
    input.focus();
    await sendKeys({ type: inScript(code, zeros['Arabic-Indic']) });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.hasState('verified'), 'the code in Arabic-Indic digits was refused');
  });
});
