#!/usr/bin/env node
// Walks the demo end to end in Chromium, the way a visitor would, under the demo's strict CSP:
// enroll an authenticator app (the code computed from the setup key the page shows, as a phone
// does), save the recovery codes, sign out, fail once, sign in with a recovery code and with a
// TOTP code; then the playground, the theme presets, dark mode and a phone-sized screen. axe runs
// in every state; any console error, page error or CSP violation fails the run.
// The page talks to the reference server vite runs (demo/server/plugin.ts): the TOTP codes come
// from the real clock, and each run signs in under new user names. When this script starts the
// server itself, it uses a temporary data folder ($MFA_DEMO_DATA), then restarts the server and
// checks the enrollment is still there and that /demo/export-key really checks the MFA token.
//
//   node scripts/demo-smoke.mjs                  starts the dev server (`npm start`) itself
//   node scripts/demo-smoke.mjs --preview        `vite build`, then `vite preview` of that build
//   node scripts/demo-smoke.mjs --url URL        an already running demo
//   node scripts/demo-smoke.mjs --shots DIR      also save screenshots (PNG) to DIR
//
// Chromium: CHROME_PATH, else Debian's /usr/bin/chromium. Exit code 0 only when all went well.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Secret, TOTP } from 'otpauth';
import { chromium } from 'playwright-core';
import { addVirtualAuthenticator } from '../test/support/webauthn-commands.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { freshTotpCodes } from './fresh-totp-code.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    url: { type: 'string' },
    preview: { type: 'boolean', default: false },
    shots: { type: 'string' },
  },
});

const executablePath = chromiumPath();
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

// --- the server --------------------------------------------------------------------------------
let server;
let url = options.url;
let dataDir;
if (!url && !process.env.MFA_DEMO_DATA) {
  dataDir = mkdtempSync(resolve(tmpdir(), 'mfa-demo-smoke-'));
  process.env.MFA_DEMO_DATA = dataDir;
}
async function startServer() {
  const vite = await import('vite');
  const configFile = resolve(root, 'vite.config.ts');
  if (options.preview) {
    if (!server) await vite.build({ configFile, root: resolve(root, 'demo'), logLevel: 'warn' });
    server = await vite.preview({ configFile, root: resolve(root, 'demo'), logLevel: 'warn' });
  } else {
    server = await vite.createServer({ configFile, root: resolve(root, 'demo'), logLevel: 'warn' });
    await server.listen();
  }
  return server.resolvedUrls.local[0];
}
const ownServer = !url;
if (!url) url = await startServer();
const stopServer = async () => {
  if (!server) return;
  const closing = server;
  server = undefined;
  if (typeof closing.close === 'function') await closing.close();
  else await new Promise((done) => closing.httpServer.close(done));
  // The preview server closes the database on its 'close' event, without waiting: give it a moment.
  if (options.preview) await new Promise((done) => setTimeout(done, 1500));
};

// --- the browser -------------------------------------------------------------------------------
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: CHROMIUM_ARGS,
});
// Reduced motion: no smooth scrolling or entry animations, so screenshots are stable.
const context = await browser.newContext({
  viewport: { width: 1280, height: 900 },
  colorScheme: 'light',
  reducedMotion: 'reduce',
});
const page = await context.newPage();
page.setDefaultTimeout(15_000);

