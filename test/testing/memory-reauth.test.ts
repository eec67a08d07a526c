// The memory client's re-authentication by emailed code: with `stepUpForFirstFactor` (Dynamic's
// 2026-04 rules) a first factor waits for a proof; the code is single-use, a resend waits for the
// cooldown, wrong codes count against the lockout, and the proof allows exactly one addition.
import { expect } from '@open-wc/testing';
import { MfaError } from '../../src/client/errors.js';
import { createMemoryClient } from '../../src/clients/memory/index.js';
import { ManualClock } from '../../src/clients/memory/manual-clock.js';

async function code(promise: Promise<unknown>): Promise<string | undefined> {
  return promise.then(
    () => undefined,
    (error: unknown) => (error instanceof MfaError ? error.code : String(error)),
  );
}

describe('memory client: re-authentication by emailed code', () => {
  it('a first factor needs the emailed code first; the proof allows one addition', async () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1, 12));
    const client = createMemoryClient({
      now: () => clock.now(),
      stepUpForFirstFactor: true,
      userName: 'lin@example.com',
    });
    expect(await code(client.enrollTotp())).to.equal('step-up-required');
    expect(await client.sendReauthCode!()).to.deep.equal({
      channel: 'email',
      destination: 'l…@example.com',
      resendAfter: 30,
    });
    const sent = client.lastReauthCode()!;
    expect(sent).to.match(/^\d{6}$/);
    expect(
      await code(client.verifyReauthCode!({ code: sent === '000000' ? '000001' : '000000' })),
    ).to.equal('invalid-code');
    expect(await client.verifyReauthCode!({ code: sent })).to.deep.equal({ method: 'email-code' });
    expect(await code(client.verifyReauthCode!({ code: sent }))).to.equal('expired');
    const enrollment = await client.enrollTotp();
    expect(enrollment.deviceId).to.be.a('string');
    // Used up: a second start needs another proof.
    expect(await code(client.enrollPasskey())).to.equal('step-up-required');
  });

  it('without the option the client offers neither method', () => {
    const client = createMemoryClient();
    expect(client.sendReauthCode).to.equal(undefined);
    expect(client.verifyReauthCode).to.equal(undefined);
    expect(client.reauthDestinations).to.equal(undefined);
  });

  it('with reauthPhone a code can be texted: masked number, sms-code proof, one shared wait', async () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1, 12));
    const client = createMemoryClient({
      now: () => clock.now(),
      stepUpForFirstFactor: true,
      userName: 'lin@example.com',
      reauthPhone: '+44 7700 900123',
    });
    expect(await client.reauthDestinations!()).to.deep.equal([
      { channel: 'email', destination: 'l…@example.com' },
      { channel: 'sms', destination: '+44 ••• 23' },
    ]);
    expect(await client.sendReauthCode!({ channel: 'sms' })).to.deep.equal({
      channel: 'sms',
      destination: '+44 ••• 23',
      resendAfter: 30,
    });
    expect(await code(client.sendReauthCode!({ channel: 'email' }))).to.equal('rate-limited');
    expect(await code(client.sendReauthCode!({ channel: 'fax' as 'sms' }))).to.equal(
      'invalid-request',
    );
    const sent = client.lastReauthCode()!;
    expect(await client.verifyReauthCode!({ code: sent })).to.deep.equal({ method: 'sms-code' });
    expect((await client.enrollTotp()).deviceId).to.be.a('string');
  });

  it('without a phone, texting is refused and only email is offered', async () => {
    const client = createMemoryClient({ reauthByEmail: true, userName: 'lin@example.com' });
    expect(await client.reauthDestinations!()).to.deep.equal([
      { channel: 'email', destination: 'l…@example.com' },
    ]);
    expect(await code(client.sendReauthCode!({ channel: 'sms' }))).to.equal('not-enrolled');
    expect(() => createMemoryClient({ reauthPhone: '12' })).to.throw(TypeError);
  });

  it('isStepUpRequired: scopes are looked up like actions, any required one asks', async () => {
    const client = createMemoryClient({ actions: { 'wallet:export': true, 'wallet:sign': false } });
    expect(await client.isStepUpRequired(['wallet:export'])).to.equal(true);
    expect(await client.isStepUpRequired(['wallet:sign'])).to.equal(false);
    expect(await client.isStepUpRequired(['wallet:sign', 'wallet:export'])).to.equal(true);
    expect(await client.isStepUpRequired(['user:update'])).to.equal(false);
    expect(await code(client.isStepUpRequired([]))).to.equal('invalid-request');
    const strict = createMemoryClient({ requireAllActions: true });
    expect(await strict.isStepUpRequired(['user:update'])).to.equal(true);
  });

  it('sending again waits for the cooldown; a scoped request gets a token', async () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1, 12));
    const client = createMemoryClient({
      now: () => clock.now(),
      reauthByEmail: true,
      reauthResendSeconds: 20,
    });
    await client.sendReauthCode!();
    const early = await client.sendReauthCode!().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(early).to.be.instanceOf(MfaError);
    expect((early as MfaError).code).to.equal('rate-limited');
    expect((early as MfaError).retryAfter).to.equal(20);
    clock.advance(20_000);
    await client.sendReauthCode!();
    const proof = await client.verifyReauthCode!({
      code: client.lastReauthCode()!,
      token: { scopes: ['wallet:export'] },
    });
    expect(proof.method).to.equal('email-code');
    expect(proof.token?.scopes).to.deep.equal(['wallet:export']);
  });
});
