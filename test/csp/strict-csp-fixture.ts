/**
 * Loaded by strict-csp.html under `default-src 'self'; require-trusted-types-for 'script'`
 * (SECURITY.md line 25). Renders every element against the memory client and walks each through
 * its states — loading, errors, QR code, typing, success, recovery codes shown, copied,
 * downloaded, printed and acknowledged, verify mode, rate limit; then passkey prompts, action
 * guards, a flow and a devices list (drive-*.ts) — while strict-csp-listen.ts records every
 * policy violation. Then it breaks the policy on purpose, to prove violations are seen, and
 * reports to the test page (test/csp.test.ts) with postMessage and `window.cspResult`.
 */
import { Secret, TOTP } from 'otpauth';
import '../../src/all.js';
import {
  createMemoryClient,
  ManualClock,
  preloadPasskeySupport,
} from '../../src/clients/memory/index.js';
import type { MfaRecoveryCodes } from '../../components/recovery-codes/recovery-codes.js';
import type { MfaTotpEnroll } from '../../components/totp-enroll/totp-enroll.js';
import { driveActionGuard, type ActionGuardRendered } from './drive-action-guard.js';
import { driveDevices, type DevicesRendered } from './drive-devices.js';
import { driveFlow, type FlowRendered } from './drive-flow.js';
import { drivePasskeyPrompt, type PasskeyPromptRendered } from './drive-passkey-prompt.js';
import {
  CallGate,
  describe,
  frame,
  once,
  otpNativeInput,
  part,
  step,
  steps,
  timings,
  typeInto,
  until,
} from './fixture-support.js';
import type { RecordedViolation } from './strict-csp-listen.js';

export interface CspFixtureResult {
  /** Every step finished; otherwise `error` says where it stopped. */
  finished: boolean;
  error?: string;
  steps: string[];
  /** Milliseconds from the start when each step was done. */
  timings: Record<string, number>;
  /** What the elements rendered, checked by the test. */
  rendered: {
    qrSvg: boolean;
    qrPathLength: number;
    otpComplete: boolean;
    enrolled: boolean;
    codesListed: number;
    acknowledged: boolean;
    verified: boolean;
    remaining: string;
    rateLimited: boolean;
    passkeyPrompt?: PasskeyPromptRendered;
    actionGuard?: ActionGuardRendered;
    flow?: FlowRendered;
    devices?: DevicesRendered;
  };
  /** Violations while the kit ran: must be none. */
  violations: RecordedViolation[];
  /** Violations of the deliberate probes at the end: must be there. */
  probeViolations: RecordedViolation[];
  probes: { innerHTMLThrew: boolean; styleAttributeApplied: boolean; dataImageLoaded: boolean };
}

declare global {
  interface Window {
    cspResult?: CspFixtureResult;
  }
}

const stage = document.querySelector('#stage')!;
const rendered: CspFixtureResult['rendered'] = {
  qrSvg: false,
  qrPathLength: 0,
  otpComplete: false,
  enrolled: false,
  codesListed: 0,
  acknowledged: false,
  verified: false,
  remaining: '',
  rateLimited: false,
};

