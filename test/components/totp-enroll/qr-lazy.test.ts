import { expect } from '@open-wc/testing';
import { enrollmentShown, setup } from './support.js';

/** Whether the page has fetched the QR encoder (`uqr`). */
function encoderLoaded(): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes('/uqr/'));
}

// Its own test file, so it runs in a fresh page where nothing has loaded the encoder yet.
describe('<mfa-totp-enroll> QR encoder loading', function () {
  this.timeout(30_000);

  it('loads the QR encoder only when enrollment data arrives', async () => {
    const { el } = await setup({ manual: true });
    await el.updateComplete;
    expect(customElements.get('mfa-totp-enroll')).to.exist;
    expect(encoderLoaded()).to.be.false;
    el.start();
    await enrollmentShown(el);
    expect(encoderLoaded()).to.be.true;
  });
});
