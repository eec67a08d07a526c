/**
 * The real `@dynamic-labs-sdk/client` in Node, pointed at the stand-in. Node is a "server-side
 * rendering" environment to the SDK (no `window`), so it neither initializes itself nor finds
 * `fetch`, `localStorage` or IndexedDB: the test passes them through `coreConfig` — the SDK's
 * documented extension points — and initializes the client explicitly.
 */
import {
  createDynamicClient,
  initializeClient,
  logout,
  onceEvent,
  signInWithExternalJwt,
  type DynamicClient,
} from '@dynamic-labs-sdk/client';
import { SoftAuthenticator } from '../support/soft-authenticator.js';
import {
  createDynamicStandIn,
  listen,
  type DynamicStandIn,
  type EnvironmentOptions,
  type RunningStandIn,
  type StandInEnvironment,
} from '../../../stand-ins/dynamic/index.js';

type DynamicCoreConfig = NonNullable<Parameters<typeof createDynamicClient>[0]['coreConfig']>;
type KeychainService = NonNullable<DynamicCoreConfig['keychain']>;
type PasskeyService = NonNullable<DynamicCoreConfig['passkey']>;

/** Session keys in memory, P-256 with WebCrypto — what the SDK's IndexedDB keychain does in a browser. */
function memoryKeychain(): KeychainService {
  const keys = new Map<string, { privateKey: CryptoKey; publicKeyHex: string }>();
  const hex = (bytes: ArrayBuffer | Uint8Array) =>
    Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('hex');
  const remember = async (name: string, privateKey: CryptoKey, publicKey: CryptoKey) => {
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', publicKey));
    // Compressed SEC1 point: 0x02/0x03 (parity of y) + x.
    const compressed = new Uint8Array(33);
    compressed[0] = (raw[64] & 1) === 1 ? 3 : 2;
    compressed.set(raw.subarray(1, 33), 1);
    const publicKeyHex = hex(compressed);
    keys.set(name, { privateKey, publicKeyHex });
    return publicKeyHex;
  };
  const algorithm = { name: 'ECDSA', namedCurve: 'P-256' } as const;
  return {
    async generateKey(name) {
      const pair = await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
      return remember(name, pair.privateKey, pair.publicKey);
    },
    async importKey(name, jwk) {
      const privateKey = await crypto.subtle.importKey('jwk', jwk, algorithm, false, ['sign']);
      const publicKey = await crypto.subtle.importKey(
        'jwk',
        { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y },
        algorithm,
        true,
        ['verify'],
      );
      return remember(name, privateKey, publicKey);
    },
    getPublicKey: async (name) => keys.get(name)?.publicKeyHex ?? null,
    hasKey: async (name) => keys.has(name),
    removeKey: async (name) => void keys.delete(name),
    async sign(name, message) {
      const entry = keys.get(name);
      if (!entry) throw new Error(`no key ${name}`);
      return hex(
        await crypto.subtle.sign(
          { name: 'ECDSA', hash: 'SHA-256' },
          entry.privateKey,
          new TextEncoder().encode(message),
        ),
      );
    },
  };
}

function memoryStorage(): NonNullable<DynamicCoreConfig['storageAdapter']> {
  const items = new Map<string, string>();
  return {
    getItem: async (key) => items.get(key) ?? null,
    setItem: async (key, value) => void items.set(key, value),
    removeItem: async (key) => void items.delete(key),
  };
}

/**
 * The SDK's passkey service (in a browser: @simplewebauthn/browser) played by a software
 * authenticator, so passkey MFA runs through the real SDK in Node. `fail` makes the next
 * ceremony throw, as a browser does when the user cancels.
 */
export class SoftPasskeys implements PasskeyService {
  readonly authenticator: SoftAuthenticator;
  supported = true;
  fail: Error | undefined;

  constructor(origin: string) {
    this.authenticator = new SoftAuthenticator({ origin, rpId: new URL(origin).hostname });
  }

  isSupported = (): boolean => this.supported;

  register: PasskeyService['register'] = async ({ optionsJSON }) => {
    this.throwIfFailing();
    return this.authenticator.register(optionsJSON.challenge) as never;
  };

  authenticate: PasskeyService['authenticate'] = async ({ optionsJSON }) => {
    this.throwIfFailing();
    return this.authenticator.authenticate(optionsJSON.challenge) as never;
  };

  private throwIfFailing(): void {
    const failure = this.fail;
    this.fail = undefined;
    if (failure) throw failure;
  }
}

/** One stand-in on loopback for a whole test file. */
export class StandInServer {
  private constructor(
    readonly standIn: DynamicStandIn,
    readonly running: RunningStandIn,
  ) {}

  static async start(): Promise<StandInServer> {
    const standIn = createDynamicStandIn();
    return new StandInServer(standIn, await listen(standIn));
  }

  close(): Promise<void> {
    return this.running.close();
  }

  /** A fresh environment and an initialized SDK client for it. */
  async environment(options: EnvironmentOptions = {}): Promise<{
    env: StandInEnvironment;
    dynamic: DynamicClient;
    passkeys: SoftPasskeys;
    network: { offline: boolean };
  }> {
    const env = await this.standIn.createEnvironment(options);
    const passkeys = new SoftPasskeys(this.running.origin);
    // `offline`: every request fails the way fetch fails when the network is down.
    const network = { offline: false };
    const fetch: typeof globalThis.fetch = (input, init) =>
      network.offline
        ? Promise.reject(new TypeError('fetch failed'))
        : globalThis.fetch(input, init);
    const dynamic = createDynamicClient({
      environmentId: env.id,
      logLevel: 'error',
      coreConfig: {
        apiBaseUrl: this.running.apiBaseUrl,
        fetch,
        storageAdapter: memoryStorage(),
        keychain: memoryKeychain(),
        passkey: passkeys,
      },
    });
    await initializeClient(dynamic);
    return { env, dynamic, passkeys, network };
  }
}

/** Sign in as the app would: its backend signs a JWT, the page hands it to Dynamic. */
export async function signIn(
  env: StandInEnvironment,
  dynamic: DynamicClient,
  userId = 'ada',
): Promise<void> {
  await signInWithExternalJwt({ externalJwt: await env.externalJwt(userId) }, dynamic);
}

/**
 * Sign out, which also stops the SDK's session-expiry timer (it would keep Node running). The
 * SDK refetches the project settings after a logout without awaiting it: wait for that too, so
 * it does not fail against a server the test has already closed.
 */
export async function signOut(dynamic: DynamicClient): Promise<void> {
  if (!dynamic.user) return;
  const refetched = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 5000);
    onceEvent(
      { event: 'projectSettingsChanged', listener: () => (clearTimeout(timer), resolve()) },
      dynamic,
    );
  });
  await logout(dynamic);
  await refetched;
}
