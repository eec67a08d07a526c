import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import {
  LitElement,
  html as litHtml,
  type ReactiveController,
  type ReactiveControllerHost,
} from 'lit';
import { Countdown } from '../../src/controllers/countdown.js';

/** A bare controller host that counts the re-renders it was asked for. */
function fakeHost(): ReactiveControllerHost & {
  updates: number;
  controllers: ReactiveController[];
} {
  return {
    updates: 0,
    controllers: [],
    addController(controller) {
      this.controllers.push(controller);
    },
    removeController() {},
    requestUpdate() {
      this.updates += 1;
    },
    get updateComplete() {
      return Promise.resolve(true);
    },
  };
}

class CountdownProbe extends LitElement {
  done = 0;
  readonly countdown = new Countdown(this, () => {
    this.done += 1;
  });
  override render() {
    return litHtml`<span>${this.countdown.running ? `Try again in ${this.countdown.remaining}` : 'ready'}</span>`;
  }
}
customElements.define('test-countdown-probe', CountdownProbe);

describe('Countdown', () => {
  it('registers itself with its host and starts idle', () => {
    const host = fakeHost();
    const countdown = new Countdown(host);
    expect(host.controllers).to.deep.equal([countdown]);
    expect(countdown.remaining).to.equal(0);
    expect(countdown.running).to.equal(false);
  });

  it('counts whole seconds down to zero, re-rendering each second, then calls onDone once', async () => {
    const host = fakeHost();
    let done = 0;
    const countdown = new Countdown(host, () => (done += 1));
    countdown.start(2);
    expect(countdown.remaining).to.equal(2);
    expect(countdown.running).to.equal(true);
    expect(host.updates).to.equal(1);
    await waitUntil(() => countdown.remaining === 1, 'never reached 1', {
      timeout: 1500,
      interval: 20,
    });
    expect(done).to.equal(0);
    await waitUntil(() => countdown.remaining === 0, 'never reached 0', {
      timeout: 1500,
      interval: 20,
    });
    expect(countdown.running).to.equal(false);
    expect(done).to.equal(1);
    expect(host.updates).to.equal(3);
    await aTimeout(1100);
    expect(done).to.equal(1);
    expect(host.updates).to.equal(3);
  });

  it('rounds a fractional wait up, so it never says 0 while still waiting', () => {
    const host = fakeHost();
    const countdown = new Countdown(host);
    countdown.start(0.2);
    expect(countdown.remaining).to.equal(1);
    countdown.stop();
  });

  it('ignores zero, negative and non-numeric waits', () => {
    const host = fakeHost();
    let done = 0;
    const countdown = new Countdown(host, () => (done += 1));
    for (const seconds of [0, -5, Number.NaN]) {
      countdown.start(seconds);
      expect(countdown.running, String(seconds)).to.equal(false);
      expect(countdown.remaining).to.equal(0);
    }
    expect(done).to.equal(0);
  });

  it('stop() ends it without calling onDone', async () => {
    const host = fakeHost();
    let done = 0;
    const countdown = new Countdown(host, () => (done += 1));
    countdown.start(1);
    countdown.stop();
    expect(countdown.remaining).to.equal(0);
    expect(countdown.running).to.equal(false);
    await aTimeout(1200);
    expect(done).to.equal(0);
    expect(countdown.remaining).to.equal(0);
  });

  it('starting again replaces the running countdown', async () => {
    const host = fakeHost();
    let done = 0;
    const countdown = new Countdown(host, () => (done += 1));
    countdown.start(1);
    const started = Date.now();
    countdown.start(30);
    expect(countdown.remaining).to.equal(30);
    await aTimeout(1200);
    expect(done).to.equal(0);
    // The 1 s tick has run (its timer is due before this wait's); how many more ran depends on
    // how late a busy machine woke this test.
    const elapsed = (Date.now() - started) / 1000;
    expect(countdown.remaining).to.be.within(Math.min(28, Math.ceil(30 - elapsed)), 29);
    countdown.stop();
  });

  it('re-renders a real element each second and stops when it leaves the page', async () => {
    const el = await fixture<CountdownProbe>(html`<test-countdown-probe></test-countdown-probe>`);
    const text = () => el.shadowRoot!.textContent.trim();
    expect(text()).to.equal('ready');
    el.countdown.start(2);
    await el.updateComplete;
    expect(text()).to.equal('Try again in 2');
    await waitUntil(() => text() === 'Try again in 1', 'did not re-render', {
      timeout: 1500,
      interval: 20,
    });
    el.remove();
    expect(el.countdown.running).to.equal(false);
    await aTimeout(1200);
    expect(el.done).to.equal(0);
  });
});
