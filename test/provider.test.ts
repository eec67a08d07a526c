import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import '../components/provider/mfa-provider.js';
import '../components/totp-enroll/mfa-totp-enroll.js';
import type { MfaProvider } from '../components/provider/provider.js';
import type { MfaStatus } from '../src/client/types.js';
import { ClientCall } from '../src/controllers/client-call.js';
import { MfaClientElement } from '../src/internal/mfa-client-element.js';
import { createDeferredClient, idleStatus } from './support/deferred-client.js';

/** A test-only consumer: reads the client from context, and calls it through ClientCall. */
class ContextProbe extends MfaClientElement {
  readonly load = new ClientCall<[], MfaStatus>(this, {
    call: (client, [], signal) => client.status({ signal }),
  });
  override render() {
    return litHtml``;
  }
}
customElements.define('test-context-probe', ContextProbe);

/** An app's own element that renders a real kit element in its shadow root. */
class EnrollPage extends LitElement {
  override render() {
    return litHtml`<section><mfa-totp-enroll></mfa-totp-enroll></section>`;
  }
}
customElements.define('test-enroll-page', EnrollPage);

/** An element that renders a consumer inside its own shadow root. */
class ShadowWrapper extends LitElement {
  override render() {
    return litHtml`<div><test-context-probe></test-context-probe></div>`;
  }
  get probe(): ContextProbe {
    return this.shadowRoot!.querySelector('test-context-probe')!;
  }
}
customElements.define('test-shadow-wrapper', ShadowWrapper);

declare global {
  interface HTMLElementTagNameMap {
    'test-context-probe': ContextProbe;
    'test-shadow-wrapper': ShadowWrapper;
    'test-enroll-page': EnrollPage;
  }
}

describe('mfa-provider', () => {
  it('is accessible and renders only a slot (no box of its own)', async () => {
    const el = await fixture<MfaProvider>(html`<mfa-provider><p>content</p></mfa-provider>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    expect(getComputedStyle(el).display).to.equal('contents');
    expect(el.client).to.equal(undefined);
  });

  it('gives its client to nested elements', async () => {
    const client = createDeferredClient();
    const el = await fixture<MfaProvider>(html`
      <mfa-provider .client=${client}>
        <section><div><test-context-probe></test-context-probe></div></section>
      </mfa-provider>
    `);
    const probe = el.querySelector('test-context-probe')!;
    expect(probe.activeClient).to.equal(client);
    expect(probe.client).to.equal(undefined);
  });

  it("reaches elements inside another element's shadow root", async () => {
    const client = createDeferredClient();
    const el = await fixture<MfaProvider>(html`
      <mfa-provider .client=${client}><test-shadow-wrapper></test-shadow-wrapper></mfa-provider>
    `);
    const wrapper = el.querySelector('test-shadow-wrapper')!;
    await wrapper.updateComplete;
    expect(wrapper.probe.activeClient).to.equal(client);
  });

  it('the calls of nested elements go to the provided client', async () => {
    const client = createDeferredClient();
    const el = await fixture<MfaProvider>(html`
      <mfa-provider .client=${client}><test-context-probe></test-context-probe></mfa-provider>
    `);
    const probe = el.querySelector('test-context-probe')!;
    const running = probe.load.run();
    expect(client.calls.map((call) => call.method)).to.deep.equal(['status']);
    client.last().resolve(idleStatus);
    await running;
    expect(probe.load.value).to.deep.equal(idleStatus);
  });

  it("an element's own .client overrides the provider", async () => {
    const provided = createDeferredClient();
    const own = createDeferredClient();
    const el = await fixture<MfaProvider>(html`
      <mfa-provider .client=${provided}>
        <test-context-probe id="own" .client=${own}></test-context-probe>
        <test-context-probe id="shared"></test-context-probe>
      </mfa-provider>
    `);
    const ownProbe = el.querySelector<ContextProbe>('#own')!;
    const sharedProbe = el.querySelector<ContextProbe>('#shared')!;
    expect(ownProbe.activeClient).to.equal(own);
    expect(sharedProbe.activeClient).to.equal(provided);
    void ownProbe.load.run();
    expect(own.calls).to.have.length(1);
    expect(provided.calls).to.have.length(0);
    // Dropping the own client falls back to the provider's.
    ownProbe.load.abort();
    ownProbe.client = undefined;
    expect(ownProbe.activeClient).to.equal(provided);
  });

  it('changing provider.client updates every consumer, including those in shadow roots', async () => {
    const first = createDeferredClient();
    const second = createDeferredClient();
    const el = await fixture<MfaProvider>(html`
      <mfa-provider .client=${first}>
        <test-context-probe></test-context-probe>
        <test-shadow-wrapper></test-shadow-wrapper>
      </mfa-provider>
    `);
    const direct = el.querySelector('test-context-probe')!;
    const wrapper = el.querySelector('test-shadow-wrapper')!;
    await wrapper.updateComplete;
    expect(direct.activeClient).to.equal(first);
    expect(wrapper.probe.activeClient).to.equal(first);
    el.client = second;
    await el.updateComplete;
    expect(direct.activeClient).to.equal(second);
    expect(wrapper.probe.activeClient).to.equal(second);
  });

  it('the nearest provider wins', async () => {
    const outer = createDeferredClient();
    const inner = createDeferredClient();
    const el = await fixture<MfaProvider>(html`
      <mfa-provider .client=${outer}>
        <test-context-probe id="a"></test-context-probe>
        <mfa-provider .client=${inner}><test-context-probe id="b"></test-context-probe></mfa-provider>
      </mfa-provider>
    `);
    expect(el.querySelector<ContextProbe>('#a')!.activeClient).to.equal(outer);
    expect(el.querySelector<ContextProbe>('#b')!.activeClient).to.equal(inner);
  });

  it('an element added later, or moved under a provider, picks up its client', async () => {
    const client = createDeferredClient();
    const el = await fixture<MfaProvider>(html`<mfa-provider .client=${client}></mfa-provider>`);
    const probe = document.createElement('test-context-probe') as ContextProbe;
    document.body.append(probe);
    expect(probe.activeClient).to.equal(undefined);
    el.append(probe);
    await probe.updateComplete;
    expect(probe.activeClient).to.equal(client);
    probe.remove();
  });

  it('an element outside any provider has no client', async () => {
    const probe = await fixture<ContextProbe>(html`<test-context-probe></test-context-probe>`);
    expect(probe.activeClient).to.equal(undefined);
  });

  it("a real element inside an app element's shadow root gets the client and uses it", async () => {
    const client = createDeferredClient();
    const el = await fixture<MfaProvider>(
      html`<mfa-provider .client=${client}><test-enroll-page></test-enroll-page></mfa-provider>`,
    );
    const page = el.querySelector('test-enroll-page')!;
    await page.updateComplete;
    const enroll = page.shadowRoot!.querySelector('mfa-totp-enroll')!;
    await enroll.updateComplete;
    expect(enroll.activeClient).to.equal(client);
    // <mfa-totp-enroll> starts an enrollment as soon as it has a client.
    expect(client.calls.map((call) => call.method)).to.include('enrollTotp');
  });
});
