// Server-side rendering of the eight elements with Lit's own renderer (@lit-labs/ssr), as Astro,
// Eleventy and Lit's Next.js integration do it. Runs against the build in dist/.
// Importing @lit-labs/ssr first installs its DOM shim (customElements, HTMLElement) in Node.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

await import(new URL('../../../dist/src/all.js', import.meta.url).href);

/** The eight tags, each with the attributes a page would give it. */
export const SSR_TAGS = [
  'mfa-provider',
  'mfa-otp-input',
  'mfa-totp-enroll',
  'mfa-passkey-prompt',
  'mfa-recovery-codes',
  'mfa-action-guard',
  'mfa-flow',
  'mfa-devices',
];

/** One page body holding every element: a provider around the flow and the device list. */
export function renderElements() {
  return collectResult(
    render(html`<mfa-provider id="provider">
        <mfa-flow></mfa-flow>
        <mfa-devices></mfa-devices>
      </mfa-provider>
      <form id="form"><mfa-otp-input name="code" label="Code"></mfa-otp-input></form>
      <mfa-totp-enroll></mfa-totp-enroll>
      <mfa-passkey-prompt mode="authenticate"></mfa-passkey-prompt>
      <mfa-recovery-codes></mfa-recovery-codes>
      <mfa-action-guard action="wallet.export"><button type="button">Export</button></mfa-action-guard>`),
  );
}
