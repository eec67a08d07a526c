import { expect, waitUntil } from '@open-wc/testing';
import { setup } from './support.js';

/** Whether the page has fetched the QR encoder (`uqr`). */
function encoderLoaded(): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes('/uqr/'));
}

// Its own test file, so it runs in a fresh page where nothing has loaded the encoder yet.
describe('<mfa-totp-enroll> QR encoder preload', function () {
  this.timeout(30_000);

  it('fetches the encoder while enrollTotp() is pending, not after it answered', async () => {
    const { el, client } = await setup({ manual: true });
    // A server that never answers: the QR code cannot be drawn, the encoder is fetched all the same.
    client.enrollTotp = () => new Promise(() => undefined);
    await el.updateComplete;
    expect(encoderLoaded()).to.be.false;
    el.start();
    await waitUntil(encoderLoaded, 'the encoder was not fetched while enrollTotp() was pending', {
      timeout: 10_000,
    });
    expect(el.shadowRoot?.querySelector('[part="qr-code"]')).to.equal(null);
  });
});
