import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { MfaTotpEnroll } from '../../../components/totp-enroll/totp-enroll.js';
import { en } from '../../../src/messages/en.js';
import {
  createMemoryClient,
  ManualClock,
  type MemoryMfaClient,
} from '../../../src/clients/memory/index.js';
import { enrollmentShown, part, START } from './support.js';

/** Holds the view's chunk back until `release()`, as a slow network would. */
let gate: { promise: Promise<void>; release: () => void } | undefined;
function closeGate(): () => void {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  gate = { promise, release };
  return release;
}

class SlowViewTotpEnroll extends MfaTotpEnroll {
  protected override loadView() {
    const held = gate?.promise ?? Promise.resolve();
    return held.then(() => super.loadView());
  }
}
customElements.define('test-slow-view-totp-enroll', SlowViewTotpEnroll);

/** The first load of the view fails (offline, a deploy replaced the chunk); later ones work. */
let failuresLeft = 0;
class FlakyViewTotpEnroll extends MfaTotpEnroll {
  protected override loadView() {
    if (failuresLeft > 0) {
      failuresLeft--;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    }
    return super.loadView();
  }
}
customElements.define('test-flaky-view-totp-enroll', FlakyViewTotpEnroll);

function memoryClient(): MemoryMfaClient {
  const clock = new ManualClock(START);
  return createMemoryClient({
    userName: 'ada@example.com',
    issuer: 'Acme',
    now: () => clock.now(),
  });
}

/** The element's own line shown while its view is missing (a `<p>`, not the view's status `<div>`). */
function loadingLine(el: Element): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('p[part="status"]');
}

describe('<mfa-totp-enroll> lazily loaded view', function () {
  this.timeout(30_000);

  afterEach(() => {
    gate?.release();
    gate = undefined;
    failuresLeft = 0;
  });

  it('shows an accessible loading line until its view arrives, then the view starts the enrollment', async () => {
    const release = closeGate();
    const client = memoryClient();
    const el = document.createElement('test-slow-view-totp-enroll') as SlowViewTotpEnroll;
    el.client = client;
    const container = await fixture(html`<div></div>`);
    container.append(el);
    await waitUntil(() => loadingLine(el), 'no loading line');
    const line = loadingLine(el)!;
    expect(line.getAttribute('role')).to.equal('status');
    expect(line.textContent.trim()).to.equal(en.loading);
    expect(el.enrolled).to.be.false;
    expect(el.hasState('pending')).to.be.false;
    expect(el.shadowRoot!.querySelector('mfa-otp-input')).to.be.null;
    // Nothing asks the server for a secret before the view can show it.
    expect((await client.status()).devices).to.have.length(0);
    await expect(el).to.be.accessible();

    release();
    await el.updateComplete;
    expect(loadingLine(el)).to.be.null;
    expect(part(el, 'base')).to.exist;
    await enrollmentShown(el);
    expect((await client.status()).devices).to.have.length(1);
  });

  for (const manual of [true, false]) {
    it(`start() called before the view arrives starts one enrollment once it does (manual: ${manual})`, async () => {
      const release = closeGate();
      const client = memoryClient();
      let enrollments = 0;
      const enrollTotp = client.enrollTotp.bind(client);
      client.enrollTotp = (options) => {
        enrollments++;
        return enrollTotp(options);
      };
      const el = document.createElement('test-slow-view-totp-enroll') as SlowViewTotpEnroll;
      el.manual = manual;
      el.client = client;
      const container = await fixture(html`<div></div>`);
      container.append(el);
      await waitUntil(() => loadingLine(el), 'no loading line');
      el.start();
      release();
      await enrollmentShown(el);
      await el.updateComplete;
      expect(enrollments).to.equal(1);
      expect((await client.status()).devices).to.have.length(1);
    });
  }

  it('a view that failed to load shows an error with Try again, which loads it', async () => {
    failuresLeft = 1;
    const client = memoryClient();
    const el = await fixture<FlakyViewTotpEnroll>(
      html`<test-flaky-view-totp-enroll .client=${client}></test-flaky-view-totp-enroll>`,
    );
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.include(en.errorNetwork);
    const retry = part<HTMLButtonElement>(el, 'retry-button')!;
    expect(retry.textContent.trim()).to.equal(en.tryAgain);
    expect(loadingLine(el)).to.be.null;
    expect((await client.status()).devices).to.have.length(0);
    await expect(el).to.be.accessible();

    retry.focus();
    await sendKeys({ press: 'Enter' });
    await enrollmentShown(el);
    expect(part(el, 'error')!.textContent.trim()).to.equal('');
    expect((await client.status()).devices).to.have.length(1);
  });
});
