import { expect } from '@open-wc/testing';
import { account, atStep, flow } from './helpers.js';
import { requested } from '../../support/requests.js';

// Its own test file, so it runs in a fresh page where no enrollment view has loaded yet.
describe('<mfa-flow> enrollment views at the verify step', function () {
  this.timeout(30_000);

  it('fetches no enrollment view for a user who has a method already', async () => {
    const { client } = account();
    await client.setUpTotp({ signOut: true });
    const el = await flow(client);
    await atStep(el, 'verify');
    // The verify step has rendered; give any stray import() a turn before looking.
    await el.updateComplete;
    expect(requested('flow.view')).to.be.true;
    expect(requested('totp-enroll.view')).to.be.false;
    expect(requested('passkey-prompt.view')).to.be.false;
  });
});
