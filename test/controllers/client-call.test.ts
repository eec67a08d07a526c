import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { html as litHtml } from 'lit';
import { MfaError } from '../../src/client/errors.js';
import type { MfaProof, MfaStatus } from '../../src/client/types.js';
import { ClientCall } from '../../src/controllers/client-call.js';
import type { MfaErrorEvent } from '../../src/events/mfa-error.js';
import { MfaClientElement } from '../../src/internal/mfa-client-element.js';
import { english as en } from '../support/english.js';
import {
  createDeferredClient,
  idleStatus,
  type DeferredClient,
} from '../support/deferred-client.js';

/** A test-only element that makes its calls the way every element does: through ClientCall. */
class CallProbe extends MfaClientElement {
  successes: unknown[] = [];
  errors: Array<{ error: MfaError; args: readonly unknown[]; eventSeen: boolean }> = [];
  private eventsSeen = 0;

  readonly verify = new ClientCall<[string], MfaProof>(this, {
    call: (client, [code], signal) => client.verifyTotp({ code, signal }),
    onSuccess: (proof) => this.successes.push(proof),
    onError: (error, args) => this.errors.push({ error, args, eventSeen: this.eventsSeen > 0 }),
  });

  readonly status = new ClientCall<[], MfaStatus>(this, {
    call: (client, [], signal) => client.status({ signal }),
  });

  cancelled: MfaError[] = [];
  readonly passkey = new ClientCall<[], MfaProof>(this, {
    call: (client, [], signal) => client.verifyPasskey({ signal }),
    onError: (error) => this.cancelled.push(error),
    notFailure: (error) => error.code === 'passkey-cancelled',
  });

  constructor() {
    super();
    this.addEventListener('mfa-error', () => {
      this.eventsSeen += 1;
    });
  }

  override render() {
    return litHtml`<p role="status">${this.verify.status}</p>`;
  }
}
customElements.define('test-call-probe', CallProbe);

/** Reads the status on its own, as data-driven views do (`auto`), unless `hold` is set. */
class AutoProbe extends MfaClientElement {
  hold = false;
  mode = 'a';
  readonly read = new ClientCall<[], MfaStatus>(this, {
    call: (client, [], signal) => client.status({ signal }),
    auto: () => !this.hold && [this.mode],
  });
}
customElements.define('test-auto-probe', AutoProbe);

declare global {
  interface HTMLElementTagNameMap {
    'test-call-probe': CallProbe;
    'test-auto-probe': AutoProbe;
  }
}

const proof: MfaProof = { method: 'totp', deviceId: 'dev-1' };

async function probe(client?: DeferredClient): Promise<CallProbe> {
  const el = await fixture<CallProbe>(html`<test-call-probe .client=${client}></test-call-probe>`);
  return el;
}

function collectErrors(target: EventTarget): MfaErrorEvent[] {
  const seen: MfaErrorEvent[] = [];
  target.addEventListener('mfa-error', (event) => seen.push(event as MfaErrorEvent));
  return seen;
}

