/**
 * SECURITY.md line 25: the kit works under
 * `Content-Security-Policy: default-src 'self'; require-trusted-types-for 'script'`.
 * test/csp/strict-csp.html is served with that header (test/support/csp-middleware.mjs); its
 * fixture drives every element through its states and reports the violations it saw. The
 * passkey ceremonies are real: Chromium's virtual authenticator answers the same-origin frame.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { STRICT_CSP } from './support/csp-middleware.mjs';
import type { CspFixtureResult } from './csp/strict-csp-fixture.js';

const PAGE = '/test/csp/strict-csp.html';

function loadFixture(
  timeout = 50_000,
): Promise<{ result: CspFixtureResult; frame: HTMLIFrameElement }> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => {
      window.removeEventListener('message', onMessage);
      const view = frame.contentWindow;
      reject(
        new Error(
          `the CSP fixture did not report within ${timeout} ms; steps done: ${JSON.stringify(view?.cspSteps)}; ` +
            `violations so far: ${JSON.stringify(view?.cspViolations)}`,
        ),
      );
    }, timeout);
    function onMessage(event: MessageEvent) {
      if (event.source !== frame.contentWindow || event.data?.type !== 'mfa-csp-fixture') return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve({ result: event.data.result as CspFixtureResult, frame });
    }
    window.addEventListener('message', onMessage);
    frame.src = PAGE;
    frame.style.width = '800px';
    frame.style.height = '600px';
    document.body.append(frame);
  });
}

describe('strict Content-Security-Policy (docs/SECURITY.md 25)', function () {
  this.timeout(60_000);

  let result: CspFixtureResult;
  let frame: HTMLIFrameElement;

  before(async () => {
    // Chromium's virtual authenticator answers the same-origin fixture frame's passkey ceremonies.
    await executeServerCommand('webauthn-add', { isUserVerified: true });
    ({ result, frame } = await loadFixture());
  });

  after(async () => {
    frame?.remove();
    await executeServerCommand('webauthn-remove');
  });

  it('the fixture page is served with the strict policy', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
    const page = await response.text();
    // The page itself has no inline script or style: only external module scripts.
    const scripts = [...new DOMParser().parseFromString(page, 'text/html').scripts];
    expect(scripts.length).to.be.greaterThan(0);
    for (const script of scripts) expect(script.src, script.outerHTML).to.not.equal('');
    expect(page).to.not.match(/<style|style="/i);
  });

  it('the policy is enforced and violations are seen (the test can fail)', () => {
    expect(result.probes.innerHTMLThrew, 'innerHTML with a string must throw').to.equal(true);
    expect(
      result.probes.styleAttributeApplied,
      'an inline style attribute must be refused',
    ).to.equal(false);
    expect(result.probes.dataImageLoaded, 'a data: URL image must be refused').to.equal(false);
    const directives = result.probeViolations.map((violation) => violation.directive);
    expect(directives).to.include('require-trusted-types-for');
    expect(directives).to.include('style-src-attr');
    expect(directives).to.include('img-src');
  });

  it('every element ran through all its states', () => {
    expect(result.error, result.error).to.equal(undefined);
    expect(result.finished).to.equal(true);
    expect(result.steps).to.deep.equal([
      'provider',
      'otp-input',
      'totp-enroll error',
      'totp-enroll qr',
      'totp-enroll copy',
      'totp-enroll wrong code',
      'totp-enroll enrolled',
      'recovery-codes shown',
      'recovery-codes copy/download/print',
      'recovery-codes acknowledged',
      'recovery-codes verify wrong',
      'recovery-codes verified',
      'recovery-codes rate limited',
      'totp-enroll already enrolled',
      'passkey-prompt unsupported',
      'passkey-prompt cancelled',
      'passkey-prompt error',
      'passkey-prompt waiting',
      'passkey-prompt registered',
      'passkey-prompt verified',
      'action-guard not required',
      'action-guard check error',
      'action-guard passkey tab',
      'action-guard code tab',
      'action-guard recovery-code tab',
      'action-guard wrong code',
      'action-guard authorized by code',
      'action-guard cancelled',
      'action-guard authorized by passkey',
      'action-guard enroll qr',
      'action-guard enrolled and authorized',
      'flow status error',
      'flow enroll choice',
      'flow totp enrollment',
      'flow recovery codes',
      'flow complete',
      'flow verified',
      'devices load error',
      'devices list',
      'devices new recovery codes',
      'devices deleted through the guard',
      'devices last method kept',
      'removed',
    ]);
  });

  it('the elements rendered: QR code as SVG, typed code, codes listed, verify mode', () => {
    expect(result.rendered.qrSvg, 'QR code drawn as <svg>').to.equal(true);
    expect(result.rendered.qrPathLength).to.be.greaterThan(100);
    expect(result.rendered.otpComplete).to.equal(true);
    expect(result.rendered.enrolled).to.equal(true);
    expect(result.rendered.codesListed).to.equal(10);
    expect(result.rendered.acknowledged).to.equal(true);
    expect(result.rendered.verified).to.equal(true);
    expect(result.rendered.remaining).to.include('9');
    expect(result.rendered.rateLimited).to.equal(true);
  });

  it('<mfa-passkey-prompt>: unsupported, cancelled, failed, waiting, then a real registration and sign-in', async () => {
    expect(result.rendered.passkeyPrompt).to.deep.equal({
      unsupported: true,
      cancelled: true,
      failed: true,
      waiting: true,
      registered: true,
      verified: true,
      tokenAction: 'wallet.export',
    });
    // The passkey was made by the virtual authenticator, for this origin.
    const { credentials } = await executeServerCommand<
      { credentials: { rpId: string }[] },
      undefined
    >('webauthn-credentials');
    expect(credentials.map((credential) => credential.rpId)).to.deep.equal([location.hostname]);
  });

  it('<mfa-action-guard>: no proof needed, check error, each method tab, codes, replay, cancel, passkey, enroll-if-missing', () => {
    expect(result.rendered.actionGuard).to.deep.equal({
      notRequiredReplayed: true,
      checkError: true,
      tabs: ['Passkey', 'Authenticator app', 'Recovery code'],
      panels: ['button', 'mfa-otp-input', 'input'],
      wrongCode: true,
      authorizedBy: 'totp',
      runsAfterCode: 1,
      cancelled: true,
      runsAfterCancel: 1,
      authorizedByPasskey: true,
      enrollTabs: ['Passkey', 'Authenticator app'],
      enrollQr: true,
      enrolledThenAuthorized: true,
    });
  });

  it('<mfa-flow>: status error, enroll choice, TOTP enrollment, recovery codes, complete, then verify', () => {
    expect(result.rendered.flow).to.deep.equal({
      statusError: true,
      choices: ['Authenticator app', 'Passkey'],
      totpQr: true,
      codesListed: 10,
      complete: { method: 'totp', enrolled: true },
      verifyTabs: ['Authenticator app', 'Recovery code'],
      completeAfterVerify: { method: 'totp', enrolled: false },
    });
  });

  it('<mfa-devices>: load error, the list, new codes and a delete through the guard, last-method confirmation', () => {
    const rendered = result.rendered.devices;
    expect(rendered?.deleted?.type).to.equal('passkey');
    expect({ ...rendered, deleted: undefined }).to.deep.equal({
      loadError: true,
      listed: ['Authenticator app', 'Laptop'],
      recoveryRow: true,
      newCodes: 10,
      codesSaved: true,
      deleted: undefined,
      listedAfterDelete: ['Authenticator app'],
      lastMethodConfirm: true,
      kept: true,
    });
  });

  it('no Content-Security-Policy violation while the elements ran', () => {
    expect(result.violations, JSON.stringify(result.violations, null, 2)).to.deep.equal([]);
  });
});
