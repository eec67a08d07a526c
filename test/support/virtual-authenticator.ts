import { executeServerCommand } from '@web/test-runner-commands';
import { preloadPasskeySupport } from '../../src/clients/memory/index.js';

/**
 * Mocha hooks for a `describe` whose tests use real passkeys: Chromium's virtual authenticator
 * (test/support/webauthn-commands.mjs), fresh and empty for every test, removed at the end.
 * Under the dev server the memory client's `@simplewebauthn/server` is ~250 modules, so it is
 * loaded once up front, with whatever else the suite wants warm (e.g. axe).
 */
export function useVirtualAuthenticator(options: { warmUp?: () => Promise<unknown> } = {}): void {
  before(async function (this: Mocha.Context) {
    this.timeout(60_000);
    await Promise.all([preloadPasskeySupport(), options.warmUp?.()]);
  });

  beforeEach(async () => {
    await executeServerCommand('webauthn-add', { isUserVerified: true });
  });

  after(async () => {
    await executeServerCommand('webauthn-remove');
  });
}