const problems = [];
page.on('console', (message) => {
  const text = message.text();
  // Lit announces its development build in dev mode; that is expected from `npm start`.
  // A refused request is checked by the 'response' listener below (some refusals are the point).
  if (/^Failed to load resource: the server responded with a status of 4\d\d/.test(text)) return;
  if (
    message.type() === 'error' ||
    (message.type() === 'warning' && !text.includes('Lit is in dev mode'))
  ) {
    problems.push(`console ${message.type()}: ${text}`);
  }
});
page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
// Every refused request must be one the journey expects ('POST /mfa/totp/verify 400'), once each.
const expectedRefusals = [];
const expectRefusal = (what) => expectedRefusals.push(what);
page.on('response', (response) => {
  if (response.status() < 400) return;
  const what = `${response.request().method()} ${new URL(response.url()).pathname} ${response.status()}`;
  const index = expectedRefusals.indexOf(what);
  if (index >= 0) expectedRefusals.splice(index, 1);
  else problems.push(`unexpected HTTP refusal: ${what} (during "${currentStep}")`);
});
await page.addInitScript(() => {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(
      `CSP violation: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
    );
  });
});

let currentStep = 'start';
const log = (text) => {
  if (/^\d+\./.test(text)) currentStep = text;
  console.log(text);
};
if (options.shots) mkdirSync(options.shots, { recursive: true });

/** A screenshot of the viewport, or of one element (with the sticky header out of the way). */
async function shot(name, selector) {
  if (!options.shots) return;
  const path = resolve(options.shots, `${name}.png`);
  if (!selector) {
    await page.screenshot({ path });
    return;
  }
  await page.evaluate(() =>
    document.querySelector('.site-header')?.style.setProperty('visibility', 'hidden'),
  );
  await page.locator(selector).screenshot({ path });
  await page.evaluate(() =>
    document.querySelector('.site-header')?.style.removeProperty('visibility'),
  );
}

/** axe over the whole page, shadow roots included, in the state it is in now. */
async function axe(label) {
  const violations = await page.evaluate(async (source) => {
    if (!window.axe) (0, eval)(source);
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' >> '))
          .join(' | ')}`,
    );
  }, axeSource);
  for (const violation of violations) problems.push(`axe (${label}): ${violation}`);
  log(`  axe ${label}: ${violations.length === 0 ? 'ok' : `${violations.length} violation(s)`}`);
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** What an authenticator app does: the code for the key the page shows. */
async function phoneFromShownKey() {
  const shown = await page.locator('mfa-totp-enroll [part~="secret"]').textContent();
  return new TOTP({ secret: Secret.fromBase32(shown.replace(/\s+/g, '')), digits: 6, period: 30 });
}

// The code input is the element's light-DOM child (docs/SECURITY.md 26).
const enrollInput = 'mfa-totp-enroll > input[autocomplete="one-time-code"]';
const recoveryShown = '#codes-slot mfa-recovery-codes [part~="code"]';

async function enrollAndSaveCodes() {
  const phone = await phoneFromShownKey();
  await page.locator(enrollInput).click();
  await page.keyboard.type(phone.generate());
  await page.locator('#step-codes[data-state="active"]').waitFor();
  await page.locator(recoveryShown).first().waitFor();
  return phone;
}

/** Sign in through the page's form and wait until the journey shows this user. */
async function signInAs(name) {
  // Not before the page has restored its own session, which would overwrite the field.
  await page.waitForFunction(
    () => document.documentElement.dataset.demoReady === 'true',
    undefined,
    { timeout: 120_000 },
  );
  await page.locator('#user-name').fill(name);
  await page.locator('#signin-submit').click();
  await page.waitForFunction(
    (n) =>
      document.querySelector('#account-avatar')?.textContent === n.charAt(0) &&
      !document.querySelector('#journey.is-loading'),
    name,
  );
}

/** Chromium's virtual authenticator (CONTRIBUTING.md): a platform passkey with user verification. */
async function addPageAuthenticator() {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  return { cdp, authenticatorId: await addVirtualAuthenticator(cdp) };
}

/** Each TOTP step is accepted once: codes from steps later than any used. */
const freshCode = freshTotpCodes();

const guardDialog = (guard) => page.locator(`${guard} [part~="dialog"]`);

/** The guard's dialog: pick a method by its tab, then wait for the element of that method. */
async function chooseMethod(guard, name) {
  await guardDialog(guard).getByRole('tab', { name }).click();
}

/**
 * Issue 3's journey on the real server: a passkey added from the account page, a guarded export
 * proved with the passkey (and its single-use token refused a second time), a guarded signature
 * proved with an authenticator code, then a method deleted only after a fresh proof.
 */
