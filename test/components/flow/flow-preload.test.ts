import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { account, atStep, flow, parts } from './helpers.js';
import { requested } from '../../support/requests.js';

// Its own test file, so it runs in a fresh page where no enrollment view has loaded yet.
describe('<mfa-flow> enrollment views while the choice is shown', function () {
  this.timeout(30_000);

  it('fetches the view of each method offered before one is picked, and nothing else', async () => {
    const { client } = account();
    const el = await flow(client);
    await atStep(el, 'enroll');
    expect(parts(el, 'choice-button')).to.have.length(2);
    // Nothing picked yet: no nested element has connected to ask for its view.
    expect(el.shadowRoot!.querySelector('mfa-totp-enroll, mfa-passkey-prompt')).to.equal(null);
    await waitUntil(
      () => requested('totp-enroll.view') && requested('passkey-prompt.view'),
      'the offered methods’ views were not fetched while the choice was shown',
      { timeout: 10_000 },
    );
    // The QR encoder waits for an enrollment to start.
    expect(requested('qr-encoder')).to.be.false;
  });
});
