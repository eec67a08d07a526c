// Correct use: must type-check.
import { createSignal } from 'solid-js';
import type { MfaClient } from 'mfa-elements';

export function Enroll(props: { client: MfaClient }) {
  const [deviceId, setDeviceId] = createSignal('');
  return (
    <mfa-provider client={props.client}>
      <mfa-totp-enroll onmfa-enrolled={(e) => setDeviceId(e.detail.device.id)} />
      <mfa-otp-input name="code" length={6} class="code" onmfa-complete={(e) => e.target} />
      <mfa-action-guard action="wallet.export" onmfa-action-authorized={(e) => setDeviceId(e.detail.action)}>
        <button type="button">Export</button>
      </mfa-action-guard>
      <p>{deviceId()}</p>
    </mfa-provider>
  );
}
