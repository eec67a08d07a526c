// The root import must work in Node (server-side rendering, build tools): importing
// `mfa-elements` defines no tag and touches no browser global. Runs against the build in dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = new URL('../../dist/', import.meta.url);
const distPath = fileURLToPath(dist);

// Record who reads the browser globals. Lit's own Node build reads `document` to see whether it
// is in a browser; only reads from our code (dist/) count.
const reads = [];
for (const name of ['window', 'document', 'localStorage', 'sessionStorage', 'location']) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const stack = new Error().stack ?? '';
      reads.push({ name, stack });
      return undefined;
    },
  });
}
const fromOurCode = () =>
  reads.filter(({ stack }) => {
    const frames = stack.split('\n').slice(2); // skip "Error" and the getter itself
    const first = frames.find((frame) => frame.includes('file://'));
    return first !== undefined && first.includes(distPath) && !first.includes('node_modules');
  });

// A registry that records every definition. Lit's Node build keeps an existing one (`??=`).
const defined = [];
globalThis.customElements = {
  define(tag) {
    defined.push(tag);
  },
  get() {
    return undefined;
  },
  whenDefined() {
    return new Promise(() => {});
  },
};

test('dist/ was built', () => {
  assert.ok(
    existsSync(new URL('src/index.js', dist)),
    'run `npm run build` (scripts/test.mjs does) first',
  );
});

test('the root import loads in Node and exports the public API', async () => {
  const api = await import(new URL('src/index.js', dist).href);
  const expected = {
    MfaError: 'function',
    toMfaError: 'function',
    isMfaErrorCode: 'function',
    isAbortError: 'function',
    MFA_ERROR_CODES: 'object',
    MfaCompleteEvent: 'function',
    MfaEnrolledEvent: 'function',
    MfaErrorEvent: 'function',
    MfaRecoveryCodesAcknowledgedEvent: 'function',
    MfaRecoveryCodesRegeneratedEvent: 'function',
    MfaVerifiedEvent: 'function',
    mfaClientContext: 'symbol',
    en: 'object',
    registerMessages: 'function',
    resolveMessages: 'function',
    ClientCall: 'function',
    Countdown: 'function',
    MfaProvider: 'function',
    MfaOtpInput: 'function',
    MfaTotpEnroll: 'function',
    MfaRecoveryCodes: 'function',
  };
  for (const [name, type] of Object.entries(expected)) {
    assert.equal(typeof api[name], type, `export ${name}`);
  }
});

test('importing the root defines no tag and reads no browser global', async () => {
  await import(new URL('src/index.js', dist).href);
  assert.deepEqual(defined, [], 'customElements.define was called');
  const ours = fromOurCode();
  assert.deepEqual(
    ours.map(({ name, stack }) => `${name} at ${stack.split('\n')[2]?.trim()}`),
    [],
    'a module of the kit read a browser global at import time',
  );
});

test('the element classes are real classes that can be subclassed without a DOM', async () => {
  const { MfaProvider, MfaOtpInput, MfaTotpEnroll, MfaRecoveryCodes } = await import(
    new URL('src/index.js', dist).href
  );
  for (const ctor of [MfaProvider, MfaOtpInput, MfaTotpEnroll, MfaRecoveryCodes]) {
    assert.equal(typeof ctor.prototype.render, 'function', `${ctor.name}.render`);
    class Extended extends ctor {}
    assert.ok(Object.getPrototypeOf(Extended) === ctor);
  }
  assert.deepEqual(defined, []);
});
