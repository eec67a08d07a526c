import { expect, fixture, html } from '@open-wc/testing';
import '../components/provider/mfa-provider.js';
import type { MfaProvider } from '../components/provider/provider.js';

describe('smoke', () => {
  it('renders a provider', async () => {
    const el = await fixture<MfaProvider>(html`<mfa-provider></mfa-provider>`);
    expect(el.shadowRoot).to.exist;
  });
});
