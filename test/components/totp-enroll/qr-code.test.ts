import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { create } from '../../../components/totp-enroll/qr-encoder.js';
import {
  QrCodeController,
  QUIET_ZONE,
  modulesToPath,
  renderQrCode,
} from '../../../components/totp-enroll/qr-code.js';
import { decodeQrCode, quietZoneIsLight } from './qr-support.js';

class QrHost extends LitElement {
  readonly qr = new QrCodeController(this);
  override render() {
    return this.qr.symbol
      ? renderQrCode(
          this.qr.symbol,
          'QR code to add Acme (ada@example.com) to your authenticator app',
        )
      : html`<p>none</p>`;
  }
}
customElements.define('qr-test-host', QrHost);

const uri =
  'otpauth://totp/Acme:ada%40example.com?issuer=Acme&secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30';

describe('qr-code', function () {
  // The first drawing loads (and the dev server transforms) the encoder's modules; shared machines are slow.
  this.timeout(30_000);

  it('builds one path of horizontal runs, offset by the quiet zone', () => {
    // 3×3: row 0 = ##., row 1 = .#., row 2 = ###
    const grid = [
      [1, 1, 0],
      [0, 1, 0],
      [1, 1, 1],
    ];
    const matrix = {
      size: 3,
      data: new Uint8Array(grid.flat()),
      get: (r: number, c: number) => grid[r][c],
    };
    expect(modulesToPath(matrix)).to.equal('M4 4h2v1h-2zm1 1h1v1h-1zm-1 1h3v1h-3z');
    expect(modulesToPath(matrix, 0)).to.equal('M0 0h2v1h-2zm1 1h1v1h-1zm-1 1h3v1h-3z');
  });

  it('draws a symbol that decodes back to the text, with a light 4-module quiet zone', async () => {
    const el = await fixture<QrHost>(html`<qr-test-host></qr-test-host>`);
    await el.qr.draw(uri);
    await el.updateComplete;
    const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg[part="qr-code"]')!;
    expect(svg).to.exist;
    const modules = create(uri, { errorCorrectionLevel: 'M' }).modules.size;
    expect(svg.getAttribute('viewBox')).to.equal(
      `0 0 ${modules + 2 * QUIET_ZONE} ${modules + 2 * QUIET_ZONE}`,
    );
    expect(svg.getAttribute('shape-rendering')).to.equal('crispEdges');
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.querySelectorAll('path')).to.have.length(1);
    expect(decodeQrCode(svg)).to.equal(uri);
    expect(quietZoneIsLight(svg)).to.be.true;
    await expect(el).shadowDom.to.be.accessible();
  });

  it('uses error correction level M', async () => {
    const el = await fixture<QrHost>(html`<qr-test-host></qr-test-host>`);
    await el.qr.draw(uri);
    await el.updateComplete;
    const d = el.shadowRoot!.querySelector('path')!.getAttribute('d');
    expect(d).to.equal(modulesToPath(create(uri, { errorCorrectionLevel: 'M' }).modules));
    expect(d).not.to.equal(modulesToPath(create(uri, { errorCorrectionLevel: 'L' }).modules));
  });

  it('decodes at several lengths of text', async () => {
    const el = await fixture<QrHost>(html`<qr-test-host></qr-test-host>`);
    for (const text of ['otpauth://totp/x?secret=AB', `${uri}&image=${'a'.repeat(200)}`]) {
      await el.qr.draw(text);
      await el.updateComplete;
      expect(decodeQrCode(el.shadowRoot!.querySelector<SVGSVGElement>('svg')!)).to.equal(text);
    }
  });

  it('clear() forgets the drawing and wins over a drawing still loading', async () => {
    const el = await fixture<QrHost>(html`<qr-test-host></qr-test-host>`);
    const drawing = el.qr.draw(uri);
    el.qr.clear();
    await drawing;
    await el.updateComplete;
    expect(el.qr.symbol).to.be.undefined;
    expect(el.shadowRoot!.querySelector('svg')).to.be.null;
    await el.qr.draw(uri);
    expect(el.qr.symbol).to.exist;
    el.qr.clear();
    await el.updateComplete;
    expect(el.qr.symbol).to.be.undefined;
    expect(el.shadowRoot!.querySelector('svg')).to.be.null;
  });

  it('a newer draw() wins over an older one', async () => {
    const el = await fixture<QrHost>(html`<qr-test-host></qr-test-host>`);
    const first = el.qr.draw('otpauth://totp/first?secret=AAAA');
    const second = el.qr.draw(uri);
    await Promise.all([first, second]);
    await el.updateComplete;
    expect(decodeQrCode(el.shadowRoot!.querySelector<SVGSVGElement>('svg')!)).to.equal(uri);
  });

  it('reports text too long for a QR code as failed, without throwing', async () => {
    const el = await fixture<QrHost>(html`<qr-test-host></qr-test-host>`);
    await el.qr.draw('x'.repeat(5000));
    expect(el.qr.failed).to.be.true;
    expect(el.qr.symbol).to.be.undefined;
  });
});
