/// <reference types="node" />
// The client contract suite on the HTTP client against the REAL handler (in-memory PGlite), with
// a fetch that calls the handler directly. Every exchange is also checked against openapi.json,
// and every expected error against the HTTP status the protocol gives its code.
import { before } from 'node:test';
import assert from 'node:assert/strict';
import type { MfaErrorCode } from '../../../src/client/errors.js';
import {
  createHttpClient,
  MfaHttpError,
  type WebAuthnCeremonies,
} from '../../../src/clients/http/index.js';
import {
  createTestServer,
  ORIGIN,
  RP,
  TEST_KEY,
  uniqueUser,
  type TestServer,
} from '../support/harness.js';
import { ConformanceRecorder, loadOpenApi } from '../support/openapi-conformance.js';
import { SoftAuthenticator } from '../support/soft-authenticator.js';
import {
  clientContractSuite,
  CONTRACT_LOCK_SECONDS,
  CONTRACT_MAX_FAILURES,
} from '../../clients/contract-suite.js';

/** The statuses the protocol answers each code with (openapi.json). */
const STATUSES: Partial<Record<MfaErrorCode, number[]>> = {
  'invalid-code': [400],
  'already-enrolled': [409],
  'not-enrolled': [409],
  'rate-limited': [429],
  unauthorized: [401, 403],
};

let server: TestServer;
const recorder = new ConformanceRecorder(loadOpenApi(), '/mfa', { strictRequests: true });

before(async () => {
  server = await createTestServer({
    encryptionKey: TEST_KEY,
    rateLimit: { maxFailures: CONTRACT_MAX_FAILURES, baseDelaySeconds: CONTRACT_LOCK_SECONDS },
  });
});

clientContractSuite('HTTP client', {
  capabilities: { passkeys: true, detailedProofs: true, retryAfter: true },
  checkError(error, code) {
    assert.ok(error instanceof MfaHttpError, 'an MfaHttpError');
    const statuses = STATUSES[code];
    if (statuses) assert.ok(statuses.includes(error.status!), `${code}: status ${error.status}`);
  },
  async user(t) {
    t.after(() => assert.deepEqual(recorder.take(), [], 'every exchange matches openapi.json'));
    const user = uniqueUser('contract');
    // One authenticator for the user, as a phone or a security key is.
    const device = new SoftAuthenticator({ origin: ORIGIN, rpId: RP.id });
    const webauthn: WebAuthnCeremonies = {
      supported: () => true,
      register: async (options) => device.register(options.challenge) as never,
      authenticate: async (options) => device.authenticate(options.challenge) as never,
    };
    let sessions = 0;
    const clientForNewSession = () => {
      sessions += 1;
      return createHttpClient({
        baseUrl: `${ORIGIN}/mfa`,
        headers: { origin: ORIGIN, 'x-test-user': user, 'x-test-session': `session-${sessions}` },
        fetch: (input, init) => recorder.wrap(server.mfa)(new Request(input, init)),
        webauthn,
      });
    };
    return {
      client: clientForNewSession(),
      now: () => server.clock.ms,
      advance: (seconds) => server.clock.advance(seconds),
      newSession: async () => clientForNewSession(),
    };
  },
});
