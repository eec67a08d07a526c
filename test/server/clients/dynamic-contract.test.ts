/// <reference types="node" />
// The client contract suite on the Dynamic adapter over the REAL @dynamic-labs-sdk/client, in
// Node, against the stand-in of Dynamic's API on loopback (test/server/dynamic/sdk.ts).
import { after, before } from 'node:test';
import { createDynamicMfaClient } from '../../../src/clients/dynamic/index.js';
import { ManualClock } from '../../../src/clients/memory/manual-clock.js';
import { signIn, signOut, StandInServer } from '../dynamic/sdk.js';
import {
  clientContractSuite,
  CONTRACT_LOCK_SECONDS,
  CONTRACT_MAX_FAILURES,
} from '../../clients/contract-suite.js';

let server: StandInServer;
before(async () => {
  server = await StandInServer.start();
});
after(() => server.close());

clientContractSuite('Dynamic adapter', {
  capabilities: { passkeys: true, detailedProofs: false, retryAfter: false },
  async user(t) {
    const clock = new ManualClock();
    const { env, dynamic } = await server.environment({
      now: () => clock.now(),
      rateLimit: { maxFailures: CONTRACT_MAX_FAILURES, baseDelaySeconds: CONTRACT_LOCK_SECONDS },
    });
    t.after(() => signOut(dynamic));
    await signIn(env, dynamic, 'ada');
    // The adapter reads the SDK's current session, so one client serves every session.
    const client = createDynamicMfaClient(dynamic);
    return {
      client,
      now: () => clock.now(),
      advance: (seconds) => void clock.advance(seconds * 1000),
      async newSession() {
        await signOut(dynamic);
        await signIn(env, dynamic, 'ada');
        return client;
      },
    };
  },
});
