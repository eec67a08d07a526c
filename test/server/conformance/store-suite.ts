/// <reference types="node" />
/**
 * The store conformance suite: every driver must pass it unchanged. It checks the domain rules
 * of `MfaStore` (types.ts), above all that every claim/consume is atomic: 50 parallel calls, one
 * winner. What it reads or writes beyond the handler's operations (a user's counter, a token's
 * row, a claimed step…) goes through `db`, plain SQL on the same connection
 * (../support/store-inspection.ts), so those checks hold the schema to the same rules on every
 * driver. Run it with a factory per driver:
 *
 *   storeConformanceSuite('pglite', () => createPgliteStore());
 *
 * Each test uses its own user ids, so one store instance serves the whole suite.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lockAfterFailure, type RateLimitSettings } from '../../../src/server/throttle.js';
import {
  StoreConflictError,
  type CodeAttempt,
  type CodeAttemptResult,
  type CodeClaim,
  type MfaStore,
  type NewPasskey,
  type NewToken,
} from '../../../src/server/store/types.js';
import { inspectStore, type StoreInspection } from '../support/store-inspection.js';

let unique = 0;
/** A fresh id per call, distinct across runs on a persistent database. */
export function uniqueId(prefix: string): string {
  unique += 1;
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${unique}`;
}

const T0 = new Date('2030-01-01T00:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

/** A single-use token of the user, unbound, usable until T0 + 300 s. */
function token(userId: string, tokenHash: string): NewToken {
  return {
    tokenHash,
    userId,
    sessionId: 'elsewhere',
    method: 'totp',
    action: null,
    scopes: [],
    singleUse: true,
    createdAt: T0,
    expiresAt: at(300),
  };
}

/** A plain passkey of the user (single-device, not backed up, no alias). */
function passkey(userId: string, createdAt: Date): NewPasskey {
  return {
    id: uniqueId('pk'),
    userId,
    credentialId: uniqueId('cred'),
    publicKey: 'pk',
    counter: 0,
    transports: [],
    deviceType: 'singleDevice',
    backedUp: false,
    alias: null,
    createdAt,
  };
}

const LIMITS: RateLimitSettings = {
  maxFailures: 5,
  baseDelaySeconds: 30,
  maxDelaySeconds: 900,
  hardLimit: 100,
};

function attempt(
  userId: string,
  claim: CodeClaim,
  options: {
    now?: Date;
    sessionId?: string;
    token?: NewToken | null;
    rateLimit?: RateLimitSettings;
    addFactor?: CodeAttempt['addFactor'];
  } = {},
): CodeAttempt {
  return {
    ...(options.addFactor && { addFactor: options.addFactor }),
    userId,
    now: options.now ?? T0,
    claim,
    rateLimit: options.rateLimit ?? LIMITS,
    success: {
      sessionId: options.sessionId ?? 's1',
      method: claim.kind === 'recovery-code' ? 'recovery-code' : 'totp',
      token: options.token ?? null,
      recoveryCodes: null,
    },
  };
}

function outcomes(results: PromiseSettledResult<CodeAttemptResult>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const result of results) {
    const key =
      result.status === 'fulfilled' ? result.value.outcome : `error ${String(result.reason)}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

async function parallel<T>(
  count: number,
  fn: (index: number) => Promise<T>,
): Promise<PromiseSettledResult<T>[]> {
  return Promise.allSettled(Array.from({ length: count }, (_, index) => fn(index)));
}

export function storeConformanceSuite(driver: string, createStore: () => Promise<MfaStore>): void {
  describe(`MfaStore conformance: ${driver}`, () => {
    let store: MfaStore;
    /** Reads and writes beyond the handler's store operations, in plain SQL on its connection. */
    let db: StoreInspection;
    before(async () => {
      store = await createStore();
      db = inspectStore(store);
    });
    after(async () => {
      await store.close();
    });

    describe('users and throttling', () => {
      test('ensureUser is idempotent and starts unlocked', async () => {
        const userId = uniqueId('user');
        const first = await db.ensureUser(userId, T0);
        const second = await db.ensureUser(userId, at(5));
        assert.deepEqual(first, second);
        assert.equal(first.failures, 0);
        assert.equal(first.lockedUntil, null);
        assert.equal(first.hardLocked, false);
        assert.equal(await db.getUser(uniqueId('nobody')), null);
      });

      test('ensureWebauthnUserId keeps the first handle', async () => {
        const userId = uniqueId('user');
        assert.equal(await store.ensureWebauthnUserId(userId, 'handle-a', T0), 'handle-a');
        assert.equal(await store.ensureWebauthnUserId(userId, 'handle-b', T0), 'handle-a');
      });

      test('countAttempt counts before the check and refuses while locked', async () => {
        const userId = uniqueId('user');
        assert.deepEqual(await db.countAttempt(userId, T0), { allowed: true, failures: 1 });
        assert.deepEqual(await db.countAttempt(userId, T0), { allowed: true, failures: 2 });
        await db.lockUser(userId, { until: at(30) });
        const locked = await db.countAttempt(userId, at(10));
        assert.equal(locked.allowed, false);
        assert.equal(!locked.allowed && locked.lockedUntil?.getTime(), at(30).getTime());
        assert.equal((await db.getUser(userId))?.failures, 2, 'a refused attempt is not counted');
        assert.deepEqual(await db.countAttempt(userId, at(30)), { allowed: true, failures: 3 });
        await store.resetFailures(userId);
        assert.deepEqual(await db.countAttempt(userId, at(31)), { allowed: true, failures: 1 });
      });

      test('a hard lock holds until resetThrottle', async () => {
        const userId = uniqueId('user');
        await db.countAttempt(userId, T0);
        await db.lockUser(userId, { hard: true });
        const refused = await db.countAttempt(userId, at(86_400 * 365));
        assert.equal(refused.allowed, false);
        assert.equal(!refused.allowed && refused.hardLocked, true);
        await store.resetThrottle(userId);
        assert.deepEqual(await db.countAttempt(userId, T0), { allowed: true, failures: 1 });
      });

      test('50 parallel attempts are each counted once', async () => {
        const userId = uniqueId('user');
        await db.ensureUser(userId, T0);
        const results = await parallel(50, () => db.countAttempt(userId, T0));
        const counts = results.map((r) =>
          r.status === 'fulfilled' && r.value.allowed ? r.value.failures : -1,
        );
        assert.deepEqual(
          [...counts].sort((a, b) => a - b),
          Array.from({ length: 50 }, (_, i) => i + 1),
        );
      });

      test('a transaction that throws leaves nothing behind', async () => {
        const userId = uniqueId('user');
        await db.ensureUser(userId, T0);
        await assert.rejects(
          store.transaction(async (tx) => {
            await inspectStore(tx).countAttempt(userId, T0);
            throw new Error('boom');
          }),
          /boom/,
        );
        assert.equal((await db.getUser(userId))?.failures, 0);
      });
    });

    describe('TOTP devices', () => {
      const newDevice = (userId: string, id = uniqueId('totp')) => ({
        id,
        userId,
        alias: null,
        secretSealed: 'v1:sealed',
        createdAt: T0,
        sessionId: 's1',
        expiresAt: at(3600),
      });

      test('a step is accepted once, and only later steps after it', async () => {
        const userId = uniqueId('user');
        const device = await store.createTotpDevice(newDevice(userId));
        assert.equal(device.verifiedAt, null);
        assert.equal(device.lastStep, null);
        const claimed = await db.claimTotpStep(userId, device.id, 100, at(1));
        assert.equal(claimed?.lastStep, 100);
        assert.equal(
          claimed?.verifiedAt?.getTime(),
          at(1).getTime(),
          'the first accepted step confirms enrollment',
        );
        assert.equal(
          await db.claimTotpStep(userId, device.id, 100, at(2)),
          null,
          'same step again',
        );
        assert.equal(await db.claimTotpStep(userId, device.id, 99, at(2)), null, 'an earlier step');
        const later = await db.claimTotpStep(userId, device.id, 101, at(3));
        assert.equal(later?.lastStep, 101);
        assert.equal(later?.verifiedAt?.getTime(), at(1).getTime(), 'verification time is kept');
      });

      test('another user cannot claim a step on the device', async () => {
        const userId = uniqueId('user');
        const device = await store.createTotpDevice(newDevice(userId));
        assert.equal(await db.claimTotpStep(uniqueId('intruder'), device.id, 5, T0), null);
      });

      test('50 parallel claims of one step: exactly one wins', async () => {
        const userId = uniqueId('user');
        const device = await store.createTotpDevice(newDevice(userId));
        const results = await parallel(50, () => db.claimTotpStep(userId, device.id, 7, T0));
        const wins = results.filter((r) => r.status === 'fulfilled' && r.value !== null);
        assert.equal(wins.length, 1);
        assert.ok(results.every((r) => r.status === 'fulfilled'));
      });

      test('a second verified device is a conflict; unverified ones can be dropped', async () => {
        const userId = uniqueId('user');
        const first = await store.createTotpDevice(newDevice(userId));
        await db.claimTotpStep(userId, first.id, 1, T0);
        const second = await store.createTotpDevice(newDevice(userId));
        await assert.rejects(db.claimTotpStep(userId, second.id, 1, T0), StoreConflictError);
        assert.equal(
          await store.deleteUnverifiedTotpDevices(userId, { sessionId: 's1', now: T0 }),
          1,
        );
        const devices = await store.listTotpDevices(userId);
        assert.deepEqual(
          devices.map((d) => d.id),
          [first.id],
        );
      });

      test('deleteDevice deletes only the owner’s device', async () => {
        const userId = uniqueId('user');
        const device = await store.createTotpDevice(newDevice(userId));
        assert.equal(await store.deleteDevice(uniqueId('intruder'), device.id), false);
        assert.equal(await store.deleteDevice(userId, device.id), true);
        assert.deepEqual(await store.listTotpDevices(userId), []);
      });
    });

    describe('passkeys', () => {
      const newPasskey = (userId: string) => ({
        id: uniqueId('pk'),
        userId,
        credentialId: uniqueId('cred'),
        publicKey: 'pQECAyYgASFYIA',
        counter: 3,
        transports: ['internal', 'hybrid'],
        deviceType: 'multiDevice',
        backedUp: true,
        alias: 'Laptop',
        createdAt: T0,
      });

      test('round trip, lookup by credential id, duplicate refused', async () => {
        const userId = uniqueId('user');
        const passkey = newPasskey(userId);
        const created = await store.createPasskey(passkey);
        assert.deepEqual(created, { ...passkey, lastUsedAt: null });
        assert.deepEqual(await store.findPasskeyByCredentialId(passkey.credentialId), created);
        assert.deepEqual(await store.listPasskeys(userId), [created]);
        await assert.rejects(
          store.createPasskey({ ...newPasskey(userId), credentialId: passkey.credentialId }),
          StoreConflictError,
        );
        assert.equal(await store.findPasskeyByCredentialId('unknown'), null);
      });

      test('recordPasskeyUse is conditional on the previous counter', async () => {
        const userId = uniqueId('user');
        const passkey = await store.createPasskey(newPasskey(userId));
        const results = await parallel(20, () =>
          store.recordPasskeyUse(passkey.id, {
            previousCounter: 3,
            counter: 4,
            backedUp: false,
            now: at(9),
          }),
        );
        assert.equal(results.filter((r) => r.status === 'fulfilled' && r.value).length, 1);
        const stored = await store.findPasskeyByCredentialId(passkey.credentialId);
        assert.equal(stored?.counter, 4);
        assert.equal(stored?.backedUp, false);
        assert.equal(stored?.lastUsedAt?.getTime(), at(9).getTime());
      });
    });

    describe('recovery codes', () => {
      const codeSet = (userId: string, hashes: string[]) => ({
        userId,
        salt: 'salt',
        hashes,
        pendingSealed: 'v1:pending',
        now: T0,
      });

      test('consumed once; replacing the set invalidates the old one', async () => {
        const userId = uniqueId('user');
        await store.replaceRecoveryCodes(codeSet(userId, ['h1', 'h2', 'h3']));
        assert.equal(await db.countUnusedRecoveryCodes(userId), 3);
        assert.equal(await db.consumeRecoveryCode(userId, 'h1', at(1)), true);
        assert.equal(await db.consumeRecoveryCode(userId, 'h1', at(2)), false);
        assert.equal(await db.consumeRecoveryCode(uniqueId('intruder'), 'h2', at(2)), false);
        assert.equal(await db.countUnusedRecoveryCodes(userId), 2);
        await store.replaceRecoveryCodes(codeSet(userId, ['h4']));
        assert.equal(await db.consumeRecoveryCode(userId, 'h2', at(3)), false);
        assert.equal(await db.countUnusedRecoveryCodes(userId), 1);
      });

      test('50 parallel uses of one code: exactly one wins', async () => {
        const userId = uniqueId('user');
        await store.replaceRecoveryCodes(codeSet(userId, ['only']));
        const results = await parallel(50, () => db.consumeRecoveryCode(userId, 'only', T0));
        assert.equal(results.filter((r) => r.status === 'fulfilled' && r.value).length, 1);
      });

      test('acknowledging drops the sealed plaintext, once', async () => {
        const userId = uniqueId('user');
        await store.replaceRecoveryCodes(codeSet(userId, ['a']));
        const pending = await db.getUser(userId);
        assert.equal(pending?.recoveryPendingSealed, 'v1:pending');
        assert.equal(pending?.recoveryAcknowledgedAt, null);
        assert.equal(await store.acknowledgeRecoveryCodes(userId, at(1)), true);
        assert.equal(await store.acknowledgeRecoveryCodes(userId, at(2)), false);
        const acknowledged = await db.getUser(userId);
        assert.equal(acknowledged?.recoveryPendingSealed, null);
        assert.equal(acknowledged?.recoveryAcknowledgedAt?.getTime(), at(1).getTime());
        await store.deleteRecoveryCodes(userId);
        assert.equal(await db.countUnusedRecoveryCodes(userId), 0);
        assert.equal((await db.getUser(userId))?.recoverySalt, null);
      });
    });

    describe('WebAuthn challenges', () => {
      const challengeFor = (userId: string, sessionId: string) => ({
        challenge: uniqueId('challenge'),
        userId,
        sessionId,
        purpose: 'authentication' as const,
        createdAt: T0,
        expiresAt: at(300),
      });

      test('single-use, owner-bound, expiring', async () => {
        const userId = uniqueId('user');
        const challenge = challengeFor(userId, 's1');
        await store.createChallenge(challenge);
        const owner = { userId, sessionId: 's1', purpose: 'authentication' as const };
        assert.equal(
          await store.consumeChallenge(challenge.challenge, { ...owner, sessionId: 's2' }, at(1)),
          null,
        );
        assert.equal(
          await store.consumeChallenge(
            challenge.challenge,
            { ...owner, purpose: 'registration' },
            at(1),
          ),
          null,
        );
        assert.equal(
          await store.consumeChallenge(challenge.challenge, { ...owner, userId: 'other' }, at(1)),
          null,
        );
        const used = await store.consumeChallenge(challenge.challenge, owner, at(1));
        assert.equal(used?.challenge, challenge.challenge);
        assert.equal(await store.consumeChallenge(challenge.challenge, owner, at(2)), null);

        const expiring = challengeFor(userId, 's1');
        await store.createChallenge(expiring);
        assert.equal(await store.consumeChallenge(expiring.challenge, owner, at(300)), null);
        await store.deleteStaleChallenges(userId, at(301));
      });

      test('50 parallel uses of one challenge: exactly one wins', async () => {
        const userId = uniqueId('user');
        const challenge = challengeFor(userId, 's');
        await store.createChallenge(challenge);
        const owner = { userId, sessionId: 's', purpose: 'authentication' as const };
        const results = await parallel(50, () =>
          store.consumeChallenge(challenge.challenge, owner, at(1)),
        );
        assert.equal(results.filter((r) => r.status === 'fulfilled' && r.value !== null).length, 1);
      });
    });

    describe('adding a factor is decided when it is committed (docs/SECURITY.md 27)', () => {
      const pending = (userId: string, sessionId = 's1', expiresAt = at(300)) => ({
        id: uniqueId('totp'),
        userId,
        alias: null,
        secretSealed: 'v1:x',
        createdAt: T0,
        sessionId,
        expiresAt,
      });
      const passkey = (userId: string) => ({
        id: uniqueId('pk'),
        userId,
        credentialId: uniqueId('cred'),
        publicKey: 'AA',
        counter: 0,
        transports: [],
        deviceType: 'singleDevice',
        backedUp: false,
        alias: null,
        createdAt: T0,
      });
      const confirm = (
        userId: string,
        deviceId: string,
        options: Parameters<typeof attempt>[2] = {},
      ) =>
        store.attemptCode(
          attempt(userId, { kind: 'totp', deviceId, step: 1 }, { now: at(10), ...options }),
        );

      test("another session's enrollment, or an expired one, is refused untried and uncounted", async () => {
        const userId = uniqueId('user');
        const theirs = await store.createTotpDevice(pending(userId, 'attacker'));
        assert.deepEqual(await confirm(userId, theirs.id, { sessionId: 'victim' }), {
          outcome: 'refused',
          reason: 'enrollment-expired',
        });
        const old = await store.createTotpDevice(pending(userId, 's1', at(5)));
        assert.deepEqual(await confirm(userId, old.id), {
          outcome: 'refused',
          reason: 'enrollment-expired',
        });
        assert.equal((await db.getUser(userId))?.failures, 0);
        assert.ok(
          (await store.listTotpDevices(userId)).every(
            (device) => device.verifiedAt === null && device.lastStep === null,
          ),
        );
      });

      test('once the account has a factor: refused without a fresh proof; a fresh session or a device.add token passes', async () => {
        const userId = uniqueId('user');
        const device = await store.createTotpDevice(pending(userId));
        await store.createPasskey(passkey(userId)); // someone added a factor after the enrollment started
        assert.deepEqual(await confirm(userId, device.id), {
          outcome: 'refused',
          reason: 'fresh-proof-required',
        });
        const stale = { addFactor: { freshSince: at(5), tokenHash: null } };
        await store.markSessionVerified({
          userId,
          sessionId: 's1',
          verifiedAt: at(1),
          method: 'passkey',
        });
        assert.deepEqual(await confirm(userId, device.id, stale), {
          outcome: 'refused',
          reason: 'fresh-proof-required',
        });
        const wrongAction = { ...token(userId, uniqueId('t')), action: 'wallet.export' };
        await store.createToken(wrongAction);
        assert.deepEqual(
          await confirm(userId, device.id, {
            addFactor: { freshSince: at(5), tokenHash: wrongAction.tokenHash },
          }),
          {
            outcome: 'refused',
            reason: 'fresh-proof-required',
          },
        );
        const addToken = { ...token(userId, uniqueId('t')), action: 'device.add' };
        await store.createToken(addToken);
        const withToken = { addFactor: { freshSince: at(5), tokenHash: addToken.tokenHash } };
        assert.equal((await confirm(userId, device.id, withToken)).outcome, 'success');
        assert.ok(
          (await db.findToken(addToken.tokenHash))?.consumedAt,
          'the token is spent with the commit',
        );
        assert.equal((await db.findToken(wrongAction.tokenHash))?.consumedAt, null);
      });

      test('a wrong code with a usable token spends neither the token nor the enrollment', async () => {
        const userId = uniqueId('user');
        const device = await store.createTotpDevice(pending(userId));
        await store.createPasskey(passkey(userId));
        const addToken = { ...token(userId, uniqueId('t')), action: null };
        await store.createToken(addToken);
        const result = await store.attemptCode(
          attempt(
            userId,
            { kind: 'none' },
            { now: at(10), addFactor: { freshSince: at(5), tokenHash: addToken.tokenHash } },
          ),
        );
        assert.equal(result.outcome, 'failure');
        assert.equal((await db.findToken(addToken.tokenHash))?.consumedAt, null);
        assert.equal(
          (await store.listTotpDevices(userId)).find((d) => d.id === device.id)?.verifiedAt,
          null,
        );
      });

      test('a first factor removes every other pending enrollment and registration challenge; its recovery set is written', async () => {
        const userId = uniqueId('user');
        const mine = await store.createTotpDevice(pending(userId, 's1'));
        await store.createTotpDevice(pending(userId, 'other'));
        const challenge = uniqueId('ch');
        await store.createChallenge({
          challenge,
          userId,
          sessionId: 'other',
          purpose: 'registration',
          createdAt: T0,
          expiresAt: at(300),
          issuedUnder: 'first-factor',
        });
        const first = attempt(
          userId,
          { kind: 'totp', deviceId: mine.id, step: 1 },
          { now: at(10) },
        );
        first.success.recoveryCodes = { salt: 's', hashes: ['h1'], pendingSealed: null };
        assert.equal((await store.attemptCode(first)).outcome, 'success');
        assert.deepEqual(
          (await store.listTotpDevices(userId)).map((d) => d.id),
          [mine.id],
        );
        assert.equal(
          await store.consumeChallenge(
            challenge,
            { userId, sessionId: 'other', purpose: 'registration' },
            at(11),
          ),
          null,
        );
        assert.equal(await db.countUnusedRecoveryCodes(userId), 1);
      });

      test('a confirmation that is not the first factor never replaces the recovery codes', async () => {
        const userId = uniqueId('user');
        await store.replaceRecoveryCodes({
          userId,
          salt: 'kept',
          hashes: ['k1', 'k2'],
          pendingSealed: null,
          now: T0,
        });
        await store.createPasskey(passkey(userId));
        const device = await store.createTotpDevice(pending(userId));
        const late = attempt(
          userId,
          { kind: 'totp', deviceId: device.id, step: 1 },
          { now: at(10), addFactor: { freshSince: T0, tokenHash: null } },
        );
        late.success.recoveryCodes = { salt: 'new', hashes: ['n1'], pendingSealed: null };
        await store.markSessionVerified({
          userId,
          sessionId: 's1',
          verifiedAt: at(2),
          method: 'passkey',
        });
        assert.equal((await store.attemptCode(late)).outcome, 'success');
        assert.equal((await db.getUser(userId))?.recoverySalt, 'kept');
        assert.equal(await db.countUnusedRecoveryCodes(userId), 2);
      });

      test('50 sessions confirm their own first-factor enrollments at once: exactly one becomes a factor', async () => {
        const userId = uniqueId('user');
        const devices = await Promise.all(
          Array.from({ length: 50 }, (_, i) => store.createTotpDevice(pending(userId, `s${i}`))),
        );
        const results = await Promise.all(
          devices.map((device, i) => confirm(userId, device.id, { sessionId: `s${i}` })),
        );
        assert.equal(
          results.filter((r) => r.outcome === 'success').length,
          1,
          JSON.stringify(results.map((r) => r.outcome)),
        );
        // The rest are refused (a factor exists now) or find their enrollment already removed by
        // the winner's first-factor clean-up (a failed claim, as for any unknown device, which
        // soon locks the account): none of them added a factor.
        assert.equal(
          (await store.listTotpDevices(userId)).filter((d) => d.verifiedAt !== null).length,
          1,
        );
      });

      test('lockForFactorChange reads the account under the row lock, only inside a transaction', async () => {
        const userId = uniqueId('user');
        await assert.rejects(store.lockForFactorChange(userId, 's1', T0));
        const empty = await store.transaction((tx) => tx.lockForFactorChange(userId, 's1', T0));
        assert.deepEqual(empty, {
          hasFactor: false,
          sessionVerifiedAt: null,
          recoveryPending: false,
        });
        await store.createPasskey(passkey(userId));
        await store.markSessionVerified({
          userId,
          sessionId: 's1',
          verifiedAt: at(3),
          method: 'passkey',
        });
        await store.replaceRecoveryCodes({
          userId,
          salt: 's',
          hashes: ['h'],
          pendingSealed: null,
          now: T0,
        });
        assert.deepEqual(
          await store.transaction((tx) => tx.lockForFactorChange(userId, 's1', T0)),
          {
            hasFactor: true,
            sessionVerifiedAt: at(3),
            recoveryPending: true,
          },
        );
      });

      test("deleteUnverifiedTotpDevices takes this session's and expired enrollments, never another session's live one", async () => {
        const userId = uniqueId('user');
        const mine = await store.createTotpDevice(pending(userId, 's1'));
        const theirs = await store.createTotpDevice(pending(userId, 's2'));
        const expired = await store.createTotpDevice(pending(userId, 's3', at(1)));
        assert.equal(
          await store.deleteUnverifiedTotpDevices(userId, { sessionId: 's1', now: at(2) }),
          2,
        );
        const left = (await store.listTotpDevices(userId)).map((d) => d.id);
        assert.deepEqual(left, [theirs.id]);
        assert.ok(!left.includes(mine.id) && !left.includes(expired.id));
      });
    });

    describe('code attempts (attemptCode: one atomic statement)', () => {
      const device = (userId: string) => ({
        id: uniqueId('totp'),
        userId,
        alias: null,
        secretSealed: 'v1:x',
        createdAt: T0,
        sessionId: 's1',
        expiresAt: at(3600),
      });

      test('a TOTP claim: success once per step, replay counted; the user row is created when missing', async () => {
        const userId = uniqueId('user');
        const totp = await store.createTotpDevice(device(userId));
        assert.equal(await db.getUser(userId), null);
        const won = await store.attemptCode(
          attempt(userId, { kind: 'totp', deviceId: totp.id, step: 40 }),
        );
        assert.deepEqual(won, { outcome: 'success', recoveryCodesRemaining: null });
        const [stored] = await store.listTotpDevices(userId);
        assert.equal(stored?.lastStep, 40);
        assert.equal(
          stored?.verifiedAt?.getTime(),
          T0.getTime(),
          'the first claim confirms the enrollment',
        );
        const replay = await store.attemptCode(
          attempt(userId, { kind: 'totp', deviceId: totp.id, step: 40 }),
        );
        assert.deepEqual(replay, { outcome: 'failure', failures: 1, locked: false });
        assert.equal(
          (await store.attemptCode(attempt(userId, { kind: 'totp', deviceId: totp.id, step: 39 })))
            .outcome,
          'failure',
        );
        const later = await store.attemptCode(
          attempt(userId, { kind: 'totp', deviceId: totp.id, step: 41 }, { now: at(30) }),
        );
        assert.equal(later.outcome, 'success');
        assert.equal((await db.getUser(userId))?.failures, 0, 'a success resets the counter');
        assert.equal(
          (
            await store.attemptCode(
              attempt(uniqueId('intruder'), { kind: 'totp', deviceId: totp.id, step: 50 }),
            )
          ).outcome,
          'failure',
          'another user cannot claim the device',
        );
      });

      test('a success writes the session and the token in the same statement; a failure writes neither', async () => {
        const userId = uniqueId('user');
        const totp = await store.createTotpDevice({ ...device(userId), sessionId: 's9' });
        const token = (hash: string): NewToken => ({
          tokenHash: hash,
          userId,
          sessionId: 's9',
          method: 'totp',
          action: 'wallet.export',
          scopes: ['a:b'],
          singleUse: true,
          createdAt: T0,
          expiresAt: at(300),
        });
        const stale = { ...token(uniqueId('stale')), createdAt: at(-600), expiresAt: at(-1) };
        await store.createToken(stale);
        const failedHash = uniqueId('hash');
        await store.attemptCode(
          attempt(userId, { kind: 'none' }, { sessionId: 's9', token: token(failedHash) }),
        );
        assert.equal(await db.findToken(failedHash), null);
        assert.equal(await db.getSession(userId, 's9'), null);
        const hash = uniqueId('hash');
        await store.attemptCode(
          attempt(
            userId,
            { kind: 'totp', deviceId: totp.id, step: 3 },
            { sessionId: 's9', token: token(hash) },
          ),
        );
        assert.deepEqual(await db.findToken(hash), { ...token(hash), consumedAt: null });
        assert.deepEqual(await db.getSession(userId, 's9'), {
          userId,
          sessionId: 's9',
          verifiedAt: T0,
          method: 'totp',
        });
        assert.equal(
          await db.findToken(stale.tokenHash),
          null,
          'expired tokens are dropped on the way',
        );
      });

      test('confirming a first factor stores its recovery-code set; a second verified device is a conflict that changes nothing', async () => {
        const userId = uniqueId('user');
        const first = await store.createTotpDevice(device(userId));
        const withSet = attempt(userId, { kind: 'totp', deviceId: first.id, step: 1 });
        withSet.success.recoveryCodes = {
          salt: 'salt-1',
          hashes: ['c1', 'c2'],
          pendingSealed: 'v1:p',
        };
        assert.equal((await store.attemptCode(withSet)).outcome, 'success');
        assert.equal(await db.countUnusedRecoveryCodes(userId), 2);
        const user = await db.getUser(userId);
        assert.equal(user?.recoverySalt, 'salt-1');
        assert.equal(user?.recoveryPendingSealed, 'v1:p');
        assert.equal(user?.recoveryAcknowledgedAt, null);
        await store.attemptCode(attempt(userId, { kind: 'none' }));
        const second = await store.createTotpDevice(device(userId));
        // The session verified at T0 is fresh, so the rule lets it through to the uniqueness rule.
        const fresh = { addFactor: { freshSince: T0, tokenHash: null } };
        await assert.rejects(
          store.attemptCode(attempt(userId, { kind: 'totp', deviceId: second.id, step: 1 }, fresh)),
          StoreConflictError,
        );
        assert.equal(
          (await db.getUser(userId))?.failures,
          1,
          'the conflict neither reset nor counted',
        );
      });

      test('a recovery-code claim reports the codes left', async () => {
        const userId = uniqueId('user');
        await store.replaceRecoveryCodes({
          userId,
          salt: 's',
          hashes: ['r1', 'r2', 'r3'],
          pendingSealed: null,
          now: T0,
        });
        const used = await store.attemptCode(
          attempt(userId, { kind: 'recovery-code', codeHash: 'r2' }),
        );
        assert.deepEqual(used, { outcome: 'success', recoveryCodesRemaining: 2 });
        assert.deepEqual(
          await store.attemptCode(attempt(userId, { kind: 'recovery-code', codeHash: 'r2' })),
          {
            outcome: 'failure',
            failures: 1,
            locked: false,
          },
        );
      });

      test('failures lock exactly as lockAfterFailure says, up to the hard lock; locked attempts are not counted', async () => {
        const userId = uniqueId('user');
        const rateLimit: RateLimitSettings = {
          maxFailures: 2,
          baseDelaySeconds: 1.5,
          maxDelaySeconds: 10,
          hardLimit: 7,
        };
        let now = T0;
        for (let failures = 1; failures <= rateLimit.hardLimit; failures += 1) {
          const result = await store.attemptCode(
            attempt(userId, { kind: 'none' }, { now, rateLimit }),
          );
          const expected = lockAfterFailure(failures, now, rateLimit);
          assert.deepEqual(result, { outcome: 'failure', failures, locked: expected !== null });
          const user = await db.getUser(userId);
          assert.equal(user?.failures, failures);
          assert.equal(user?.hardLocked, expected !== null && 'hard' in expected);
          if (expected !== null && 'until' in expected) {
            assert.equal(
              user?.lockedUntil?.getTime(),
              expected.until.getTime(),
              `lock after ${failures} failures`,
            );
            const refused = await store.attemptCode(
              attempt(
                userId,
                { kind: 'none' },
                { now: new Date(expected.until.getTime() - 1), rateLimit },
              ),
            );
            assert.deepEqual(refused, {
              outcome: 'locked',
              lockedUntil: expected.until,
              hardLocked: false,
            });
            now = expected.until; // the lock ends exactly then
          }
        }
        const hard = await store.attemptCode(
          attempt(userId, { kind: 'none' }, { now: at(86_400 * 365), rateLimit }),
        );
        assert.equal(hard.outcome, 'locked');
        assert.equal(hard.outcome === 'locked' && hard.hardLocked, true);
        assert.equal((await db.getUser(userId))?.failures, rateLimit.hardLimit);
      });

      test('a success after a timed lock ended clears the counter and the lock', async () => {
        const userId = uniqueId('user');
        const totp = await store.createTotpDevice(device(userId));
        for (let i = 0; i < LIMITS.maxFailures; i += 1)
          await store.attemptCode(attempt(userId, { kind: 'none' }));
        assert.equal((await db.getUser(userId))?.lockedUntil?.getTime(), at(30).getTime());
        const won = await store.attemptCode(
          attempt(userId, { kind: 'totp', deviceId: totp.id, step: 2 }, { now: at(30) }),
        );
        assert.equal(won.outcome, 'success');
        const user = await db.getUser(userId);
        assert.equal(user?.failures, 0);
        assert.equal(user?.lockedUntil, null);
      });

      test('50 parallel attempts with one TOTP step: 1 success, then 5 counted replays, 44 refused as locked', async () => {
        const userId = uniqueId('user');
        const totp = await store.createTotpDevice(device(userId));
        await db.ensureUser(userId, T0);
        const results = await parallel(50, () =>
          store.attemptCode(attempt(userId, { kind: 'totp', deviceId: totp.id, step: 9 })),
        );
        assert.deepEqual(outcomes(results), { success: 1, failure: 5, locked: 44 });
        const user = await db.getUser(userId);
        assert.equal(user?.failures, 5);
        assert.equal(user?.lockedUntil?.getTime(), at(30).getTime());
      });

      test("a matched secret that is no longer the device's is stale: nothing tried, nothing counted", async () => {
        const userId = uniqueId('user');
        const totp = await store.createTotpDevice(device(userId));
        await store.attemptCode(attempt(userId, { kind: 'totp', deviceId: totp.id, step: 1 }));
        const expect = (secretSealed: string, deviceId = totp.id) => ({
          matchedSecret: { deviceId, secretSealed },
        });
        // The right sealed value: the attempt goes on, success and failure alike.
        const won = {
          ...attempt(userId, { kind: 'totp', deviceId: totp.id, step: 2 }),
          ...expect('v1:x'),
        };
        assert.equal((await store.attemptCode(won)).outcome, 'success');
        const wrong = { ...attempt(userId, { kind: 'none' }), ...expect('v1:x') };
        assert.equal((await store.attemptCode(wrong)).outcome, 'failure');
        // Re-sealed, another device, or a device of someone else: stale, and nothing changed.
        for (const stale of [
          {
            ...attempt(userId, { kind: 'totp', deviceId: totp.id, step: 3 }),
            ...expect('v1:other'),
          },
          { ...attempt(userId, { kind: 'none' }), ...expect('v1:other') },
          { ...attempt(userId, { kind: 'none' }), ...expect('v1:x', uniqueId('totp')) },
          {
            ...attempt(uniqueId('intruder'), { kind: 'totp', deviceId: totp.id, step: 4 }),
            ...expect('v1:x'),
          },
        ]) {
          assert.deepEqual(await store.attemptCode(stale), { outcome: 'stale' });
        }
        const [stored] = await store.listTotpDevices(userId);
        assert.equal(stored?.lastStep, 2, 'no step was claimed');
        assert.equal((await db.getUser(userId))?.failures, 1, 'only the real failure was counted');
        // A deleted device (or user) is stale too, and no user row is created for it.
        await store.deleteUser(userId);
        assert.deepEqual(
          await store.attemptCode({ ...attempt(userId, { kind: 'none' }), ...expect('v1:x') }),
          { outcome: 'stale' },
        );
        assert.equal(await db.getUser(userId), null);
      });

      test('a pending enrollment is never a matched secret: stale, not confirmed', async () => {
        const userId = uniqueId('user');
        const pending = await store.createTotpDevice(device(userId));
        const result = await store.attemptCode({
          ...attempt(userId, { kind: 'totp', deviceId: pending.id, step: 1 }),
          matchedSecret: { deviceId: pending.id, secretSealed: 'v1:x' },
        });
        assert.deepEqual(result, { outcome: 'stale' });
        assert.equal((await store.listTotpDevices(userId))[0]?.verifiedAt, null);
      });

      test('50 parallel attempts with one TOTP step and a matched secret: 1 success, 5 replays, 44 locked', async () => {
        const userId = uniqueId('user');
        const totp = await store.createTotpDevice(device(userId));
        await store.attemptCode(attempt(userId, { kind: 'totp', deviceId: totp.id, step: 1 }));
        const results = await parallel(50, () =>
          store.attemptCode({
            ...attempt(userId, { kind: 'totp', deviceId: totp.id, step: 9 }),
            matchedSecret: { deviceId: totp.id, secretSealed: 'v1:x' },
          }),
        );
        assert.deepEqual(outcomes(results), { success: 1, failure: 5, locked: 44 });
      });

      test('a matched secret succeeds in one statement exactly as the function would: counter and lock cleared, session, token, expired tokens dropped', async () => {
        const userId = uniqueId('user');
        const totp = await store.createTotpDevice(device(userId));
        await store.attemptCode(attempt(userId, { kind: 'totp', deviceId: totp.id, step: 1 }));
        const cached = { matchedSecret: { deviceId: totp.id, secretSealed: 'v1:x' } };
        const stale = {
          ...token(userId, uniqueId('stale')),
          createdAt: at(-600),
          expiresAt: at(-1),
        };
        await store.createToken(stale);
        for (let i = 0; i < LIMITS.maxFailures; i += 1)
          await store.attemptCode({ ...attempt(userId, { kind: 'none' }), ...cached });
        // Locked: even the right step is refused unchecked, and nothing is written.
        const early = uniqueId('hash');
        const refused = await store.attemptCode({
          ...attempt(
            userId,
            { kind: 'totp', deviceId: totp.id, step: 2 },
            { sessionId: 's7', token: { ...token(userId, early), sessionId: 's7' } },
          ),
          ...cached,
        });
        assert.equal(refused.outcome, 'locked');
        assert.equal(await db.findToken(early), null);
        assert.equal(await db.getSession(userId, 's7'), null);
        // Once the lock has ended, the right step wins and everything is written together.
        const issued: NewToken = {
          ...token(userId, uniqueId('hash')),
          sessionId: 's7',
          createdAt: at(30),
          expiresAt: at(330),
        };
        const won = await store.attemptCode({
          ...attempt(
            userId,
            { kind: 'totp', deviceId: totp.id, step: 2 },
            { now: at(30), sessionId: 's7', token: issued },
          ),
          ...cached,
        });
        assert.deepEqual(won, { outcome: 'success', recoveryCodesRemaining: null });
        const user = await db.getUser(userId);
        assert.equal(user?.failures, 0);
        assert.equal(user?.lockedUntil, null);
        assert.deepEqual(await db.findToken(issued.tokenHash), { ...issued, consumedAt: null });
        assert.deepEqual(await db.getSession(userId, 's7'), {
          userId,
          sessionId: 's7',
          verifiedAt: at(30),
          method: 'totp',
        });
        assert.equal(await db.findToken(stale.tokenHash), null, 'expired tokens are dropped');
        assert.equal((await store.listTotpDevices(userId))[0]?.lastStep, 2);
        // The same step again is a replay: counted as a failure, no token.
        const replayHash = uniqueId('hash');
        const replay = await store.attemptCode({
          ...attempt(
            userId,
            { kind: 'totp', deviceId: totp.id, step: 2 },
            { now: at(31), token: token(userId, replayHash) },
          ),
          ...cached,
        });
        assert.deepEqual(replay, { outcome: 'failure', failures: 1, locked: false });
        assert.equal(await db.findToken(replayHash), null);
      });

      test('50 parallel wrong codes: exactly 5 counted, 45 refused as locked', async () => {
        const userId = uniqueId('user');
        // No user row yet: the parallel first attempts race to create it too.
        const results = await parallel(50, () =>
          store.attemptCode(attempt(userId, { kind: 'none' })),
        );
        assert.deepEqual(outcomes(results), { failure: 5, locked: 45 });
        const failures = results.flatMap((r) =>
          r.status === 'fulfilled' && r.value.outcome === 'failure' ? [r.value.failures] : [],
        );
        assert.deepEqual(
          failures.sort((a, b) => a - b),
          [1, 2, 3, 4, 5],
        );
      });

      test('50 parallel uses of one recovery code: 1 success, 5 counted, 44 locked', async () => {
        const userId = uniqueId('user');
        await store.replaceRecoveryCodes({
          userId,
          salt: 's',
          hashes: ['only', 'other'],
          pendingSealed: null,
          now: T0,
        });
        const results = await parallel(50, () =>
          store.attemptCode(attempt(userId, { kind: 'recovery-code', codeHash: 'only' })),
        );
        assert.deepEqual(outcomes(results), { success: 1, failure: 5, locked: 44 });
        const winner = results.find(
          (r) => r.status === 'fulfilled' && r.value.outcome === 'success',
        );
        assert.deepEqual(winner?.status === 'fulfilled' && winner.value, {
          outcome: 'success',
          recoveryCodesRemaining: 1,
        });
      });
    });

    describe('whole users', () => {
      test('getAccount reads what the single getters read', async () => {
        const userId = uniqueId('user');
        const totp = await store.createTotpDevice({
          id: uniqueId('totp'),
          userId,
          alias: 'Phone',
          secretSealed: 'v1:x',
          createdAt: T0,
          sessionId: 's1',
          expiresAt: at(3600),
        });
        await db.claimTotpStep(userId, totp.id, 12, at(2));
        await store.createPasskey({
          id: uniqueId('pk'),
          userId,
          credentialId: uniqueId('cred'),
          publicKey: 'pk',
          counter: 7,
          transports: ['usb'],
          deviceType: 'singleDevice',
          backedUp: false,
          alias: null,
          createdAt: at(1),
        });
        await store.replaceRecoveryCodes({
          userId,
          salt: 's',
          hashes: ['a', 'b'],
          pendingSealed: 'v1:p',
          now: at(3),
        });
        await db.consumeRecoveryCode(userId, 'a', at(4));
        await store.markSessionVerified({
          userId,
          sessionId: 's1',
          verifiedAt: at(5),
          method: 'passkey',
        });
        assert.deepEqual(await store.getAccount(userId, 's1'), {
          user: await db.getUser(userId),
          totpDevices: await store.listTotpDevices(userId),
          passkeys: await store.listPasskeys(userId),
          unusedRecoveryCodes: 1,
          session: await db.getSession(userId, 's1'),
        });
        assert.equal((await store.getAccount(userId, 'other')).session, null);
        assert.deepEqual(await store.getAccount(uniqueId('nobody'), 's1'), {
          user: null,
          totpDevices: [],
          passkeys: [],
          unusedRecoveryCodes: 0,
          session: null,
        });
      });

      test('getTotpAccount reads the same user and TOTP devices as getAccount, and whether a passkey exists', async () => {
        const userId = uniqueId('user');
        const device = (id: string, createdAt: Date) =>
          store.createTotpDevice({
            id,
            userId,
            alias: null,
            secretSealed: `v1:${id}`,
            createdAt,
            sessionId: 's1',
            expiresAt: at(3600),
          });
        assert.deepEqual(await store.getTotpAccount(userId), {
          user: null,
          totpDevices: [],
          hasPasskey: false,
        });
        // Created out of order: the devices come back oldest first, as getAccount lists them.
        const pending = await device(uniqueId('totp'), at(2));
        const verified = await device(uniqueId('totp'), at(1));
        await db.claimTotpStep(userId, verified.id, 12, at(3));
        await store.attemptCode(attempt(userId, { kind: 'none' }));
        const withoutPasskey = await store.getTotpAccount(userId);
        const account = await store.getAccount(userId, 's1');
        assert.deepEqual(withoutPasskey, {
          user: account.user,
          totpDevices: account.totpDevices,
          hasPasskey: false,
        });
        assert.equal(withoutPasskey.user?.failures, 1);
        assert.deepEqual(
          withoutPasskey.totpDevices.map((row) => row.id),
          [verified.id, pending.id],
        );
        await store.createPasskey(passkey(userId, at(4)));
        assert.equal((await store.getTotpAccount(userId)).hasPasskey, true);
        const passkeyOnly = uniqueId('user');
        await store.createPasskey(passkey(passkeyOnly, at(4)));
        assert.deepEqual(await store.getTotpAccount(passkeyOnly), {
          user: null,
          totpDevices: [],
          hasPasskey: true,
        });
      });

      test('lookupToken: the token, whether the user has a factor, whether the session is verified', async () => {
        const userId = uniqueId('user');
        const token: NewToken = {
          tokenHash: uniqueId('hash'),
          userId,
          sessionId: 's1',
          method: 'totp',
          action: null,
          scopes: [],
          singleUse: false,
          createdAt: T0,
          expiresAt: at(900),
        };
        await store.createToken(token);
        assert.deepEqual(await store.lookupToken(token.tokenHash, userId, 's1'), {
          token: { ...token, consumedAt: null },
          hasFactor: false,
          sessionVerified: false,
        });
        const totp = await store.createTotpDevice({
          id: uniqueId('totp'),
          userId,
          alias: null,
          secretSealed: 'v1:x',
          createdAt: T0,
          sessionId: 's1',
          expiresAt: at(3600),
        });
        assert.equal(
          (await store.lookupToken(null, userId, 's1')).hasFactor,
          false,
          'an unconfirmed device is no factor',
        );
        await db.claimTotpStep(userId, totp.id, 1, T0);
        await store.markSessionVerified({
          userId,
          sessionId: 's1',
          verifiedAt: T0,
          method: 'totp',
        });
        assert.deepEqual(await store.lookupToken(null, userId, 's1'), {
          token: null,
          hasFactor: true,
          sessionVerified: true,
        });
        assert.equal((await store.lookupToken('unknown', userId, 's2')).sessionVerified, false);
      });

      test('deleteUser removes everything of the user, and only of that user', async () => {
        const seed = async (userId: string) => {
          const totp = await store.createTotpDevice({
            id: uniqueId('totp'),
            userId,
            alias: null,
            secretSealed: 'v1:x',
            createdAt: T0,
            sessionId: 's1',
            expiresAt: at(3600),
          });
          await db.claimTotpStep(userId, totp.id, 1, T0);
          const passkeyRow = await store.createPasskey(passkey(userId, T0));
          await store.replaceRecoveryCodes({
            userId,
            salt: 's',
            hashes: [uniqueId('code')],
            pendingSealed: null,
            now: T0,
          });
          const challenge = uniqueId('challenge');
          await store.createChallenge({
            challenge,
            userId,
            sessionId: 's1',
            purpose: 'registration',
            createdAt: T0,
            expiresAt: at(300),
          });
          const tokenHash = uniqueId('hash');
          await store.createToken({
            tokenHash,
            userId,
            sessionId: 's1',
            method: 'totp',
            action: null,
            scopes: [],
            singleUse: true,
            createdAt: T0,
            expiresAt: at(300),
          });
          await store.markSessionVerified({
            userId,
            sessionId: 's1',
            verifiedAt: T0,
            method: 'totp',
          });
          await db.lockUser(userId, { hard: true });
          return { passkey: passkeyRow, challenge, tokenHash };
        };
        const doomed = uniqueId('user');
        const kept = uniqueId('user');
        const gone = await seed(doomed);
        const stays = await seed(kept);
        assert.equal(await store.deleteUser(doomed), true);
        assert.deepEqual(await store.getAccount(doomed, 's1'), {
          user: null,
          totpDevices: [],
          passkeys: [],
          unusedRecoveryCodes: 0,
          session: null,
        });
        assert.equal(await store.findPasskeyByCredentialId(gone.passkey.credentialId), null);
        assert.equal(await db.findToken(gone.tokenHash), null);
        const owner = { userId: doomed, sessionId: 's1', purpose: 'registration' as const };
        assert.equal(await store.consumeChallenge(gone.challenge, owner, at(1)), null);
        assert.equal(
          (await store.attemptCode(attempt(doomed, { kind: 'none' }))).outcome,
          'failure',
          'the hard lock went too',
        );
        assert.equal(await store.deleteUser(uniqueId('nobody')), false);

        const account = await store.getAccount(kept, 's1');
        assert.equal(account.user?.hardLocked, true);
        assert.equal(account.totpDevices.length, 1);
        assert.equal(account.passkeys.length, 1);
        assert.equal(account.unusedRecoveryCodes, 1);
        assert.notEqual(account.session, null);
        assert.notEqual(await db.findToken(stays.tokenHash), null);
        assert.notEqual(
          await store.consumeChallenge(
            stays.challenge,
            { userId: kept, sessionId: 's1', purpose: 'registration' },
            at(1),
          ),
          null,
        );
      });
    });

    describe('MFA tokens and sessions', () => {
      const device = (userId: string) => ({
        id: uniqueId('totp'),
        userId,
        alias: null,
        secretSealed: 'v1:x',
        createdAt: T0,
        sessionId: 's1',
        expiresAt: at(3600),
      });
      const tokenFor = (userId: string, sessionId = 's1') => ({
        tokenHash: uniqueId('hash'),
        userId,
        sessionId,
        method: 'totp' as const,
        action: 'wallet.export',
        scopes: ['wallet:export'],
        singleUse: true,
        createdAt: T0,
        expiresAt: at(300),
      });

      test('round trip; consumed once; expired and foreign tokens refused', async () => {
        const userId = uniqueId('user');
        const token = tokenFor(userId);
        await store.createToken(token);
        assert.deepEqual(await db.findToken(token.tokenHash), { ...token, consumedAt: null });
        assert.equal(await store.consumeToken(token.tokenHash, 'someone-else', at(1)), null);
        assert.equal(
          (await store.consumeToken(token.tokenHash, userId, at(1)))?.consumedAt?.getTime(),
          at(1).getTime(),
        );
        assert.equal(await store.consumeToken(token.tokenHash, userId, at(2)), null);
        const expiring = tokenFor(userId);
        await store.createToken(expiring);
        assert.equal(await store.consumeToken(expiring.tokenHash, userId, at(300)), null);
        await store.deleteExpiredTokens(userId, at(301));
        assert.equal(await db.findToken(expiring.tokenHash), null);
      });

      test('50 parallel consumptions of one token: exactly one wins', async () => {
        const userId = uniqueId('user');
        const token = tokenFor(userId);
        await store.createToken(token);
        const results = await parallel(50, () =>
          store.consumeToken(token.tokenHash, userId, at(1)),
        );
        assert.equal(results.filter((r) => r.status === 'fulfilled' && r.value !== null).length, 1);
      });

      test('useToken consumes only a token certainly acceptable for the action, in the same statement', async () => {
        const userId = uniqueId('user');
        const totp = await store.createTotpDevice(device(userId));
        const use = (tokenHash: string, extra: Partial<Parameters<MfaStore['useToken']>[0]> = {}) =>
          store.useToken({
            tokenHash,
            userId,
            sessionId: 's1',
            now: at(1),
            action: 'wallet.export',
            methods: null,
            createdAfter: null,
            ...extra,
          });
        const bound = { ...tokenFor(userId), scopes: [] };
        await store.createToken(bound);
        // No factor yet: read, never consumed.
        const early = await use(bound.tokenHash);
        assert.equal(early.consumed, false);
        assert.equal(early.hasFactor, false);
        assert.equal(early.token?.consumedAt, null);
        await store.attemptCode(attempt(userId, { kind: 'totp', deviceId: totp.id, step: 1 }));
        // Each reason to refuse (or to decide in full) leaves the token unconsumed.
        for (const extra of [
          { action: 'other.action' },
          { methods: ['passkey' as const] },
          { createdAfter: at(0.5) },
          { userId: uniqueId('intruder') },
          { now: at(300) },
        ]) {
          const seen = await use(bound.tokenHash, extra);
          assert.equal(seen.consumed, false, JSON.stringify(extra));
        }
        assert.equal((await db.findToken(bound.tokenHash))?.consumedAt, null);
        const scoped = tokenFor(userId);
        const unbound = { ...tokenFor(userId), action: null, scopes: [] };
        const persistent = { ...tokenFor(userId), scopes: [], singleUse: false };
        for (const other of [scoped, unbound, persistent]) {
          await store.createToken(other);
          const seen = await use(other.tokenHash);
          assert.equal(seen.consumed, false);
          assert.equal(seen.token?.tokenHash, other.tokenHash);
        }
        const taken = await use(bound.tokenHash, { methods: ['totp'], createdAfter: T0 });
        assert.equal(taken.consumed, true);
        assert.equal(taken.hasFactor, true);
        assert.equal(taken.sessionVerified, true, 'the attempt above verified session s1');
        assert.equal((await use(scoped.tokenHash, { sessionId: 's2' })).sessionVerified, false);
        assert.equal(taken.token?.consumedAt?.getTime(), at(1).getTime());
        const again = await use(bound.tokenHash);
        assert.equal(again.consumed, false);
        assert.equal(
          again.token?.consumedAt?.getTime(),
          at(1).getTime(),
          'a used token reads as used',
        );
      });

      test('50 parallel useToken calls on one token: exactly one consumes it', async () => {
        const userId = uniqueId('user');
        const totp = await store.createTotpDevice(device(userId));
        await store.attemptCode(attempt(userId, { kind: 'totp', deviceId: totp.id, step: 1 }));
        const bound = { ...tokenFor(userId), scopes: [] };
        await store.createToken(bound);
        const results = await parallel(50, () =>
          store.useToken({
            tokenHash: bound.tokenHash,
            userId,
            sessionId: 's1',
            now: at(1),
            action: 'wallet.export',
            methods: null,
            createdAfter: null,
          }),
        );
        assert.equal(results.filter((r) => r.status === 'fulfilled' && r.value.consumed).length, 1);
        assert.equal(results.filter((r) => r.status === 'rejected').length, 0);
        // Every loser's read comes after the winner's commit: it sees the token used, so
        // verify-token.ts refuses it as used without trying to consume it again.
        const losers = results.filter((r) => r.status === 'fulfilled' && !r.value.consumed);
        assert.equal(losers.length, 49);
        for (const loser of losers)
          assert.ok(loser.status === 'fulfilled' && loser.value.token?.consumedAt instanceof Date);
      });

      test('a session records its verification, and ending it drops its tokens', async () => {
        const userId = uniqueId('user');
        await store.markSessionVerified({
          userId,
          sessionId: 's1',
          verifiedAt: T0,
          method: 'totp',
        });
        await store.markSessionVerified({
          userId,
          sessionId: 's1',
          verifiedAt: at(5),
          method: 'passkey',
        });
        assert.deepEqual(await db.getSession(userId, 's1'), {
          userId,
          sessionId: 's1',
          verifiedAt: at(5),
          method: 'passkey',
        });
        assert.equal(await db.getSession(userId, 's2'), null);
        const token = tokenFor(userId, 's1');
        const other = tokenFor(userId, 's2');
        await store.createToken(token);
        await store.createToken(other);
        await store.endSession(userId, 's1');
        assert.equal(await db.getSession(userId, 's1'), null);
        assert.equal(await db.findToken(token.tokenHash), null);
        assert.notEqual(await db.findToken(other.tokenHash), null);
      });
    });
  });
}
