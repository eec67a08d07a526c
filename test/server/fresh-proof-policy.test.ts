// docs/SECURITY.md 16: deleting or adding a factor and replacing the recovery codes always take a fresh
// proof. <mfa-devices> asks `isRequiredForAction('device.delete')` before it deletes, so an app
// policy that relaxes these actions must not make the server answer "not required".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MFA_ACTIONS, policyFor, resolveOptions } from '../../src/server/options.js';

test('the kit’s own factor actions cannot be relaxed by the app’s policy', () => {
  const options = resolveOptions({
    rp: { id: 'localhost', name: 'Test', origins: ['http://localhost'] },
    issuer: 'Test',
    authenticate: () => null,
    defaultAction: { required: false },
    actions: {
      [MFA_ACTIONS.deleteDevice]: { required: false },
      [MFA_ACTIONS.regenerateRecoveryCodes]: { required: false, token: 'persistent' },
      'wallet.export': { required: false },
    },
  });
  for (const action of Object.values(MFA_ACTIONS)) {
    assert.deepEqual(policyFor(options, action), { required: true, token: 'single-use' }, action);
  }
  assert.equal(
    policyFor(options, 'wallet.export').required,
    false,
    'the app’s own actions follow its policy',
  );
  assert.equal(policyFor(options, 'anything.else').required, false, 'and so does its default');
});
