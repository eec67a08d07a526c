import { expect } from '@open-wc/testing';
import { enrollmentShown, setup } from './support.js';
import { requested } from '../../support/requests.js';

// Its own test file, so it runs in a fresh page where nothing has loaded the encoder yet.
describe('<mfa-totp-enroll> QR encoder loading', function () {
  this.timeout(30_000);

  it('loads the QR encoder only when enrollment data arrives', async () => {
    const { el } = await setup({ manual: true });
    await el.updateComplete;
    expect(customElements.get('mfa-totp-enroll')).to.exist;
    expect(requested('/uqr/')).to.be.false;
    el.start();
    await enrollmentShown(el);
    expect(requested('/uqr/')).to.be.true;
  });
});
