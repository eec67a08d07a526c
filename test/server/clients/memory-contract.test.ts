/// <reference types="node" />
// The client contract suite on the in-page memory client (mfa-elements/testing), in Node.
import { createMemoryClient, ManualClock } from '../../../src/clients/memory/index.js';
import {
  clientContractSuite,
  CONTRACT_LOCK_SECONDS,
  CONTRACT_MAX_FAILURES,
} from '../../clients/contract-suite.js';

clientContractSuite('memory client', {
  capabilities: { passkeys: false, detailedProofs: true, retryAfter: true },
  async user() {
    const clock = new ManualClock(Date.UTC(2026, 0, 1, 12, 0, 10));
    const client = createMemoryClient({
      now: () => clock.now(),
      maxFailures: CONTRACT_MAX_FAILURES,
      lockoutSeconds: CONTRACT_LOCK_SECONDS,
      // A call takes a moment, as over a network: an abort after the call started still lands.
      latency: 1,
    });
    return {
      client,
      now: () => clock.now(),
      advance: (seconds) => void clock.advance(seconds * 1000),
      async newSession() {
        client.signOut();
        return client;
      },
    };
  },
});
