/// <reference types="node" />
/**
 * The store conformance suite: every driver must pass it unchanged. It checks the domain rules
 * of `MfaStore` (types.ts), above all that every claim/consume is atomic: 50 parallel calls, one
 * winner. Run it with a factory per driver:
 *
 *   storeConformanceSuite('pglite', () => createPgliteStore());
 *
 * Each test uses its own user ids, so one store instance serves the whole suite.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { StoreConflictError, type MfaStore } from '../../../src/server/store/types.js';

let unique = 0;
/** A fresh id per call, distinct across runs on a persistent database. */
export function uniqueId(prefix: string): string {
  unique += 1;
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${unique}`;
}

const T0 = new Date('2030-01-01T00:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

async function parallel<T>(count: number, fn: (index: number) => Promise<T>): Promise<PromiseSettledResult<T>[]> {
  return Promise.allSettled(Array.from({ length: count }, (_, index) => fn(index)));
}

export function storeConformanceSuite(driver: string, createStore: () => Promise<MfaStore>): void {
  describe(`MfaStore conformance: ${driver}`, () => {
    let store: MfaStore;
    before(async () => {
      store = await createStore();
    });
    after(async () => {
      await store.close();
    });

    describe('users and throttling', () => {
      test('ensureUser is idempotent and starts unlocked', async () => {
        const userId = uniqueId('user');
        const first = await store.ensureUser(userId, T0);
        const second = await store.ensureUser(userId, at(5));
        assert.deepEqual(first, second);
        assert.equal(first.failures, 0);
        assert.equal(first.lockedUntil, null);
        assert.equal(first.hardLocked, false);
        assert.equal(await store.getUser(uniqueId('nobody')), null);
      });

      test('ensureWebauthnUserId keeps the first handle', async () => {
        const userId = uniqueId('user');
        assert.equal(await store.ensureWebauthnUserId(userId, 'handle-a', T0), 'handle-a');
        assert.equal(await store.ensureWebauthnUserId(userId, 'handle-b', T0), 'handle-a');
      });

      test('countAttempt counts before the check and refuses while locked', async () => {
        const userId = uniqueId('user');
        assert.deepEqual(await store.countAttempt(userId, T0), { allowed: true, failures: 1 });
        assert.deepEqual(await store.countAttempt(userId, T0), { allowed: true, failures: 2 });
        await store.lockUser(userId, { until: at(30) });
        const locked = await store.countAttempt(userId, at(10));
        assert.equal(locked.allowed, false);
        assert.equal(!locked.allowed && locked.lockedUntil?.getTime(), at(30).getTime());
        assert.equal((await store.getUser(userId))?.failures, 2, 'a refused attempt is not counted');
        assert.deepEqual(await store.countAttempt(userId, at(30)), { allowed: true, failures: 3 });
        await store.resetFailures(userId);
        assert.deepEqual(await store.countAttempt(userId, at(31)), { allowed: true, failures: 1 });
      });

      test('a hard lock holds until resetThrottle', async () => {
        const userId = uniqueId('user');
        await store.countAttempt(userId, T0);
        await store.lockUser(userId, { hard: true });
        const refused = await store.countAttempt(userId, at(86_400 * 365));
        assert.equal(refused.allowed, false);
        assert.equal(!refused.allowed && refused.hardLocked, true);
        await store.resetThrottle(userId);
        assert.deepEqual(await store.countAttempt(userId, T0), { allowed: true, failures: 1 });
      });

      test('50 parallel attempts are each counted once', async () => {
        const userId = uniqueId('user');
        await store.ensureUser(userId, T0);
        const results = await parallel(50, () => store.countAttempt(userId, T0));
        const counts = results.map((r) => (r.status === 'fulfilled' && r.value.allowed ? r.value.failures : -1));
        assert.deepEqual([...counts].sort((a, b) => a - b), Array.from({ length: 50 }, (_, i) => i + 1));
      });

      test('a transaction that throws leaves nothing behind', async () => {
        const userId = uniqueId('user');
        await store.ensureUser(userId, T0);
        await assert.rejects(
          store.transaction(async (tx) => {
            await tx.countAttempt(userId, T0);
            throw new Error('boom');
          }),
          /boom/,
        );
        assert.equal((await store.getUser(userId))?.failures, 0);
      });
    });

    describe('TOTP devices', () => {
      const newDevice = (userId: string, id = uniqueId('totp')) => ({
        id,
        userId,
        alias: null,
        secretSealed: 'v1:sealed',
        createdAt: T0,
      });

      test('a step is accepted once, and only later steps after it', async () => {
        const userId = uniqueId('user');
        const device = await store.createTotpDevice(newDevice(userId));
        assert.equal(device.verifiedAt, null);
        assert.equal(device.lastStep, null);
        const claimed = await store.claimTotpStep(userId, device.id, 100, at(1));
        assert.equal(claimed?.lastStep, 100);
        assert.equal(claimed?.verifiedAt?.getTime(), at(1).getTime(), 'the first accepted step confirms enrollment');
        assert.equal(await store.claimTotpStep(userId, device.id, 100, at(2)), null, 'same step again');
        assert.equal(await store.claimTotpStep(userId, device.id, 99, at(2)), null, 'an earlier step');
        const later = await store.claimTotpStep(userId, device.id, 101, at(3));
        assert.equal(later?.lastStep, 101);
        assert.equal(later?.verifiedAt?.getTime(), at(1).getTime(), 'verification time is kept');
      });

      test('another user cannot claim a step on the device', async () => {
        const userId = uniqueId('user');
        const device = await store.createTotpDevice(newDevice(userId));
        assert.equal(await store.claimTotpStep(uniqueId('intruder'), device.id, 5, T0), null);
      });

      test('50 parallel claims of one step: exactly one wins', async () => {
        const userId = uniqueId('user');
        const device = await store.createTotpDevice(newDevice(userId));
        const results = await parallel(50, () => store.claimTotpStep(userId, device.id, 7, T0));
        const wins = results.filter((r) => r.status === 'fulfilled' && r.value !== null);
        assert.equal(wins.length, 1);
        assert.ok(results.every((r) => r.status === 'fulfilled'));
      });

      test('a second verified device is a conflict; unverified ones can be dropped', async () => {
        const userId = uniqueId('user');
        const first = await store.createTotpDevice(newDevice(userId));
        await store.claimTotpStep(userId, first.id, 1, T0);
        const second = await store.createTotpDevice(newDevice(userId));
        await assert.rejects(store.claimTotpStep(userId, second.id, 1, T0), StoreConflictError);
        assert.equal(await store.deleteUnverifiedTotpDevices(userId), 1);
        const devices = await store.listTotpDevices(userId);
        assert.deepEqual(devices.map((d) => d.id), [first.id]);
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
        await assert.rejects(store.createPasskey({ ...newPasskey(userId), credentialId: passkey.credentialId }), StoreConflictError);
        assert.equal(await store.findPasskeyByCredentialId('unknown'), null);
      });

      test('recordPasskeyUse is conditional on the previous counter', async () => {
        const userId = uniqueId('user');
        const passkey = await store.createPasskey(newPasskey(userId));
        const results = await parallel(20, () =>
          store.recordPasskeyUse(passkey.id, { previousCounter: 3, counter: 4, backedUp: false, now: at(9) }),
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
        assert.equal(await store.countUnusedRecoveryCodes(userId), 3);
        assert.equal(await store.consumeRecoveryCode(userId, 'h1', at(1)), true);
        assert.equal(await store.consumeRecoveryCode(userId, 'h1', at(2)), false);
        assert.equal(await store.consumeRecoveryCode(uniqueId('intruder'), 'h2', at(2)), false);
        assert.equal(await store.countUnusedRecoveryCodes(userId), 2);
        await store.replaceRecoveryCodes(codeSet(userId, ['h4']));
        assert.equal(await store.consumeRecoveryCode(userId, 'h2', at(3)), false);
        assert.equal(await store.countUnusedRecoveryCodes(userId), 1);
      });

      test('50 parallel uses of one code: exactly one wins', async () => {
        const userId = uniqueId('user');
        await store.replaceRecoveryCodes(codeSet(userId, ['only']));
        const results = await parallel(50, () => store.consumeRecoveryCode(userId, 'only', T0));
        assert.equal(results.filter((r) => r.status === 'fulfilled' && r.value).length, 1);
      });

      test('acknowledging drops the sealed plaintext, once', async () => {
        const userId = uniqueId('user');
        await store.replaceRecoveryCodes(codeSet(userId, ['a']));
        const pending = await store.getUser(userId);
        assert.equal(pending?.recoveryPendingSealed, 'v1:pending');
        assert.equal(pending?.recoveryAcknowledgedAt, null);
        assert.equal(await store.acknowledgeRecoveryCodes(userId, at(1)), true);
        assert.equal(await store.acknowledgeRecoveryCodes(userId, at(2)), false);
        const acknowledged = await store.getUser(userId);
        assert.equal(acknowledged?.recoveryPendingSealed, null);
        assert.equal(acknowledged?.recoveryAcknowledgedAt?.getTime(), at(1).getTime());
        await store.deleteRecoveryCodes(userId);
        assert.equal(await store.countUnusedRecoveryCodes(userId), 0);
        assert.equal((await store.getUser(userId))?.recoverySalt, null);
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
        assert.equal(await store.consumeChallenge(challenge.challenge, { ...owner, sessionId: 's2' }, at(1)), null);
        assert.equal(await store.consumeChallenge(challenge.challenge, { ...owner, purpose: 'registration' }, at(1)), null);
        assert.equal(await store.consumeChallenge(challenge.challenge, { ...owner, userId: 'other' }, at(1)), null);
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
        const results = await parallel(50, () => store.consumeChallenge(challenge.challenge, owner, at(1)));
        assert.equal(results.filter((r) => r.status === 'fulfilled' && r.value !== null).length, 1);
      });
    });

    describe('MFA tokens and sessions', () => {
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
        assert.deepEqual(await store.findToken(token.tokenHash), { ...token, consumedAt: null });
        assert.equal(await store.consumeToken(token.tokenHash, 'someone-else', at(1)), null);
        assert.equal((await store.consumeToken(token.tokenHash, userId, at(1)))?.consumedAt?.getTime(), at(1).getTime());
        assert.equal(await store.consumeToken(token.tokenHash, userId, at(2)), null);
        const expiring = tokenFor(userId);
        await store.createToken(expiring);
        assert.equal(await store.consumeToken(expiring.tokenHash, userId, at(300)), null);
        await store.deleteExpiredTokens(userId, at(301));
        assert.equal(await store.findToken(expiring.tokenHash), null);
      });

      test('50 parallel consumptions of one token: exactly one wins', async () => {
        const userId = uniqueId('user');
        const token = tokenFor(userId);
        await store.createToken(token);
        const results = await parallel(50, () => store.consumeToken(token.tokenHash, userId, at(1)));
        assert.equal(results.filter((r) => r.status === 'fulfilled' && r.value !== null).length, 1);
      });

      test('a session records its verification, and ending it drops its tokens', async () => {
        const userId = uniqueId('user');
        await store.markSessionVerified({ userId, sessionId: 's1', verifiedAt: T0, method: 'totp' });
        await store.markSessionVerified({ userId, sessionId: 's1', verifiedAt: at(5), method: 'passkey' });
        assert.deepEqual(await store.getSession(userId, 's1'), { userId, sessionId: 's1', verifiedAt: at(5), method: 'passkey' });
        assert.equal(await store.getSession(userId, 's2'), null);
        const token = tokenFor(userId, 's1');
        const other = tokenFor(userId, 's2');
        await store.createToken(token);
        await store.createToken(other);
        await store.endSession(userId, 's1');
        assert.equal(await store.getSession(userId, 's1'), null);
        assert.equal(await store.findToken(token.tokenHash), null);
        assert.notEqual(await store.findToken(other.tokenHash), null);
      });
    });
  });
}
