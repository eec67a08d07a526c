/// <reference types="node" />
// docs/SECURITY.md 5: sealing secrets at rest with the app's key.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeCrypto, sha256Base64Url } from '../../src/server/encoding.js';
import { createSecretBox, parseEncryptionKey } from '../../src/server/secret-box.js';
import { createTestServer, enrollTotp, TEST_KEY, uniqueUser } from './support/harness.js';
import { sqlOf } from './support/store-inspection.js';

const KEY = new Uint8Array(32).fill(1);

describe('secret box', () => {
  test('AES-GCM: sealed text hides the secret and opens only in its context', async () => {
    const box = createSecretBox(KEY);
    const sealed = await box.seal('JBSWY3DPEHPK3PXP', 'totp:device-1');
    assert.match(sealed, /^v1:[A-Za-z0-9_-]+$/);
    assert.ok(!sealed.includes('JBSWY3DPEHPK3PXP'));
    assert.notEqual(
      await box.seal('JBSWY3DPEHPK3PXP', 'totp:device-1'),
      sealed,
      'a fresh IV each time',
    );
    assert.equal(await box.open(sealed, 'totp:device-1'), 'JBSWY3DPEHPK3PXP');
    await assert.rejects(
      box.open(sealed, 'totp:device-2'),
      'moved to another row, it does not open',
    );
    await assert.rejects(
      createSecretBox(new Uint8Array(32).fill(2)).open(sealed, 'totp:device-1'),
      'another key',
    );
  });

  test('node:crypto and WebCrypto read each other’s values, and refuse the same tampering', async () => {
    assert.ok(nodeCrypto, 'Node has node:crypto through process.getBuiltinModule');
    const node = createSecretBox(KEY, nodeCrypto);
    const web = createSecretBox(KEY, undefined);
    for (const secret of ['', 'JBSWY3DPEHPK3PXP', 'ünïcødé ✓ '.repeat(20)]) {
      assert.equal(await web.open(await node.seal(secret, 'ctx'), 'ctx'), secret);
      assert.equal(await node.open(await web.seal(secret, 'ctx'), 'ctx'), secret);
    }
    const sealed = await web.seal('JBSWY3DPEHPK3PXP', 'ctx');
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    for (const index of [0, 12, bytes.length - 1]) {
      const tampered = Buffer.from(bytes);
      tampered[index] ^= 1;
      const text = `v1:${tampered.toString('base64url')}`;
      await assert.rejects(node.open(text, 'ctx'));
      await assert.rejects(web.open(text, 'ctx'));
    }
    await assert.rejects(node.open('v1:AAAA', 'ctx'), 'too short');
    await assert.rejects(web.open('v1:AAAA', 'ctx'), 'too short');
    for (const text of ['', 'mfa_abc', 'ünïcødé']) {
      assert.equal(await sha256Base64Url(text, nodeCrypto), await sha256Base64Url(text, undefined));
    }
  });

  test('keys: 32 bytes raw, base64 or base64url; anything else is refused', () => {
    const base64 = Buffer.from(KEY).toString('base64');
    assert.deepEqual(parseEncryptionKey(base64), KEY);
    assert.deepEqual(parseEncryptionKey(Buffer.from(KEY).toString('base64url')), KEY);
    assert.throws(() => parseEncryptionKey(new Uint8Array(16)), /32 bytes/);
    assert.throws(() => parseEncryptionKey('not a key!'), /32 bytes/);
    assert.throws(() => createSecretBox('c2hvcnQ='), /32 bytes/);
  });

  test('without a key, values are marked plain and sealed ones are not guessed at', async () => {
    const plain = createSecretBox();
    assert.equal(plain.encrypts, false);
    assert.equal(await plain.seal('S', 'c'), 'plain:S');
    assert.equal(await plain.open('plain:S', 'c'), 'S');
    const sealed = await createSecretBox(KEY).seal('S', 'c');
    await assert.rejects(plain.open(sealed, 'c'), /no encryptionKey/);
    // A key added later still reads rows written without one.
    assert.equal(await createSecretBox(KEY).open('plain:S', 'c'), 'S');
  });
});

describe('secrets stored before a key was configured', () => {
  test('are sealed once a server runs with a key, and still verify', async () => {
    const keyless = await createTestServer();
    const user = uniqueUser();
    const { code } = await enrollTotp(keyless, user);
    const db = sqlOf(keyless.store);
    const read = async () =>
      (
        await db.query('SELECT secret_sealed FROM mfa_totp_devices WHERE user_id = $1', [user])
      )[0]?.['secret_sealed'] as string;
    assert.match(await read(), /^plain:/);

    const keyed = await createTestServer({ store: keyless.store, encryptionKey: TEST_KEY });
    keyed.clock.ms = keyless.clock.ms;
    assert.ok((await keyed.mfa.sealPlaintextSecrets()) >= 1);
    const sealed = await read();
    assert.match(sealed, /^v1:/);
    assert.equal(await keyed.mfa.sealPlaintextSecrets(), 0, 'nothing left to seal');
    keyed.clock.advance(30);
    const verified = await keyed.call('POST', 'totp/verify', { user, body: { code: code(1) } });
    assert.equal(verified.status, 200, JSON.stringify(verified.body));
    assert.ok(keyed.logger.events().includes('mfa.secrets.sealed'));
  });

  test('the first request of a keyed server seals them in the background', async () => {
    const keyless = await createTestServer();
    const user = uniqueUser();
    await enrollTotp(keyless, user);
    const keyed = await createTestServer({ store: keyless.store, encryptionKey: TEST_KEY });
    await keyed.call('GET', 'status', { user });
    const db = sqlOf(keyless.store);
    for (let i = 0; i < 50; i += 1) {
      const [row] = await db.query(
        'SELECT secret_sealed FROM mfa_totp_devices WHERE user_id = $1',
        [user],
      );
      if (String(row?.['secret_sealed']).startsWith('v1:')) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.fail('the secret was not sealed after the first request');
  });
});
