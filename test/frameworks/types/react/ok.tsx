// Correct use: must type-check.
import { useState } from 'react';
import type { MfaClient } from 'mfa-elements';

export function Enroll({ client }: { client: MfaClient }) {
  const [deviceId, setDeviceId] = useState('');
  const [problem, setProblem] = useState('');
  return (
    <mfa-provider client={client}>
      <mfa-totp-enroll manual onmfa-enrolled={(e) => setDeviceId(e.detail.device.id)} onmfa-error={(e) => setProblem(e.detail.code)} />
      <mfa-otp-input name="code" length={6} autoSubmit className="code" onmfa-complete={(e) => e.target} />
      <mfa-recovery-codes mode="verify" onmfa-verified={(e) => setDeviceId(e.detail.method)} />
      <mfa-action-guard action="wallet.export" onmfa-action-authorized={(e) => setProblem(e.detail.action)}>
        <button type="button">Export</button>
      </mfa-action-guard>
      <p>{deviceId || problem}</p>
    </mfa-provider>
  );
}
