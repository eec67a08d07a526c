import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import '../../../components/recovery-codes/mfa-recovery-codes.js';
import { MfaRecoveryCodes } from '../../../components/recovery-codes/recovery-codes.js';
import type { MfaRecoveryCodesRegeneratedEvent } from '../../../src/events/mfa-recovery-codes-regenerated.js';
import { enrolledClient, freshMfaToken, part, parts, text } from './helpers.js';
import { english as en } from '../../support/english.js';

/** The real view, held back until `release()`; `failNext` makes that many loads fail first. */
let release: () => void = () => undefined;
let gate: Promise<void> = Promise.resolve();
let failNext = 0;
let loads = 0;

class GatedRecoveryCodes extends MfaRecoveryCodes {
  protected override loadView() {
    loads += 1;
    if (failNext > 0) {
      failNext -= 1;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    }
    return gate.then(() => super.loadView());
  }
}
customElements.define('test-gated-recovery-codes', GatedRecoveryCodes);

function holdViews(): void {
  gate = new Promise<void>((resolve) => (release = resolve));
}

/** Appended by hand: `fixture()` would wait for the view, which is what these tests hold back. */
async function gated(client: MfaRecoveryCodes['client']): Promise<GatedRecoveryCodes> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('test-gated-recovery-codes') as GatedRecoveryCodes;
  el.client = client;
  container.append(el);
  await waitUntil(() => part(el, 'status') !== null, 'nothing was rendered while the view loads');
  return el;
}

describe('<mfa-recovery-codes> lazily loaded view', () => {
  before(async function (this: { timeout(ms: number): void }) {
    // Load axe once, outside any single test's time budget: these machines are shared and busy.
    this.timeout(60_000);
    await expect(await fixture(html`<p>warm-up</p>`)).to.be.accessible();
  });

  beforeEach(() => {
    gate = Promise.resolve();
    failNext = 0;
    loads = 0;
  });

  afterEach(() => release());

  it('shows an accessible loading line until the view arrives, then the view', async () => {
    const setup = await enrolledClient();
    holdViews();
    const el = await gated(setup.client);
    const loading = part(el, 'status')!;
    expect(loading.localName).to.equal('p');
    expect(loading.getAttribute('role')).to.equal('status');
    expect(text(loading)).to.equal(en.loading);
    expect(part(el, 'base')).to.equal(null);
    expect(part(el, 'list')).to.equal(null);
    await expect(el).to.be.accessible();

    release();
    await el.updateComplete;
    await waitUntil(() => parts(el, 'code').length === 10, 'the codes never appeared');
    expect(parts(el, 'code').map((item) => text(item))).to.deep.equal(setup.codes);
    expect(part(el, 'base')).not.to.equal(null);
    expect(loading.isConnected).to.be.false;
    expect(loads).to.equal(1);
    // The view's styles were adopted next to the element's own.
    expect(getComputedStyle(part(el, 'list')!).fontFamily).to.match(/mono/i);
    await expect(el).to.be.accessible();
  });

  it('a public method called before the view arrives waits for it', async () => {
    const setup = await enrolledClient();
    const token = await freshMfaToken(setup);
    holdViews();
    const el = await gated(setup.client);
    const regenerated = oneEvent(el, 'mfa-recovery-codes-regenerated');
    const done = el.regenerate({ mfaToken: token });
    release();
    const event: MfaRecoveryCodesRegeneratedEvent = await regenerated;
    await done;
    await el.updateComplete;
    expect(event.detail).to.deep.equal({ count: 10 });
    const fresh = parts(el, 'code').map((item) => text(item));
    expect(fresh).to.have.length(10);
    for (const code of fresh) expect(setup.codes).not.to.include(code);
    expect(text(part(el, 'status'))).to.equal(en.recoveryCodesRegenerated);
  });

  it('a failed view load shows an alert with Try again, which loads the view', async () => {
    const setup = await enrolledClient();
    failNext = 1;
    const el = await fixture<GatedRecoveryCodes>(
      html`<test-gated-recovery-codes .client=${setup.client}></test-gated-recovery-codes>`,
    );
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.include(en.errorNetwork);
    const retry = part<HTMLButtonElement>(el, 'retry-button')!;
    expect(retry.localName).to.equal('button');
    expect(text(retry)).to.equal(en.tryAgain);
    expect(part(el, 'list')).to.equal(null);
    await expect(el).to.be.accessible();

    retry.focus();
    retry.click();
    await waitUntil(() => parts(el, 'code').length === 10, 'the view never loaded on Try again');
    expect(loads).to.equal(2);
    expect(parts(el, 'code').map((item) => text(item))).to.deep.equal(setup.codes);
    expect(text(part(el, 'error'))).to.equal('');
    expect(part(el, 'retry-button')).to.equal(null);
  });
});
