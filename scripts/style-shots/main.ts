// Every element in a known state, on in-page memory clients, for scripts/style-shots.mjs.
import '../../src/all.js';
import type { MfaActionGuard, MfaClient, MfaRecoveryCodes } from '../../src/index.js';
import { createMemoryClient } from '../../src/clients/memory/index.js';

const params = new URLSearchParams(location.search);
if (params.get('scheme') === 'dark') document.documentElement.classList.add('dark');
if (params.get('dir') === 'rtl') document.documentElement.dir = 'rtl';

const set = (selector: string, client: MfaClient): void => {
  const element = document.querySelector<HTMLElement & { client?: MfaClient }>(selector);
  if (element) element.client = client;
};

const fresh = createMemoryClient({ issuer: 'Acme' });
set('#totp-enroll mfa-totp-enroll', fresh);
set('#passkey-register mfa-passkey-prompt', fresh);

const withCodes = createMemoryClient({ issuer: 'Acme' });
await withCodes.setUpTotp({ acknowledge: false });
set('#recovery-show mfa-recovery-codes', withCodes);
set('#devices mfa-devices', withCodes);

const signedOut = createMemoryClient({ issuer: 'Acme', actions: { 'demo.export': true } });
await signedOut.setUpTotp({ acknowledge: true, signOut: true });
set('#recovery-verify mfa-recovery-codes', signedOut);
set('#flow mfa-flow', signedOut);
set('#guard mfa-action-guard', signedOut);

const verify = document.querySelector<MfaRecoveryCodes>('#recovery-verify mfa-recovery-codes');
await verify?.updateComplete;

if (params.get('guard') === 'open') {
  const guard = document.querySelector<MfaActionGuard>('mfa-action-guard');
  void guard?.authorize().catch(() => undefined);
}
document.documentElement.dataset.ready = 'true';
