import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import {
  LitElement,
  html as litHtml,
  type ReactiveController,
  type ReactiveControllerHost,
} from 'lit';
import { Countdown } from '../../src/controllers/countdown.js';

/** A bare controller host that counts the re-renders it was asked for (and reports each one). */
function fakeHost(onUpdate?: () => void): ReactiveControllerHost & {
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
      onUpdate?.();
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
    // Each re-render as it was asked for, recorded as it happened (a value lasts a second; none is
    // missed however late the test looks): the value, onDone's calls so far, and two wall-clock
    // readings around the controller's own, `from` the test's last one before it and `at` after.
    const renders: Array<{ remaining: number; from: number; at: number; done: number }> = [];
    let done = 0;
    let seen = Date.now();
    const host = fakeHost(() => {
      const at = Date.now();
      renders.push({ remaining: countdown.remaining, from: seen, at, done });
      seen = at;
    });
    const countdown = new Countdown(host, () => (done += 1));
    // Timers run in due order, however late. These two are due just before the controller's
    // wakes (1 s and 2 s after it starts): what they read comes before the wakes' readings.
    void aTimeout(999).then(() => (seen = Date.now()));
    void aTimeout(1999).then(() => (seen = Date.now()));
    const before = Date.now();
    countdown.start(2);
    const after = Date.now();
    // Due with (just after) its first wake, and 20 ms after the end, when its last wake is due.
    const oneSecondIn = aTimeout(1000).then(() => ({
      at: Date.now(),
      remaining: countdown.remaining,
      renders: renders.length,
    }));
    const pastTheEnd = aTimeout(2020).then(() => ({
      remaining: countdown.remaining,
      running: countdown.running,
      done,
    }));
    expect(countdown.remaining).to.equal(2);
    expect(countdown.running).to.equal(true);
    expect(host.updates).to.equal(1);

    const atOneSecond = await oneSecondIn;
    expect(atOneSecond.renders, 'the first wake had run').to.be.at.least(2);
    if (atOneSecond.at < before + 2000) {
      // On time (or less than a second late): it says 1, not yet done.
      expect(atOneSecond.remaining).to.equal(1);
    } else {
      // A second late: 1 may have been skipped, correctly.
      expect(atOneSecond.remaining).to.be.oneOf([0, 1]);
    }
    expect(await pastTheEnd).to.deep.equal({ remaining: 0, running: false, done: 1 });

    // One re-render per whole second shown, 1 missing only when the wake due at 1 s came after
    // the end (checked above), onDone after the last; each shows ceil(seconds left) of a 2 s
    // countdown by the wall clock, read between `from` and `at`.
    const values = renders.map((render) => render.remaining);
    expect([
      [2, 1, 0],
      [2, 0],
    ]).to.deep.include(values);
    if (atOneSecond.remaining === 1) expect(values).to.deep.equal([2, 1, 0]);
    for (const render of renders) {
      const least = Math.max(0, Math.ceil((before + 2000 - render.at) / 1000));
      const most = Math.max(0, Math.ceil((after + 2000 - render.from) / 1000));
      expect(render.remaining, `${render.from - before}-${render.at - before} ms`).to.be.within(
        least,
        most,
      );
    }
    expect(renders.map((render) => render.done)).to.deep.equal(values.map(() => 0));
    expect(host.updates).to.equal(values.length);
    await aTimeout(1100);
    expect(done).to.equal(1);
    expect(host.updates).to.equal(values.length);
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
    const page = el.parentElement!;
    const text = () => el.shadowRoot!.textContent.trim();
    expect(text()).to.equal('ready');
    // Every text it showed, recorded as it rendered. It leaves the page as soon as it says 1: in
    // the task of the tick that drew it, so before the countdown could end, however late.
    const texts: string[] = [];
    let runningOnceRemoved: boolean | undefined;
    const observer = new MutationObserver(() => {
      const shown = text();
      if (shown !== texts.at(-1)) texts.push(shown);
      if (shown === 'Try again in 1' && el.isConnected) {
        el.remove();
        runningOnceRemoved = el.countdown.running;
      }
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    const before = Date.now();
    el.countdown.start(2);
    // Due with (just after) its first wake, and 20 ms after the end: timers fire in due order.
    const oneSecondIn = aTimeout(1000).then(() => Date.now());
    const pastTheEnd = aTimeout(2020);
    await el.updateComplete;
    expect(text()).to.equal('Try again in 2');

    const oneSecondAt = await oneSecondIn;
    if (oneSecondAt < before + 2000 || !el.isConnected) {
      // Its first wake came before the end: it re-rendered to 1 and left the page then.
      expect(el.isConnected, 'it never said "Try again in 1"').to.equal(false);
      expect(runningOnceRemoved).to.equal(false);
      await pastTheEnd;
      expect(el.done).to.equal(0);
      expect(texts).to.deep.equal(['Try again in 2', 'Try again in 1', 'ready']);
    } else {
      // Its first wake came a second late, after the end: it correctly went from 2 to done.
      await pastTheEnd;
      expect(texts).to.deep.equal(['Try again in 2', 'ready']);
      expect(el.done).to.equal(1);
      // Leaving the page must still stop a running countdown: start one and leave at once.
      page.append(el);
      el.countdown.start(2);
      const pastThisEnd = aTimeout(2020);
      el.remove();
      expect(el.countdown.running).to.equal(false);
      await pastThisEnd;
      expect(el.done).to.equal(1);
    }
    observer.disconnect();
  });
});
