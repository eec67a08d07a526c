/// <reference types="node" />
// Single-use means single-use across server instances (issue 4, Storage): two server PROCESSES
// (test/server/support/test-server.ts), each with its own pg pool, on one PostgreSQL database.
// A parallel burst of 50 requests carrying one TOTP code / one recovery code / one single-use
// token, split across both instances, must produce exactly one success; and the shared failure
// budget holds across them. Nothing here is coordinated in-process: only the database decides.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { MfaProof, TotpEnrollment } from '../../src/client/types.js';
import { secretFromBase32, timeStep, totpCode } from '../../src/server/totp.js';
import { freshSchema, stopPostgres, type TestSchema } from './support/postgres.js';
import { startServerProcess, type ServerProcess } from './support/server-process.js';

/** Frozen in both instances: they agree on the time step, as NTP-synced machines would. */
const T0 = Date.UTC(2031, 2, 3, 4, 5, 10);
const ACTION = 'test.action';
const BURST = 50;

let db: TestSchema;
let a: ServerProcess;
let b: ServerProcess;
let unique = 0;
const newUser = (prefix: string) => `${prefix}-${process.pid}-${(unique += 1)}`;

before(async () => {
  db = await freshSchema('mfa_multi');
  const env = {
    MFA_TEST_STORE: 'postgres',
    DATABASE_URL: db.url,
    MFA_TEST_PG_OPTIONS: db.poolConfig.options,
    MFA_TEST_NOW: String(T0),
    MFA_TEST_CLOCK_RATE: '0',
  };
  // Started together: their migrations race too (advisory lock in migrations.ts).
  [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
});

after(async () => {
  await Promise.all([a?.kill(), b?.kill()]);
  await db?.drop();
  await stopPostgres();
});

/** Request i goes to instance A when i is even, B when odd — all at once. */
function split<T>(fn: (server: ServerProcess, index: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: BURST }, (_, i) => fn(i % 2 === 0 ? a : b, i)));
}

