// The longest translations (German), other scripts (Japanese, Russian) and right to left (Arabic)
// must fit a 320 px wide phone: no element's content wider than its box, nothing past the edge.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { setViewport } from '@web/test-runner-commands';
import '../../src/i18n/ar.js';
import '../../src/i18n/de.js';
import '../../src/i18n/ja.js';
import '../../src/i18n/ru.js';
import '../../components/recovery-codes/mfa-recovery-codes.js';
import type { MfaRecoveryCodes } from '../../components/recovery-codes/recovery-codes.js';
import { enrolledClient } from '../components/recovery-codes/helpers.js';
import { setup } from '../components/totp-enroll/support.js';

/** Elements (through shadow roots) whose content overflows them sideways, or that reach past the viewport. */
function overflowing(root: ParentNode, width: number, found: string[] = []): string[] {
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const clipsOnPurpose =
      style.overflowX !== 'visible' || style.position === 'absolute' || box.width <= 1;
    if (
      !clipsOnPurpose &&
      element.scrollWidth > element.clientWidth + 1 &&
      element.clientWidth > 0
    ) {
      found.push(
        `${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''} is ${element.scrollWidth}px wide inside ${element.clientWidth}px`,
      );
    }
    if (box.width > 1 && (box.right > width + 1 || box.left < -1))
      found.push(`${element.localName} reaches ${Math.round(box.left)}–${Math.round(box.right)}px`);
    if (element.shadowRoot) overflowing(element.shadowRoot, width, found);
  }
  return found;
}

describe('translations at 320 px', () => {
  before(async () => {
    await setViewport({ width: 320, height: 640 });
  });
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
  });

  it('the check sees an overflow (a long unbreakable word in a narrow box)', async () => {
    const box = await fixture<HTMLElement>(
      html`<div><p>Zwei­Faktor­Authentifizierungs­wiederherstellungs­code</p></div>`,
    );
    const paragraph = box.querySelector('p')!;
    paragraph.style.width = '100px';
    paragraph.style.whiteSpace = 'nowrap';
    paragraph.textContent = 'Zwei-Faktor-Authentifizierungs-Wiederherstellungscode-Bestätigung';
    expect(overflowing(box, 320)).to.have.length.greaterThan(0);
  });

  for (const lang of ['de', 'ru', 'ja', 'ar']) {
    it(`<mfa-totp-enroll> in ${lang} fits`, async () => {
      document.documentElement.lang = lang;
      const { el } = await setup();
      await waitUntil(
        () => el.shadowRoot!.querySelector('svg[part="qr-code"]') !== null,
        'no QR code',
        { timeout: 8000 },
      );
      await el.updateComplete;
      expect(overflowing(el.shadowRoot!, 320)).to.deep.equal([]);
    });

    it(`<mfa-recovery-codes> in ${lang} fits`, async () => {
      document.documentElement.lang = lang;
      const { client } = await enrolledClient();
      const el = await fixture<MfaRecoveryCodes>(
        html`<mfa-recovery-codes .client=${client}></mfa-recovery-codes>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="list"]') !== null, 'no codes', {
        timeout: 8000,
      });
      expect(overflowing(el.shadowRoot!, 320)).to.deep.equal([]);
    });
  }
});
