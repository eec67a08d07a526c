import { expect } from '@open-wc/testing';
import { setup } from './support.js';
import { requestFor } from '../../support/requests.js';

// Its own test file, so it runs in a fresh page where nothing has loaded the view or the encoder.
describe('<mfa-totp-enroll> QR encoder beside the view', function () {
  this.timeout(30_000);

  it('requests the encoder with the view, before the view has arrived', async () => {
    // Nothing comes back from the server: only the element itself can have asked for the encoder.
    const { el } = await setup({
      prepare: (client) => {
        client.enrollTotp = () => new Promise(() => undefined);
      },
    });
    await el.updateComplete;
    const view = requestFor('totp-enroll.view');
    const encoder = requestFor('qr-encoder');
    expect(view, 'the view was not requested').to.exist;
    expect(encoder, 'the encoder was not requested beside the view').to.exist;
    // One round trip, not two: the encoder's request started before the view's response ended.
    expect(encoder!.startTime).to.be.below(view!.responseEnd);
  });
});