function tally(results: { status: number; body: any }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status, body } of results) {
    const key = `${status} ${body?.code ?? (body?.ok === true ? 'ok' : '')}`.trim();
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** Enroll on instance A and confirm on instance B. */
async function enrolled(
  user: string,
): Promise<{ secret: Uint8Array; deviceId: string; proof: MfaProof }> {
  const enrollment = await a.call(user, 'POST', 'totp/enroll', {});
  assert.equal(enrollment.status, 201, JSON.stringify(enrollment.body));
  const body = enrollment.body as TotpEnrollment;
  const secret = secretFromBase32(body.secret);
  const confirmed = await b.call(user, 'POST', 'totp/verify', {
    code: totpCode(secret, T0),
    deviceId: body.deviceId,
  });
  assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
  return { secret, deviceId: body.deviceId, proof: confirmed.body };
}

describe('two instances on one PostgreSQL', () => {
  test('both instances are up and share the schema (migrated once)', async () => {
    const client = await db.client();
    try {
      const { rows } = await client.query(
        'SELECT version, count(*)::int AS n FROM mfa_schema_migrations GROUP BY version',
      );
      assert.ok(rows.length >= 1);
      for (const row of rows) assert.equal(row.n, 1);
    } finally {
      await client.end();
    }
    const user = newUser('shared');
    await a.call(user, 'POST', 'totp/enroll', {});
    const seenByB = await b.call(user, 'GET', 'devices');
    assert.equal(seenByB.status, 200);
    assert.equal(seenByB.body.devices.length, 1, 'B sees the device A created');
  });

  test('one TOTP code, 50 parallel requests across both instances: exactly one success', async () => {
    const user = newUser('totp');
    const { secret, deviceId } = await enrolled(user);
    // The confirming code used the current step; the next step's code (inside the ±1 window) is unused.
    const code = totpCode(secret, T0 + 30_000);
    const results = await split((server) =>
      server.call(user, 'POST', 'totp/verify', {
        code,
        token: { singleUse: true },
        action: ACTION,
      }),
    );
    const counts = tally(results);
    assert.equal(counts['200'] ?? 0, 1, `exactly one success: ${JSON.stringify(counts)}`);
    for (const { status, body } of results) {
      if (status !== 200)
        assert.ok(['invalid-code', 'rate-limited'].includes(body.code), JSON.stringify(body));
    }
    const client = await db.client();
    try {
      const { rows } = await client.query('SELECT last_step FROM mfa_totp_devices WHERE id = $1', [
        deviceId,
      ]);
      assert.equal(Number(rows[0].last_step), timeStep(T0 + 30_000));
      const tokens = await client.query(
        'SELECT count(*)::int AS n FROM mfa_tokens WHERE user_id = $1',
        [user],
      );
      assert.equal(tokens.rows[0].n, 1, 'one token issued, by the one success');
    } finally {
      await client.end();
    }
  });

  test('one recovery code, 50 parallel uses across both instances: exactly one success', async () => {
    const user = newUser('recovery');
    await enrolled(user);
    const { body } = await a.call(user, 'GET', 'recovery-codes');
    const code = body.codes[0] as string;
    const results = await split((server) =>
      server.call(user, 'POST', 'recovery-codes/verify', { code }),
    );
    const counts = tally(results);
    assert.equal(counts['200'] ?? 0, 1, `exactly one success: ${JSON.stringify(counts)}`);
    const winner = results.find((r) => r.status === 200)!;
    assert.equal(winner.body.recoveryCodesRemaining, 9);
    const status = await b.call(user, 'GET', 'status');
    assert.equal(status.body.recoveryCodesRemaining, 9);
  });

  test('one single-use token, 50 parallel consumptions across both instances: exactly one success', async () => {
    const user = newUser('token');
    const { secret } = await enrolled(user);
    const proof = await a.call(user, 'POST', 'totp/verify', {
      code: totpCode(secret, T0 + 30_000),
      token: { singleUse: true },
      action: ACTION,
    });
    assert.equal(proof.status, 200, JSON.stringify(proof.body));
    const token = proof.body.token.value as string;
    const results = await split((server) =>
      server.call(user, 'POST', 'tokens/verify', { token, action: ACTION }),
    );
    const successes = results.filter((r) => r.status === 200 && r.body.ok === true);
    assert.equal(successes.length, 1, `exactly one success: ${JSON.stringify(tally(results))}`);
    for (const result of results) {
      if (result !== successes[0])
        assert.ok(result.status >= 400 && result.status < 500, JSON.stringify(result.body));
    }
  });

  test('the failure budget is shared: 50 wrong codes across both instances → 5 checked, 45 locked out', async () => {
    const user = newUser('budget');
    const { secret } = await enrolled(user);
    const right = totpCode(secret, T0 + 30_000);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    const results = await split((server) =>
      server.call(user, 'POST', 'totp/verify', { code: wrong }),
    );
    const counts = tally(results);
    assert.equal(counts['400 invalid-code'], 5, JSON.stringify(counts));
    assert.equal(counts['429 rate-limited'], BURST - 5, JSON.stringify(counts));
    // Locked on both instances, even for the right code.
    for (const server of [a, b]) {
      const locked = await server.call(user, 'POST', 'totp/verify', { code: right });
      assert.equal(locked.status, 429);
      assert.ok(Number(locked.headers.get('retry-after')) > 0);
    }
  });

  test('a dormant enrollment started on A cannot be confirmed on B after the victim enrolled on B', async () => {
    const user = newUser('dormant');
    const attacker = { 'x-test-session': 'attacker' };
    const started = await a.call(user, 'POST', 'totp/enroll', {}, attacker);
    assert.equal(started.status, 201);
    const enrollment = started.body as TotpEnrollment;
    await enrolled(user); // the victim, in session-1, on A then B
    const confirm = await b.call(
      user,
      'POST',
      'totp/verify',
      { code: totpCode(secretFromBase32(enrollment.secret), T0), deviceId: enrollment.deviceId },
      attacker,
    );
    assert.ok(confirm.status >= 400 && confirm.status < 500, JSON.stringify(confirm.body));
    const seen = await a.call(user, 'GET', 'status', undefined, attacker);
    assert.equal(seen.body.pending, 'verify', 'the attacker session proved nothing');
  });

  test('50 sessions confirm their own first-factor enrollments across both instances: one factor', async () => {
    const user = newUser('first');
    const starts = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        (i % 2 === 0 ? a : b).call(user, 'POST', 'totp/enroll', {}, { 'x-test-session': `s${i}` }),
      ),
    );
    const results = await split((server, i) => {
      const enrollment = starts[i].body as TotpEnrollment;
      const code = totpCode(secretFromBase32(enrollment.secret), T0);
      return server.call(
        user,
        'POST',
        'totp/verify',
        { code, deviceId: enrollment.deviceId },
        { 'x-test-session': `s${i}` },
      );
    });
    const counts = tally(results);
    assert.equal(counts['200'] ?? 0, 1, `exactly one factor: ${JSON.stringify(counts)}`);
    const client = await db.client();
    try {
      const { rows } = await client.query(
        'SELECT count(*)::int AS n FROM mfa_totp_devices WHERE user_id = $1 AND verified_at IS NOT NULL',
        [user],
      );
      assert.equal(rows[0].n, 1);
    } finally {
      await client.end();
    }
  });
});