async function run(): Promise<void> {
  // The copy buttons' code is what runs under the policy here; the browser's one clipboard is
  // shared with the test file running beside this one (test/support/clipboard.ts), so the copies
  // go nowhere.
  Object.defineProperty(navigator.clipboard, 'writeText', {
    configurable: true,
    value: () => Promise.resolve(),
  });
  const clock = new ManualClock(Date.UTC(2026, 0, 1, 12));
  const client = createMemoryClient({
    userName: 'ada@example.com',
    issuer: 'Acme',
    now: () => clock.now(),
    latency: 20,
  });
  const provider = document.createElement('mfa-provider');
  provider.client = client;
  stage.append(provider);
  await provider.updateComplete;
  step('provider');

  // <mfa-otp-input>: empty, partly typed, complete, invalid.
  const otp = document.createElement('mfa-otp-input');
  otp.label = 'Code';
  provider.append(otp);
  await otp.updateComplete;
  typeInto(otpNativeInput(otp), '12');
  await otp.updateComplete;
  const completed = once(otp, 'mfa-complete');
  typeInto(otpNativeInput(otp), '123456');
  await completed;
  await otp.updateComplete;
  rendered.otpComplete = otp.value === '123456' && otp.hasState('complete');
  otp.errorMessage = 'That code did not work.';
  await otp.updateComplete;
  otp.clear();
  otp.errorMessage = '';
  otp.reportValidity();
  await otp.updateComplete;
  step('otp-input');

  // <mfa-totp-enroll>: a failed start, retry, QR code, copy, a wrong code, the right code.
  client.failNextCall('network');
  const enroll = document.createElement('mfa-totp-enroll') as MfaTotpEnroll;
  provider.append(enroll);
  await until(() => part(enroll, 'retry-button'), 'the enroll error state');
  step('totp-enroll error');
  part(enroll, 'retry-button')!.click();
  const qr = await until(
    () => enroll.shadowRoot?.querySelector('[part~="qr-code"] path, svg[part~="qr-code"] path'),
    'the QR code',
  ).catch((error: Error) => {
    throw new Error(`${error.message}; shown: ${describe(enroll)}`);
  });
  rendered.qrSvg = qr.closest('svg') !== null;
  rendered.qrPathLength = qr.getAttribute('d')?.length ?? 0;
  step('totp-enroll qr');
  // Passkey verification is ~250 modules under the dev server: load them while the next elements
  // run (not before: they would hold up the QR code's chunk).
  const passkeySupport = preloadPasskeySupport();
  part(enroll, 'copy-button')!.click();
  await until(
    () => part(enroll, 'copy-error') || part(enroll, 'copy-status')?.textContent?.trim(),
    'the copy result',
  );
  step('totp-enroll copy');
  const secret = part(enroll, 'secret')!.textContent.replace(/\s+/g, '');
  const field = enroll.shadowRoot!.querySelector('mfa-otp-input')!;
  const wrongCode = once(enroll, 'mfa-error');
  const right = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: clock.now(),
  });
  typeInto(otpNativeInput(field), right === '000000' ? '111111' : '000000');
  await wrongCode;
  await until(
    () => field.hasState('invalid') && !enroll.hasState('pending'),
    'the wrong-code message',
  );
  step('totp-enroll wrong code');
  const enrolled = once(enroll, 'mfa-enrolled');
  typeInto(otpNativeInput(field), right);
  await enrolled;
  await until(() => part(enroll, 'success'), 'the success message');
  rendered.enrolled = enroll.hasState('enrolled');
  step('totp-enroll enrolled');

  // <mfa-recovery-codes>: shown, copied, downloaded, printed, acknowledged.
  const show = document.createElement('mfa-recovery-codes') as MfaRecoveryCodes;
  show.issuer = 'Acme';
  provider.append(show);
  const codeItems = await until(() => {
    const items = show.shadowRoot?.querySelectorAll('[part~="code"]');
    return items && items.length > 0 ? items : undefined;
  }, 'the recovery codes');
  rendered.codesListed = codeItems.length;
  const codes = [...codeItems].map((item) => item.textContent.trim());
  step('recovery-codes shown');
  part(show, 'copy-button')!.click();
  await frame();
  part(show, 'download-button')!.click();
  await frame();
  part(show, 'print-button')!.click();
  await frame();
  await frame();
  step('recovery-codes copy/download/print');
  const checkbox = show.shadowRoot!.querySelector<HTMLInputElement>(
    '[part~="confirm"] input[type="checkbox"]',
  )!;
  checkbox.click();
  await show.updateComplete;
  const acknowledged = once(show, 'mfa-recovery-codes-acknowledged');
  part<HTMLButtonElement>(show, 'acknowledge-button')!.click();
  await acknowledged;
  await show.updateComplete;
  rendered.acknowledged = show.hasState('acknowledged');
  step('recovery-codes acknowledged');

  // <mfa-recovery-codes mode="verify">: empty submit, a wrong code, a right one, then a lockout.
  const verify = document.createElement('mfa-recovery-codes') as MfaRecoveryCodes;
  verify.mode = 'verify';
  provider.append(verify);
  const codeInput = await until(
    () => part<HTMLInputElement>(verify, 'input'),
    'the recovery code field',
  );
  part<HTMLButtonElement>(verify, 'submit-button')!.click();
  await verify.updateComplete;
  const wrong = once(verify, 'mfa-error');
  typeInto(codeInput, 'AAAA-BBBB-CCCC-DDDD');
  part<HTMLButtonElement>(verify, 'submit-button')!.click();
  await wrong;
  await until(() => !verify.hasState('pending'), 'the end of the call');
  await verify.updateComplete;
  step('recovery-codes verify wrong');
  const verified = once(verify, 'mfa-verified');
  typeInto(part<HTMLInputElement>(verify, 'input')!, codes[0].toLowerCase());
  part<HTMLButtonElement>(verify, 'submit-button')!.click();
  await verified;
  await verify.updateComplete;
  rendered.verified = verify.hasState('verified');
  rendered.remaining =
    (await until(() => part(verify, 'remaining')?.textContent?.trim(), 'the remaining count').catch(
      () => '',
    )) ?? '';
  step('recovery-codes verified');

  const lockout = document.createElement('mfa-recovery-codes') as MfaRecoveryCodes;
  lockout.mode = 'verify';
  provider.append(lockout);
  for (let attempt = 0; attempt < 8 && !rendered.rateLimited; attempt++) {
    const input = await until(
      () => part<HTMLInputElement>(lockout, 'input'),
      'the recovery code field',
    );
    const failed = once(lockout, 'mfa-error') as Promise<
      Event & { detail: { code: string; retryAfter?: number } }
    >;
    typeInto(input, 'ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    await until(
      () => !part<HTMLButtonElement>(lockout, 'submit-button')?.disabled,
      'the submit button',
    );
    part<HTMLButtonElement>(lockout, 'submit-button')!.click();
    const event = await failed;
    // The wrong code that starts the lock says so (`retryAfter`); the lock shows at once.
    rendered.rateLimited =
      event.detail.code === 'rate-limited' || event.detail.retryAfter !== undefined;
    await until(() => !lockout.hasState('pending'), 'the end of the call');
  }
  await frame();
  step('recovery-codes rate limited');

  // The TOTP enroll element once more, as a second enrollment: already-enrolled.
  const again = document.createElement('mfa-totp-enroll') as MfaTotpEnroll;
  provider.append(again);
  await until(() => part(again, 'error')?.textContent?.trim(), 'the already-enrolled error');
  step('totp-enroll already enrolled');

  // More users on the same clock, each with a fresh lockout counter; `wallet.export` needs MFA.
  const user = (userName: string) =>
    createMemoryClient({
      userName,
      issuer: 'Acme',
      now: () => clock.now(),
      latency: 20,
      actions: { 'wallet.export': true, 'wallet.view': false },
    });
  // One with an authenticator app (then a passkey); the gate holds passkey calls to show the
  // elements waiting.
  const account = user('grace@example.com');
  await account.setUpTotp();
  const gate = new CallGate();
  const accountProvider = document.createElement('mfa-provider');
  accountProvider.client = gate.wrap(account, ['enrollPasskey', 'verifyPasskey']);
  stage.append(accountProvider);
  await passkeySupport;
  rendered.passkeyPrompt = await drivePasskeyPrompt(accountProvider, account, gate);
  rendered.actionGuard = await driveActionGuard(
    accountProvider,
    account,
    user('alan@example.com'),
    clock,
  );
  rendered.flow = await driveFlow(stage, user('edsger@example.com'), clock);
  rendered.devices = await driveDevices(stage, account, 'Laptop');

  // Everything leaves the page (drops secrets, aborts, removes print frames).
  provider.remove();
  accountProvider.remove();
  await frame();
  step('removed');
}

