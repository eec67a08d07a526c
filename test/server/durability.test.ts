/// <reference types="node" />
// docs/SECURITY.md 22: data survives a restart and an abrupt kill — nothing acknowledged to the browser
// is lost. A real server process (test/server/support/test-server.ts) runs on a PGlite data
// folder; we make changes over HTTP, SIGKILL it the moment the last response has arrived (with
// more requests still in flight), start it again on the same folder, and check that every
// acknowledged change is there and that nothing consumed can be used again.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { MfaProof, MfaStatus, TotpEnrollment } from '../../src/client/types.js';
import { secretFromBase32, totpCode } from '../../src/server/totp.js';
import { startServerProcess, type ServerProcess } from './support/server-process.js';

const dataDir = mkdtempSync(join(tmpdir(), 'mfa-durability-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

/** A frozen clock, the same in every run, so a replayed code is still inside its time window. */
const T0 = Date.UTC(2031, 5, 1, 12, 0, 10);
const ACTION = 'test.action';
const USERS = Array.from({ length: 6 }, (_, i) => `durable-${process.pid}-${i}`);

function start(): Promise<ServerProcess> {
  return startServerProcess({
    MFA_TEST_DATA_DIR: dataDir,
    MFA_TEST_NOW: String(T0),
    MFA_TEST_CLOCK_RATE: '0',
  });
}

interface Acknowledged {
  secret: Uint8Array;
  deviceId: string;
  /** The code that confirmed the enrollment (its step is used up). */
  confirmCode: string;
  recoveryCodes: string[];
  usedRecoveryCode: string;
  consumedToken: string;
  /** Issued and acknowledged, never used: must still work once after the restart. */
  freshToken: string;
}

async function ok<T = any>(
  result: Promise<{ status: number; body: any }>,
  expected: number,
  what: string,
): Promise<T> {
  const { status, body } = await result;
  assert.equal(status, expected, `${what}: ${status} ${JSON.stringify(body)}`);
  return body as T;
}

/** Everything one user does in the first run; every step waits for its acknowledgement. */
async function firstRun(server: ServerProcess, user: string): Promise<Acknowledged> {
  const enrollment = await ok<TotpEnrollment>(
    server.call(user, 'POST', 'totp/enroll', {}),
    201,
    'enroll',
  );
  const secret = secretFromBase32(enrollment.secret);
  const confirmCode = totpCode(secret, T0);
  const proof = await ok<MfaProof>(
    server.call(user, 'POST', 'totp/verify', {
      code: confirmCode,
      deviceId: enrollment.deviceId,
      token: { singleUse: true },
      action: ACTION,
    }),
    200,
    'confirm',
  );
  assert.ok(proof.token?.value);
  const { codes } = await ok<{ codes: string[] }>(
    server.call(user, 'GET', 'recovery-codes'),
    200,
    'recovery codes',
  );
  assert.equal(codes.length, 10);
  await ok(server.call(user, 'POST', 'recovery-codes/acknowledge', {}), 204, 'acknowledge');
  // A recovery code signs in and is used up; the proof carries a second single-use token.
  const usedRecoveryCode = codes[3];
  const recovered = await ok<MfaProof>(
    server.call(user, 'POST', 'recovery-codes/verify', {
      code: usedRecoveryCode,
      token: { singleUse: true },
      action: ACTION,
    }),
    200,
    'recovery sign-in',
  );
  assert.equal(recovered.recoveryCodesRemaining, 9);
  // The first token is consumed by the guarded action.
  const consumed = await ok(
    server.call(user, 'POST', 'tokens/verify', { token: proof.token.value, action: ACTION }),
    200,
    'consume',
  );
  assert.equal(consumed.ok, true);
  return {
    secret,
    deviceId: enrollment.deviceId,
    confirmCode,
    recoveryCodes: codes,
    usedRecoveryCode,
    consumedToken: proof.token.value,
    freshToken: recovered.token!.value,
  };
}

test(
  'every acknowledged change survives SIGKILL, and nothing consumed comes back',
  { timeout: 300_000 },
  async () => {
    // ── run 1: changes, then SIGKILL right after the last acknowledgement ──────────────────────
    let server = await start();
    const state = new Map<string, Acknowledged>();
    try {
      await Promise.all(USERS.map(async (user) => state.set(user, await firstRun(server, user))));
      // More work in flight at the moment of the kill: none of it was acknowledged, so any outcome
      // is allowed, but it must not damage what was.
      for (let i = 0; i < 20; i += 1) {
        void server
          .call(`inflight-${process.pid}-${i}`, 'POST', 'totp/enroll', {})
          .catch(() => undefined);
      }
      await server.kill('SIGKILL');
    } finally {
      await server.kill('SIGKILL');
    }
    assert.equal(server.child.signalCode, 'SIGKILL');

    // ── run 2: everything acknowledged is there ────────────────────────────────────────────────
    server = await start();
    try {
      for (const user of USERS) {
        const saved = state.get(user)!;
        const status = await ok<MfaStatus>(server.call(user, 'GET', 'status'), 200, 'status');
        assert.equal(status.devices.length, 1, `${user}: the enrolled device survived`);
        assert.equal(status.devices[0].id, saved.deviceId);
        assert.equal(status.devices[0].verified, true);
        assert.equal(
          status.recoveryCodesRemaining,
          9,
          `${user}: the used recovery code stays used`,
        );
        assert.notEqual(
          status.pending,
          'acknowledge-recovery-codes',
          `${user}: the acknowledgement survived`,
        );
        assert.notEqual(status.pending, 'enroll');

        // The consumed token stays consumed; the used code stays used; the used TOTP step stays used.
        const again = await server.call(user, 'POST', 'tokens/verify', {
          token: saved.consumedToken,
          action: ACTION,
        });
        assert.ok(
          again.status >= 400 && again.status < 500,
          `${user}: consumed token refused (${again.status})`,
        );
        assert.equal(again.body.ok, undefined);
        const replayedRecovery = await server.call(user, 'POST', 'recovery-codes/verify', {
          code: saved.usedRecoveryCode,
        });
        assert.equal(replayedRecovery.status, 400);
        assert.equal(replayedRecovery.body.code, 'invalid-code');
        const replayedTotp = await server.call(user, 'POST', 'totp/verify', {
          code: saved.confirmCode,
        });
        assert.equal(
          replayedTotp.body.code,
          'invalid-code',
          `${user}: the confirming code cannot be replayed after restart`,
        );

        // The acknowledged-but-unused token works exactly once.
        const fresh = await ok(
          server.call(user, 'POST', 'tokens/verify', { token: saved.freshToken, action: ACTION }),
          200,
          'fresh token',
        );
        assert.equal(fresh.ok, true);
        // Another recovery code works (the set is intact), and its use is acknowledged.
        await ok(
          server.call(user, 'POST', 'recovery-codes/verify', { code: saved.recoveryCodes[7] }),
          200,
          'second recovery code',
        );
      }
      await server.kill('SIGKILL');
    } finally {
      await server.kill('SIGKILL');
    }

    // ── run 3: the second run's acknowledged changes survived its kill too ─────────────────────
    server = await start();
    try {
      for (const user of USERS) {
        const saved = state.get(user)!;
        const status = await ok<MfaStatus>(server.call(user, 'GET', 'status'), 200, 'status');
        assert.equal(
          status.recoveryCodesRemaining,
          8,
          `${user}: both used recovery codes stay used`,
        );
        const fresh = await server.call(user, 'POST', 'tokens/verify', {
          token: saved.freshToken,
          action: ACTION,
        });
        assert.ok(
          fresh.status >= 400 && fresh.status < 500,
          `${user}: the token consumed in run 2 stays consumed`,
        );
        const second = await server.call(user, 'POST', 'recovery-codes/verify', {
          code: saved.recoveryCodes[7],
        });
        assert.equal(second.body.code, 'invalid-code');
      }
      // The server still works for new users after two crashes.
      const newcomer = `durable-new-${process.pid}`;
      const enrollment = await ok<TotpEnrollment>(
        server.call(newcomer, 'POST', 'totp/enroll', {}),
        201,
        'enroll after crashes',
      );
      await ok(
        server.call(newcomer, 'POST', 'totp/verify', {
          code: totpCode(secretFromBase32(enrollment.secret), T0),
          deviceId: enrollment.deviceId,
        }),
        200,
        'confirm after crashes',
      );
      await server.kill('SIGTERM');
      assert.equal(server.child.exitCode, 0, `graceful stop: ${server.stderr()}`);
    } finally {
      await server.kill('SIGKILL');
    }
  },
);
