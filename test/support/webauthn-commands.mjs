// Chromium's virtual WebAuthn authenticator for browser tests, exposed as test-runner commands:
//   await executeServerCommand('webauthn-add', { isUserVerified: true })  -> { authenticatorId }
//   await executeServerCommand('webauthn-credentials')                    -> { credentials }
//   await executeServerCommand('webauthn-set-user-verified', { value: false })
//   await executeServerCommand('webauthn-remove')
// See CONTRIBUTING.md, "Real passkeys in tests".

/**
 * Adds Chromium's virtual authenticator to a CDP session that has `WebAuthn.enable`d: a platform
 * passkey with user verification, present without a touch. Resolves to its id. The demo's smoke
 * test (scripts/demo-smoke.mjs) uses it too.
 */
export async function addVirtualAuthenticator(cdp, { isUserVerified = true } = {}) {
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified,
      automaticPresenceSimulation: true,
    },
  });
  return authenticatorId;
}

export function webauthnCommands() {
  /** session id -> { cdp, authenticatorId } */
  const state = new Map();

  async function cdpFor(session) {
    let entry = state.get(session.id);
    if (!entry) {
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('WebAuthn.enable');
      entry = { cdp, authenticatorId: undefined };
      state.set(session.id, entry);
    }
    return entry;
  }

  return {
    name: 'webauthn-commands',
    async executeCommand({ command, payload = {}, session }) {
      if (!command.startsWith('webauthn-')) return undefined;
      const entry = await cdpFor(session);
      const { cdp } = entry;
      switch (command) {
        case 'webauthn-add': {
          if (entry.authenticatorId) {
            await cdp.send('WebAuthn.removeVirtualAuthenticator', {
              authenticatorId: entry.authenticatorId,
            });
          }
          const authenticatorId = await addVirtualAuthenticator(cdp, {
            isUserVerified: payload.isUserVerified ?? true,
          });
          entry.authenticatorId = authenticatorId;
          return { authenticatorId };
        }
        case 'webauthn-credentials': {
          if (!entry.authenticatorId) return { credentials: [] };
          const { credentials } = await cdp.send('WebAuthn.getCredentials', {
            authenticatorId: entry.authenticatorId,
          });
          return {
            credentials: credentials.map(({ credentialId, signCount, rpId }) => ({
              credentialId,
              signCount,
              rpId,
            })),
          };
        }
        case 'webauthn-set-user-verified': {
          await cdp.send('WebAuthn.setUserVerified', {
            authenticatorId: entry.authenticatorId,
            isUserVerified: Boolean(payload.value),
          });
          return { ok: true };
        }
        case 'webauthn-remove': {
          if (entry.authenticatorId) {
            await cdp.send('WebAuthn.removeVirtualAuthenticator', {
              authenticatorId: entry.authenticatorId,
            });
            entry.authenticatorId = undefined;
          }
          return { ok: true };
        }
        default:
          throw new Error(`Unknown command ${command}`);
      }
    },
  };
}