async function stepUpJourney(codes) {
  const phone = journeyPhone;
  // This session is not verified yet (a new sign-in after the restart): verify with a code first.
  await page.locator('#verify-code input').click();
  await page.keyboard.type(await freshCode(phone));
  await page.locator('#signed-in:not([hidden])').waitFor();

  const { cdp, authenticatorId } = await addPageAuthenticator();
  await page.locator('#account').scrollIntoViewIfNeeded();
  await page.locator('#account-devices [part~="device"]').first().waitFor();
  await page.locator('#account-devices [part~="add-button"]', { hasText: /passkey/i }).click();
  await page.locator('#account-devices mfa-passkey-prompt [part~="button"]').click();
  await page
    .locator('#account-devices [part~="device"]', { hasText: /passkey/i })
    .first()
    .waitFor();
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(
    credentials.length === 1,
    `the virtual authenticator should hold one passkey, it holds ${credentials.length}`,
  );
  await axe('account');
  await shot('10-account', '#account');

  // Export, proved with the passkey (offered first).
  await page.locator('#actions').scrollIntoViewIfNeeded();
  await page.locator('#export-key').click();
  await guardDialog('#guard-export').waitFor({ state: 'visible' });
  await axe('guard dialog');
  await shot('11-guard-passkey', '#guard-export [part~="dialog"]');
  await page.locator('#guard-export mfa-passkey-prompt [part~="button"]').click();
  await page.locator('#export-result[data-tone="ok"]', { hasText: 'Exported:' }).waitFor();
  expect(await guardDialog('#guard-export').isHidden(), 'the dialog should close after the proof');
  expect(
    (await page.evaluate(() => document.activeElement?.id)) === 'export-key',
    'focus should return to the export button',
  );
  // The same single-use token, sent again, is refused by the endpoint.
  expectRefusal('POST /demo/export-key 403');
  await page.locator('#export-replay').click();
  await page
    .locator('#export-result[data-tone="ok"]', { hasText: 'Refused, as it should be' })
    .waitFor();

  // Sign a message, proved with the authenticator app.
  await page.locator('#sign-submit').click();
  await guardDialog('#guard-sign').waitFor({ state: 'visible' });
  await chooseMethod('#guard-sign', /authenticator/i);
  await page.locator('#guard-sign > input[autocomplete="one-time-code"]').click();
  // The code is sent on its last digit.
  await page.keyboard.type(await freshCode(phone));
  await page.locator('#sign-result[data-tone="ok"]', { hasText: 'Signed' }).waitFor();

  // Cancelling the guard leaves the email unchanged.
  await page.locator('#email-submit').click();
  await guardDialog('#guard-email').waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await page.locator('#email-result[data-tone="error"]', { hasText: 'Cancelled' }).waitFor();

  // Delete the passkey: it takes a fresh proof (a recovery code here).
  await page.locator('#account').scrollIntoViewIfNeeded();
  const passkeyRow = page
    .locator('#account-devices [part~="device"]', { hasText: /passkey/i })
    .first();
  await passkeyRow.locator('[part~="delete-button"]').click();
  const devicesDialog = page.locator('#account-devices mfa-action-guard [part~="dialog"][open]');
  await devicesDialog.waitFor({ state: 'visible' });
  await devicesDialog.getByRole('tab', { name: /recovery/i }).click();
  await page
    .locator('#account-devices mfa-action-guard mfa-recovery-codes [part~="input"]')
    .fill(codes[2]);
  await page
    .locator('#account-devices mfa-action-guard mfa-recovery-codes [part~="submit-button"]')
    .click();
  await page.waitForFunction(
    () =>
      ![
        ...(document
          .querySelector('#account-devices')
          ?.shadowRoot?.querySelectorAll('[part~="device"]') ?? []),
      ].some((row) => /passkey/i.test(row.textContent ?? '')),
  );
  const status = await page.evaluate(async () => (await fetch('/mfa/status')).json());
  expect(
    !status.devices.some((device) => device.type === 'passkey'),
    `the passkey should be gone: ${JSON.stringify(status.devices)}`,
  );
  await axe('after deleting');
  await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
}

// New names every run: the server keeps its users (in a temporary folder when started here).
const run = Date.now().toString(36);
const ada = `ada-${run}@example.com`;
const grace = `grace-${run}@example.com`;

