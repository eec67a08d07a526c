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