/** Break the policy on purpose: each of these must be refused and reported. */
async function probe(): Promise<CspFixtureResult['probes']> {
  let innerHTMLThrew = false;
  try {
    document.createElement('div').innerHTML = '<b>not allowed</b>';
  } catch {
    innerHTMLThrew = true;
  }
  const styled = document.createElement('div');
  document.body.append(styled);
  styled.setAttribute('style', 'width: 123px');
  const styleAttributeApplied = getComputedStyle(styled).width === '123px';
  styled.remove();
  const image = document.createElement('img');
  const dataImageLoaded = await new Promise<boolean>((resolve) => {
    image.onload = () => resolve(true);
    image.onerror = () => resolve(false);
    image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
  });
  return { innerHTMLThrew, styleAttributeApplied, dataImageLoaded };
}

async function settle(): Promise<void> {
  // Violation events are queued as tasks; give them time to arrive.
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 150));
}

async function main(): Promise<void> {
  let error: string | undefined;
  try {
    await run();
  } catch (caught) {
    error = `${steps.at(-1) ? `after "${steps.at(-1)}": ` : ''}${caught instanceof Error ? caught.message : String(caught)}`;
  }
  await settle();
  const violations = [...window.cspViolations];
  const probes = await probe();
  await settle();
  const result: CspFixtureResult = {
    finished: error === undefined,
    ...(error === undefined ? {} : { error }),
    steps,
    timings,
    rendered,
    violations,
    probeViolations: window.cspViolations.slice(violations.length),
    probes,
  };
  window.cspResult = result;
  parent.postMessage({ type: 'mfa-csp-fixture', result }, location.origin);
}

void main();