describe('ClientCall', () => {
  it('starts initial, with no value and no error', async () => {
    const el = await probe(createDeferredClient());
    expect(el.verify.status).to.equal('initial');
    expect(el.verify.pending).to.equal(false);
    expect(el.verify.value).to.equal(undefined);
    expect(el.verify.error).to.equal(undefined);
    expect(el.hasState('pending')).to.equal(false);
  });

  it('passes the arguments and an AbortSignal to the client', async () => {
    const client = createDeferredClient();
    const el = await probe(client);
    void el.verify.run('123456');
    expect(client.calls).to.have.length(1);
    const call = client.last();
    expect(call.method).to.equal('verifyTotp');
    expect((call.input as { code: string }).code).to.equal('123456');
    expect(call.signal).to.be.instanceOf(AbortSignal);
    expect(call.signal?.aborted).to.equal(false);
  });

  it('toggles :state(pending) while a call is under way, and renders from its status', async () => {
    const client = createDeferredClient();
    const el = await probe(client);
    const running = el.verify.run('123456');
    expect(el.verify.pending).to.equal(true);
    expect(el.verify.status).to.equal('pending');
    expect(el.hasState('pending')).to.equal(true);
    expect(el.matches(':state(pending)')).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('pending');

    client.last().resolve(proof);
    await running;
    await el.updateComplete;
    expect(el.verify.status).to.equal('complete');
    expect(el.verify.value).to.deep.equal(proof);
    expect(el.successes).to.deep.equal([proof]);
    expect(el.hasState('pending')).to.equal(false);
    expect(el.matches(':state(pending)')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('complete');
  });

  it('keeps :state(pending) until every overlapping call of the element has settled', async () => {
    const client = createDeferredClient();
    const el = await probe(client);
    const verifying = el.verify.run('123456');
    const loading = el.status.run();
    client.calls[0].resolve(proof);
    await verifying;
    expect(el.hasState('pending')).to.equal(true);
    client.calls[1].resolve(idleStatus);
    await loading;
    expect(el.hasState('pending')).to.equal(false);
  });

  it('aborts the call when the element leaves the page, without firing mfa-error', async () => {
    const client = createDeferredClient();
    const el = await probe(client);
    const onElement = collectErrors(el);
    const onDocument = collectErrors(document);
    const running = el.verify.run('123456');
    const { signal } = client.last();
    el.remove();
    expect(signal?.aborted).to.equal(true);
    await running;
    await aTimeout(0);
    expect(onElement).to.have.length(0);
    expect(onDocument).to.have.length(0);
    expect(el.errors).to.have.length(0);
    expect(el.successes).to.have.length(0);
    expect(el.verify.status).to.not.equal('error');
    expect(el.hasState('pending')).to.equal(false);
  });

  it('ignores a late answer that arrives after the element left', async () => {
    const client = createDeferredClient({ honourAbort: false });
    const el = await probe(client);
    const onElement = collectErrors(el);
    const running = el.verify.run('123456');
    el.remove();
    client.last().reject(new MfaError('invalid-code'));
    await running;
    expect(onElement).to.have.length(0);
    expect(el.errors).to.have.length(0);
    expect(el.verify.value).to.equal(undefined);
  });

  it('starting again aborts the call under way; only the newest result counts', async () => {
    const client = createDeferredClient();
    const el = await probe(client);
    const errors = collectErrors(el);
    const first = el.verify.run('111111');
    const second = el.verify.run('222222');
    expect(client.calls[0].signal?.aborted).to.equal(true);
    expect(client.calls[1].signal?.aborted).to.equal(false);
    client.calls[1].resolve(proof);
    await Promise.all([first, second]);
    expect(errors).to.have.length(0);
    expect(el.verify.status).to.equal('complete');
    expect(el.successes).to.deep.equal([proof]);
  });

  it('abort() cancels the call and fires no error', async () => {
    const client = createDeferredClient();
    const el = await probe(client);
    const errors = collectErrors(el);
    const running = el.verify.run('123456');
    el.verify.abort();
    expect(client.last().signal?.aborted).to.equal(true);
    await running;
    expect(errors).to.have.length(0);
    expect(el.verify.status).to.equal('initial');
    expect(el.hasState('pending')).to.equal(false);
  });

  it('fires mfa-error with plain data: code, translated message, no cause, no code typed', async () => {
    const client = createDeferredClient();
    const el = await probe(client);
    const running = el.verify.run('654321');
    const event = oneEvent(document, 'mfa-error');
    client.last().reject(
      new MfaError('invalid-code', 'server said 654321 is wrong', {
        cause: { body: { code: '654321' } },
      }),
    );
    const fired = await event;
    await running;
    expect(fired.bubbles).to.equal(true);
    expect(fired.composed).to.equal(true);
    expect(fired.detail).to.deep.equal({ code: 'invalid-code', message: en.errorInvalidCode });
    expect(Object.keys(fired.detail).sort()).to.deep.equal(['code', 'message']);
    expect('cause' in fired.detail).to.equal(false);
    expect(JSON.stringify(fired.detail)).to.not.include('654321');
    expect(el.verify.status).to.equal('error');
    expect(el.verify.error).to.be.instanceOf(MfaError);
    expect(el.verify.error!.code).to.equal('invalid-code');
    expect(el.hasState('pending')).to.equal(false);
  });

  it('calls onError after the event, with the mapped error and the arguments', async () => {
    const client = createDeferredClient();
    const el = await probe(client);
    const running = el.verify.run('123456');
    client.last().reject(new MfaError('expired'));
    await running;
    expect(el.errors).to.have.length(1);
    expect(el.errors[0].error.code).to.equal('expired');
    expect(el.errors[0].args).to.deep.equal(['123456']);
    expect(el.errors[0].eventSeen).to.equal(true);
  });

  it('maps platform errors to MfaError codes', async () => {
    const cases: Array<[unknown, string, string]> = [
      [new TypeError('Failed to fetch'), 'network', en.errorNetwork],
      [
        new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'),
        'passkey-cancelled',
        en.errorPasskeyCancelled,
      ],
      [
        new DOMException('nope', 'NotSupportedError'),
        'passkey-unsupported',
        en.errorPasskeyUnsupported,
      ],
      [new RangeError('bad'), 'unknown', en.errorUnknown],
      ['a thrown string', 'unknown', en.errorUnknown],
      [new MfaError('unauthorized'), 'unauthorized', en.errorUnauthorized],
      [new MfaError('already-enrolled'), 'already-enrolled', en.errorAlreadyEnrolled],
    ];
    for (const [thrown, code, message] of cases) {
      const client = createDeferredClient();
      const el = await probe(client);
      const errors = collectErrors(el);
      const running = el.verify.run('123456');
      client.last().reject(thrown);
      await running;
      expect(errors, String(thrown)).to.have.length(1);
      expect(errors[0].detail).to.deep.equal({ code, message });
      expect(el.verify.error).to.be.instanceOf(MfaError);
      expect(el.verify.error!.code).to.equal(code);
    }
  });

  it('reports retryAfter for a rate limit, and says how long in the message', async () => {
    const client = createDeferredClient();
    const el = await probe(client);
    const errors = collectErrors(el);
    const running = el.verify.run('123456');
    client.last().reject(new MfaError('rate-limited', 'locked', { retryAfter: 30 }));
    await running;
    expect(errors[0].detail).to.deep.equal({
      code: 'rate-limited',
      message: en.errorRetryIn({ time: 30 }),
      retryAfter: 30,
    });
    expect(el.verify.error!.retryAfter).to.equal(30);
  });

  it('reset() drops the result (a secret must not outlive its step)', async () => {
    const client = createDeferredClient();
    const el = await probe(client);
    const secretish = { method: 'totp', deviceId: 'dev-secret' } satisfies MfaProof;
    const running = el.verify.run('123456');
    client.last().resolve(secretish);
    await running;
    expect(el.verify.value).to.equal(secretish);
    el.verify.reset();
    expect(el.verify.value).to.equal(undefined);
    await el.updateComplete;
    // Running again starts from scratch.
    const again = el.verify.run('123456');
    expect(el.verify.value).to.equal(undefined);
    client.last().resolve(proof);
    await again;
    expect(el.verify.value).to.deep.equal(proof);
  });

  it('reset() during a call aborts it', async () => {
    const client = createDeferredClient();
    const el = await probe(client);
    const errors = collectErrors(el);
    const running = el.verify.run('123456');
    el.verify.reset();
    expect(client.last().signal?.aborted).to.equal(true);
    await running;
    expect(errors).to.have.length(0);
    expect(el.verify.value).to.equal(undefined);
  });

  it('without a client, fires mfa-error with code unknown and says how to fix it', async () => {
    const el = await probe(undefined);
    const errors = collectErrors(el);
    await el.verify.run('123456');
    expect(errors).to.have.length(1);
    expect(errors[0].detail).to.deep.equal({ code: 'unknown', message: en.errorNoClient });
    expect(el.verify.status).to.equal('error');
    expect(el.verify.error!.code).to.equal('unknown');
    expect(el.errors).to.have.length(1);
    expect(el.hasState('pending')).to.equal(false);
  });

  it('recovers after an error: a later success clears it', async () => {
    const client = createDeferredClient();
    const el = await probe(client);
    const failing = el.verify.run('000000');
    client.last().reject(new MfaError('invalid-code'));
    await failing;
    expect(el.verify.status).to.equal('error');
    const succeeding = el.verify.run('123456');
    client.last().resolve(proof);
    await succeeding;
    await waitUntil(() => el.verify.status === 'complete');
    expect(el.verify.error).to.equal(undefined);
    expect(el.verify.value).to.deep.equal(proof);
  });

  it('fires no mfa-error for an error notFailure accepts, but still ends in error and calls onError', async () => {
    const client = createDeferredClient();
    const el = await probe(client);
    const errors = collectErrors(el);
    let running = el.passkey.run();
    client
      .last()
      .reject(
        new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'),
      );
    await running;
    expect(errors).to.have.length(0);
    expect(el.passkey.status).to.equal('error');
    expect(el.passkey.error!.code).to.equal('passkey-cancelled');
    expect(el.cancelled.map((error) => error.code)).to.deep.equal(['passkey-cancelled']);
    expect(el.hasState('pending')).to.equal(false);
    // Any other error of the same call is still a failure.
    running = el.passkey.run();
    client.last().reject(new MfaError('unauthorized'));
    await running;
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['unauthorized']);
    expect(el.cancelled).to.have.length(2);
  });

  describe('auto', () => {
    it('runs once the connected element has a client, once per connection', async () => {
      const el = await fixture<AutoProbe>(html`<test-auto-probe></test-auto-probe>`);
      expect(el.read.status).to.equal('initial');
      const client = createDeferredClient();
      el.client = client;
      await el.updateComplete;
      expect(client.calls.map((call) => call.method)).to.deep.equal(['status']);
      expect(el.read.pending).to.equal(true);
      client.last().resolve(idleStatus);
      const byHand = el.read.run(); // counts for this connection
      client.last().resolve(idleStatus);
      await byHand;
      el.requestUpdate();
      await el.updateComplete;
      expect(client.calls).to.have.length(2);

      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(client.calls).to.have.length(3);
    });

    it('runs again for a new key, not for a new client, and not while held', async () => {
      const first = createDeferredClient();
      const el = await fixture<AutoProbe>(
        html`<test-auto-probe .client=${first}></test-auto-probe>`,
      );
      expect(first.calls).to.have.length(1);
      first.last().resolve(idleStatus);
      const second = createDeferredClient();
      el.client = second;
      await el.updateComplete;
      expect(second.calls).to.have.length(0);

      el.mode = 'b';
      el.requestUpdate();
      await el.updateComplete;
      expect(second.calls).to.have.length(1);

      el.hold = true;
      el.mode = 'c';
      el.requestUpdate();
      await el.updateComplete;
      expect(second.calls).to.have.length(1);
      el.hold = false;
      el.requestUpdate();
      await el.updateComplete;
      expect(second.calls).to.have.length(2);
    });
  });
});
