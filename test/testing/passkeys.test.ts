import { mfaError, rejection } from '../support/mfa-rejection.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createMemoryClient, ManualClock } from '../../src/clients/memory/index.js';
import { useVirtualAuthenticator } from '../support/virtual-authenticator.js';

interface VirtualCredential {
  credentialId: string;
  signCount: number;
  rpId: string;
}

async function credentials(): Promise<VirtualCredential[]> {
  const { credentials: list } = await executeServerCommand<
    { credentials: VirtualCredential[] },
    undefined
  >('webauthn-credentials');
  return list;
}

/** Standard base64 (as CDP reports credential ids) → base64url without padding. */
function toBase64Url(base64: string): string {
  return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('memory client: passkeys', function () {
  useVirtualAuthenticator();

  it('registers and authenticates for real with the virtual authenticator', async () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1));
    const client = createMemoryClient({ now: () => clock.now(), rpName: 'Acme' });
    const device = await client.enrollPasskey({ alias: 'Laptop' });
    expect(device).to.include({ type: 'passkey', verified: true, alias: 'Laptop' });
    expect(device.createdAt).to.equal(new Date(clock.now()).toISOString());
    const [stored] = await credentials();
    expect(stored.rpId).to.equal(location.hostname);

    let status = await client.status();
    expect(status.methods).to.deep.equal(['passkey', 'recovery-code']);
    expect(status.pending).to.equal('acknowledge-recovery-codes');
    expect(status.devices).to.deep.equal([device]);
    expect(JSON.stringify(status)).not.to.contain('publicKey');

    await client.acknowledgeRecoveryCodes();
    client.signOut();
    expect((await client.status()).pending).to.equal('verify');

    clock.advance(1000);
    const proof = await client.verifyPasskey({
      token: { singleUse: true },
      action: 'wallet.export',
    });
    expect(proof.method).to.equal('passkey');
    expect(proof.deviceId).to.equal(device.id);
    expect(proof.token!.action).to.equal('wallet.export');
    expect(client.consumeToken(proof.token!.value, { action: 'wallet.export' })).to.equal(true);
    status = await client.status();
    expect(status.pending).to.equal(null);
    expect(status.devices[0].lastUsedAt).to.equal(new Date(clock.now()).toISOString());

    // The authenticator's counter moves on and the stored one follows: a second assertion passes.
    const before = (await credentials())[0].signCount;
    await client.verifyPasskey();
    expect((await credentials())[0].signCount).to.be.greaterThan(before);
    await client.verifyPasskey();
  });

  it('refuses to register the same authenticator twice', async () => {
    const client = createMemoryClient();
    await client.enrollPasskey();
    await mfaError(client.enrollPasskey(), 'already-enrolled');
    expect((await client.status()).devices).to.have.length(1);
  });

  it('rejects a response from an origin that is not allowed (real verification)', async () => {
    const client = createMemoryClient({ origin: 'https://bank.example' });
    const error = await mfaError(client.enrollPasskey(), 'invalid-code');
    expect(error.message).to.match(/origin/i);
    expect((await client.status()).devices).to.deep.equal([]);
  });

  it('keeps users apart: each client knows only its own credential', async () => {
    const owner = createMemoryClient();
    await owner.enrollPasskey();
    const other = createMemoryClient({ userName: 'eve@example.com' });
    await other.enrollPasskey();
    const ids = (await credentials()).map((credential) => toBase64Url(credential.credentialId));
    expect(new Set(ids).size).to.equal(2);
    expect((await owner.verifyPasskey()).method).to.equal('passkey');
    expect((await other.verifyPasskey()).method).to.equal('passkey');
  });

  describe('attacks on the assertion (real verification)', () => {
    const originalGet = navigator.credentials.get;
    let tamper: ((credential: PublicKeyCredential) => unknown) | undefined;

    before(() => {
      navigator.credentials.get = async function (
        this: CredentialsContainer,
        options?: CredentialRequestOptions,
      ) {
        const credential = (await originalGet.call(this, options)) as PublicKeyCredential;
        return (tamper ? tamper(credential) : credential) as Credential;
      };
    });
    after(() => {
      navigator.credentials.get = originalGet;
    });
    afterEach(() => {
      tamper = undefined;
    });

    function forged(
      credential: PublicKeyCredential,
      response: Partial<AuthenticatorAssertionResponse>,
    ) {
      const real = credential.response as AuthenticatorAssertionResponse;
      return {
        id: credential.id,
        rawId: credential.rawId,
        type: credential.type,
        authenticatorAttachment: credential.authenticatorAttachment,
        getClientExtensionResults: () => credential.getClientExtensionResults(),
        response: {
          clientDataJSON: real.clientDataJSON,
          authenticatorData: real.authenticatorData,
          signature: real.signature,
          userHandle: real.userHandle,
          ...response,
        },
      };
    }

    it('refuses a tampered signature', async () => {
      const client = createMemoryClient();
      await client.enrollPasskey();
      client.signOut();
      tamper = (credential) => {
        const signature = new Uint8Array(
          (credential.response as AuthenticatorAssertionResponse).signature.slice(0),
        );
        signature[signature.length - 1] ^= 0x01;
        return forged(credential, { signature: signature.buffer });
      };
      const error = await mfaError(
        client.verifyPasskey({ token: { singleUse: true } }),
        'invalid-code',
      );
      expect(error.message).to.match(/^passkey response rejected/);
      expect((await client.status()).pending).to.equal('verify');
    });

    it('refuses a replayed assertion (its challenge was used up)', async () => {
      const client = createMemoryClient();
      await client.enrollPasskey();
      client.signOut();
      let captured: PublicKeyCredential | undefined;
      tamper = (credential) => {
        captured = credential;
        return credential;
      };
      await client.verifyPasskey();
      client.signOut();
      tamper = () => captured;
      const error = await mfaError(client.verifyPasskey(), 'invalid-code');
      expect(error.message).to.match(/challenge/i);
      expect((await client.status()).pending).to.equal('verify');
    });

    it('refuses an assertion without user verification', async () => {
      const client = createMemoryClient();
      await client.enrollPasskey();
      client.signOut();
      tamper = (credential) => {
        const data = new Uint8Array(
          (credential.response as AuthenticatorAssertionResponse).authenticatorData.slice(0),
        );
        data[32] &= ~0x04; // clear the UV flag (the signature no longer matches either)
        return forged(credential, { authenticatorData: data.buffer });
      };
      const error = await mfaError(client.verifyPasskey(), 'invalid-code');
      expect(error.message).to.match(/user verification/i);
    });
  });

  it('maps a refused ceremony (user verification fails) to passkey-cancelled and stores nothing', async () => {
    const client = createMemoryClient();
    await executeServerCommand('webauthn-set-user-verified', { value: false });
    await mfaError(client.enrollPasskey(), 'passkey-cancelled');
    expect((await client.status()).devices).to.deep.equal([]);
  });

  it('maps a timed-out ceremony (no authenticator) to passkey-cancelled', async () => {
    // Only the ceremony that is meant to time out gets the 500 ms timeout (Chromium does not raise
    // it while the virtual authenticator is on): the passkey is registered by a client with the
    // default timeout, and a second client on the same storage (same user, same passkey) verifies.
    const storage = window.sessionStorage;
    const storageKey = `passkeys-test-${Math.random()}`;
    try {
      const enroller = createMemoryClient({ storage, storageKey });
      const device = await enroller.enrollPasskey();
      enroller.signOut();
      const client = createMemoryClient({ storage, storageKey, passkeyTimeout: 500 });
      const before = await client.status();
      expect(before.pending).to.equal('verify');
      expect(before.devices).to.deep.equal([device]);
      await executeServerCommand('webauthn-remove');
      await mfaError(client.verifyPasskey({ token: { singleUse: true } }), 'passkey-cancelled');
      expect((await client.status()).pending).to.equal('verify');
    } finally {
      storage.removeItem(storageKey);
    }
  });

  it('aborts a running ceremony with an AbortError', async () => {
    const client = createMemoryClient({ passkeyTimeout: 5000 });
    await client.enrollPasskey();
    await executeServerCommand('webauthn-remove');
    const controller = new AbortController();
    const started = performance.now();
    const pending = client.verifyPasskey({ signal: controller.signal });
    setTimeout(() => controller.abort(), 150);
    const error = await rejection(pending);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(performance.now() - started).to.be.below(3000);
  });

  it('answers not-enrolled without a passkey, and passkey-unsupported without WebAuthn', async () => {
    const client = createMemoryClient();
    await mfaError(client.verifyPasskey(), 'not-enrolled');
    const original = Object.getOwnPropertyDescriptor(window, 'PublicKeyCredential')!;
    Object.defineProperty(window, 'PublicKeyCredential', {
      value: undefined,
      configurable: true,
      writable: true,
    });
    try {
      await mfaError(client.enrollPasskey(), 'passkey-unsupported');
    } finally {
      Object.defineProperty(window, 'PublicKeyCredential', original);
    }
  });

  it('refuses an expired challenge', async () => {
    let now = Date.UTC(2026, 0, 1);
    // Every reading of the clock jumps 10 minutes: the challenge is stale when the answer comes.
    const client = createMemoryClient({ now: () => (now += 600_000) });
    await mfaError(client.enrollPasskey(), 'expired');
    expect((await client.status()).devices).to.deep.equal([]);
  });

  it('deletes a passkey with a fresh token from a passkey proof', async () => {
    const client = createMemoryClient();
    const device = await client.enrollPasskey();
    await mfaError(client.deleteDevice({ deviceId: device.id, mfaToken: 'nope' }), 'unauthorized');
    const { token } = await client.verifyPasskey({ token: { singleUse: true } });
    await client.deleteDevice({ deviceId: device.id, mfaToken: token!.value });
    expect((await client.status()).devices).to.deep.equal([]);
    await mfaError(client.verifyPasskey(), 'not-enrolled');
  });

  it('adds a passkey next to TOTP only from a verified session', async () => {
    const client = createMemoryClient();
    await client.setUpTotp({ signOut: true });
    await mfaError(client.enrollPasskey(), 'step-up-required');
    await client.verifyTotp({ code: client.totpCode() });
    await client.enrollPasskey({ alias: 'Phone' });
    const status = await client.status();
    expect(status.methods).to.deep.equal(['totp', 'passkey', 'recovery-code']);
    expect(status.recoveryCodesRemaining).to.equal(10); // the existing set is kept
  });
});
