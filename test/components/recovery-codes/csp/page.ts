// The page inside the strict-CSP frame of recovery-codes-csp.test.ts: an element showing codes.
import './violations.js';
import '../../../../components/recovery-codes/mfa-recovery-codes.js';
import type { MfaRecoveryCodes } from '../../../../components/recovery-codes/recovery-codes.js';
import { enrolledClient } from '../helpers.js';

declare global {
  interface Window {
    recoveryCodesPage: Promise<{ el: MfaRecoveryCodes; codes: string[] }>;
  }
}

window.recoveryCodesPage = (async () => {
  const setup = await enrolledClient();
  const el = document.createElement('mfa-recovery-codes');
  el.issuer = 'Acme';
  el.client = setup.client;
  document.body.append(el);
  return { el, codes: setup.codes };
})();
