import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { setup } from './support.js';
import { requested } from '../../support/requests.js';

// Its own test file, so it runs in a fresh page where nothing has loaded the encoder yet.
describe('<mfa-totp-enroll> QR encoder preload', function () {
  this.timeout(30_000);

  it('fetches the encoder while enrollTotp() is pending, not after it answered', async () => {
    const { el, client } = await setup({ manual: true });
    // A server that never answers: the QR code cannot be drawn, the encoder is fetched all the same.
    client.enrollTotp = () => new Promise(() => undefined);
    await el.updateComplete;
    expect(requested('/uqr/')).to.be.false;
    el.start();
    await waitUntil(
      () => requested('/uqr/'),
      'the encoder was not fetched while enrollTotp() was pending',
      {
        timeout: 10_000,
      },
    );
    expect(el.shadowRoot?.querySelector('[part="qr-code"]')).to.equal(null);
  });
});