let failed = false;
/** Ada's authenticator app, from the setup key shown in step 1. */
let journeyPhone;
try {
  log(`demo: ${url}`);
  await page.goto(url);
  // The first load signs someone in and starts their enrollment: let that finish before the
  // cookies go, or its request arrives without a session (a 401 the server rightly sends).
  await page.waitForFunction(
    () => document.documentElement.dataset.demoReady === 'true',
    undefined,
    { timeout: 120_000 },
  );
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => localStorage.clear());
  await context.clearCookies();
  await page.reload();
  // The first load pays for cold starts (Vite's dependency pre-bundling, embedded Postgres).
  await page.waitForFunction(() => document.documentElement.dataset.demoMode, undefined, {
    timeout: 120_000,
  });
  const mode = await page.evaluate(() => document.documentElement.dataset.demoMode);
  expect(
    mode === 'server',
    `the demo should run on the reference server, it runs in "${mode}" mode`,
  );
  await signInAs(ada);

  log('1. authenticator app');
  await page.locator('mfa-totp-enroll [part~="qr-code"]').waitFor();
  expect(
    await page.locator('#helper-enroll').evaluate((d) => !d.open),
    'the demo helper should be closed by default',
  );
  await shot('01-top');
  await axe('enroll');
  await page.locator('#helper-enroll summary').click();
  await page.waitForFunction(() =>
    /\d/.test(document.querySelector('#helper-enroll output')?.textContent ?? ''),
  );
  const phone = await phoneFromShownKey();
  journeyPhone = phone;
  const helperCode = (await page.locator('#helper-enroll output').textContent()).replace(/\s/g, '');
  const expected = [phone.generate({ timestamp: Date.now() - 1000 }), phone.generate()];
  expect(
    expected.includes(helperCode),
    `the demo helper shows ${helperCode}, the key on screen gives ${expected.join(' or ')}`,
  );
  await shot('02-enroll', '#step-enroll');
  await page.locator(enrollInput).click();
  const enrolledAt = Date.now();
  freshCode.markUsed(enrolledAt);
  await page.keyboard.type(phone.generate({ timestamp: enrolledAt }));

  log('2. recovery codes');
  await page.locator('#step-codes[data-state="active"]').waitFor();
  await page.locator(recoveryShown).first().waitFor();
  const codes = (await page.locator(recoveryShown).allTextContents()).map((code) => code.trim());
  expect(codes.length === 10, `expected 10 recovery codes, saw ${codes.length}`);
  await shot('03-recovery-codes', '#step-codes');
  await axe('recovery codes');
  await page.locator('#codes-slot mfa-recovery-codes [part~="confirm"]').click();
  await page.locator('#codes-slot mfa-recovery-codes [part~="acknowledge-button"]').click();
  await page.locator('#step-verify[data-state="active"]').waitFor();
  await page.locator('#signed-in:not([hidden])').waitFor();
  await axe('signed in');

  log('3. sign in again');
  await page.locator('#sign-out').click();
  await page.locator('#verify-grid:not([hidden])').waitFor();
  await page.locator('#verify-code input').click();
  expectRefusal('POST /mfa/totp/verify 400');
  await page.keyboard.type('000000');
  await page.waitForFunction(() => document.querySelector('#verify-code')?.errorMessage);
  await shot('04-wrong-code', '#step-verify');
  await axe('wrong code');

  const recoveryField = page.locator('#recovery-verify-slot mfa-recovery-codes [part~="input"]');
  await recoveryField.fill(codes[0].toLowerCase().replaceAll('-', ' '));
  await page.locator('#recovery-verify-slot mfa-recovery-codes [part~="submit-button"]').click();
  await page.locator('#signed-in:not([hidden])').waitFor();
  const afterRecovery = await page.locator('#signed-in-detail').textContent();
  expect(
    /recovery code/i.test(afterRecovery) && /\b9\b/.test(afterRecovery),
    `after a recovery code: "${afterRecovery}"`,
  );
  await shot('05-signed-in', '#step-verify');

  await page.locator('#sign-out').click();
  await page.locator('#verify-grid:not([hidden])').waitFor();
  // The enrollment used the current time step and a step is accepted once; the next step's code
  // is inside the ±1 step window, so it works now without waiting 30 s.
  await page.locator('#verify-code input').click();
  await page.keyboard.type(await freshCode(phone));
  await page.locator('#signed-in:not([hidden])').waitFor();
  const afterTotp = await page.locator('#signed-in-detail').textContent();
  expect(/authenticator app/i.test(afterTotp), `after a TOTP code: "${afterTotp}"`);

  log('4. reload and switch user');
  await page.reload();
  await page.locator('#step-verify[data-state="done"]').waitFor();
  await page.locator('#user-name').fill(grace);
  await page.locator('#signin-submit').click();
  await page
    .locator('#step-enroll[data-state="active"] mfa-totp-enroll [part~="qr-code"]')
    .waitFor();
  // Let the account section finish its own start for this user (it enrolls too): signing in as
  // someone else ends this session, and a request still under way would rightly get a 401.
  await page.waitForLoadState('networkidle');
  // Signing in again is a new session on the server: enrolled, so it asks for the second factor.
  await page.locator('#user-name').fill(ada);
  await page.locator('#signin-submit').click();
  await page.locator('#step-verify[data-state="active"] #verify-grid:not([hidden])').waitFor();

  log('5. playground');
  await page.locator('#ctl-required').check();
  await page.locator('#ctl-auto-submit').check();
  await page.locator('#play-otp [part~="input"]').click();
  await page.keyboard.type('123456');
  await page.locator('#play-status', { hasText: '123456' }).waitFor();
  expect(
    (await page.locator('#formdata').textContent()).includes('"123456"'),
    'FormData should hold the typed code',
  );
  const events = await page.locator('#event-log').textContent();
  expect(
    events.includes('mfa-complete') && !events.includes('SECRET IN DETAIL'),
    'event log: mfa-complete seen, no secret in any detail',
  );
  await shot('06-playground', '#playground');
  await axe('playground');

  log('6. themes, dark mode, phone');
  for (const theme of ['ocean', 'forest', 'paper', 'soft']) {
    await page.locator(`#theme-picker label:has(input[value="${theme}"])`).click();
    expect(
      await page.evaluate((t) => document.documentElement.classList.contains(`theme-${t}`), theme),
      `theme ${theme} applied`,
    );
    await page.locator('#theme-css', { hasText: `.theme-${theme}` }).waitFor();
    await shot(`07-theme-${theme}`, '#theming');
  }
  await page.locator('#theme-picker label:has(input[value="default"])').click();
  await page.locator('#scheme-picker label:has(input[value="dark"])').click();
  // Start over deletes the signed-in user's MFA data on the server: Grace enrolls, then starts over.
  await signInAs(grace);
  await enrollAndSaveCodes();
  await page.locator('#reset-demo').click();
  await page
    .locator('#step-enroll[data-state="active"] mfa-totp-enroll [part~="qr-code"]')
    .waitFor();
  const afterReset = await page.evaluate(async () => (await fetch('/mfa/status')).json());
  // Only the enrollment the page has just started again, not yet confirmed.
  expect(
    afterReset.pending === 'enroll' && afterReset.devices.every((device) => !device.verified),
    `after Start over: ${JSON.stringify(afterReset)}`,
  );
  await shot('08-dark');
  await axe('dark');
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow <= 0, `the page scrolls sideways on a phone (${overflow}px)`);
  await enrollAndSaveCodes();
  await shot('09-phone-dark-codes', '#step-codes');
  await axe('phone, dark');
  await page.locator('#scheme-picker label:has(input[value="system"])').click();

  if (ownServer) {
    log('7. restart the server: the enrollment is still there');
    // Off the page first: vite's client would try to reconnect to the stopped server.
    await page.goto('about:blank');
    await stopServer();
    url = await startServer();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    await signInAs(ada);
    await page.locator('#step-verify[data-state="active"] #verify-grid:not([hidden])').waitFor();
    const status = await page.evaluate(async () => (await fetch('/mfa/status')).json());
    expect(
      status.pending === 'verify' && status.methods.includes('totp'),
      `after a restart: ${JSON.stringify(status)}`,
    );

    log('8. /demo/export-key checks the MFA token');
    const exportKey = (token) =>
      page.evaluate(async (value) => {
        const headers = { 'content-type': 'application/json' };
        if (value) headers['x-mfa-token'] = value;
        const response = await fetch('/demo/export-key', { method: 'POST', headers, body: '{}' });
        return { status: response.status, body: await response.json() };
      }, token);
    expectRefusal('POST /demo/export-key 403');
    const refused = await exportKey(undefined);
    expect(
      refused.status === 403 && !refused.body.privateKey,
      `export without a token: ${JSON.stringify(refused)}`,
    );
    const proof = await page.evaluate(async (code) => {
      const response = await fetch('/mfa/recovery-codes/verify', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, token: { singleUse: true }, action: 'wallet.export' }),
      });
      return response.json();
    }, codes[1]);
    expect(proof.token?.value, `a recovery code should give a token: ${JSON.stringify(proof)}`);
    const accepted = await exportKey(proof.token.value);
    expect(
      accepted.status === 200 && accepted.body.privateKey,
      `export with the token: ${JSON.stringify(accepted)}`,
    );
    expectRefusal('POST /demo/export-key 403');
    const replayed = await exportKey(proof.token.value);
    expect(
      replayed.status >= 400 && replayed.status < 500 && !replayed.body.privateKey,
      `the token again: ${JSON.stringify(replayed)}`,
    );

    log('9. passkey, guarded actions, deleting a method');
    await stepUpJourney(codes);
  }
} catch (error) {
  failed = true;
  problems.push(`journey: ${error.message}`);
  if (options.shots)
    await page
      .screenshot({ path: resolve(options.shots, 'failure.png'), fullPage: true })
      .catch(() => {});
} finally {
  await browser.close();
  await stopServer();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

if (!failed)
  for (const what of expectedRefusals)
    problems.push(`expected a refusal that did not come: ${what}`);
// Under `npm test` the whole walk counts as one end-to-end test.
if (process.env.MFA_TEST_COUNTS) {
  const ok = problems.length === 0 && !failed;
  writeFileSync(
    process.env.MFA_TEST_COUNTS,
    JSON.stringify({ passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 }),
  );
}
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
log(failed ? 'demo smoke: failed' : 'demo smoke: ok');
process.exit(failed ? 1 : 0);
