#!/usr/bin/env node
// Walks the Dynamic demo (/dynamic.html: Dynamic's real SDK on the local stand-in of its API) in
// Chromium under the demo's strict CSP, once on each rule set, the way a visitor would:
//
//   2026-04 rules: sign in → <mfa-flow> asks for a first method → the authenticator app is
//   refused until the user confirms it is them → "Email me a code", the code from the page's
//   stand-in mailbox → the app is set up, the recovery codes saved → the export guard
//   (`scopes="wallet:export"`, no action) takes a recovery code and the pretend app server
//   accepts its elevated token → the authenticator app is deleted after a fresh step-up (a new
//   authenticator code).
//   older rules: the same journey with no step-up before the enrollment, and the export guard
//   keeping `action="wallet.waas.export"`.
//
// axe runs at each state; a console error, page error, CSP violation or 5xx fails the run.
//
//   node scripts/dynamic-demo-walk.mjs                 starts vite on --port (default 5213)
//   node scripts/dynamic-demo-walk.mjs --url URL       an already running demo
//   npm test -- dynamic-demo                           the same, as a test runner (scripts/test.mjs)
//
// Chromium: CHROME_PATH, else Debian's /usr/bin/chromium. Exit code 0 only when all went well.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Secret, TOTP } from 'otpauth';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { freshTotpCodes } from './fresh-totp-code.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: { url: { type: 'string' }, port: { type: 'string', default: '5213' } },
});
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

// --- the server: vite with the demo's plugins (the stand-in lives in memory) --------------------
let server;
let dataDir;
let url = options.url;
if (!url) {
  // The main demo's reference server starts too: keep its data out of the working tree.
  dataDir = mkdtempSync(resolve(tmpdir(), 'mfa-dynamic-walk-'));
  process.env.MFA_DEMO_DATA = dataDir;
  const vite = await import('vite');
  server = await vite.createServer({
    configFile: resolve(root, 'vite.config.ts'),
    root: resolve(root, 'demo'),
    logLevel: 'warn',
    server: { port: Number(options.port), strictPort: true },
  });
  await server.listen();
  url = server.resolvedUrls.local[0];
}

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: CHROMIUM_ARGS,
});
const problems = [];
let currentStep = 'start';
const log = (text) => {
  if (/^\d+\./.test(text)) currentStep = text;
  console.log(text);
};
function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** One rule set's journey, in a fresh browser context (no session carried over). */
async function walk(rules) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('console', (message) => {
    const text = message.text();
    // 4xx answers are checked by the 'response' listener; Lit's dev-mode notice is expected.
    if (/^Failed to load resource: the server responded with a status of 4\d\d/.test(text)) return;
    // Zod 4, bundled in Dynamic's SDK, probes once whether eval is allowed (`new Function('')`,
    // zod/v4/core/util.js `allowsEval`) and does without it when the CSP refuses: expected here.
    if (
      (message.location().url.includes('@dynamic-labs-sdk') &&
        text.includes("requires 'TrustedScript' assignment")) ||
      /^CSP violation: require-trusted-types-for trusted-types-sink at \S*@dynamic-labs-sdk/.test(
        text,
      )
    )
      return;
    if (
      message.type() === 'error' ||
      (message.type() === 'warning' && !text.includes('Lit is in dev mode'))
    )
      problems.push(
        `${rules} console ${message.type()} (${currentStep}): ${text} [${message.location().url}]`,
      );
  });
  page.on('pageerror', (error) => problems.push(`${rules} page error: ${error.message}`));
  const refusals = [];
  page.on('response', (response) => {
    if (response.status() < 400) return;
    const what = `${response.request().method()} ${new URL(response.url()).pathname.replace(/\/sdk\/[^/]+/, '/sdk/…')} ${response.status()}`;
    if (response.status() >= 500) problems.push(`${rules} server error: ${what} (${currentStep})`);
    else refusals.push(`${what} (${currentStep})`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });

  async function axe(label) {
    const violations = await page.evaluate(async (source) => {
      if (!window.axe) (0, eval)(source);
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map(
        (v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' >> ')).join(' | ')}`,
      );
    }, axeSource);
    for (const violation of violations) problems.push(`${rules} axe (${label}): ${violation}`);
    log(`  axe ${label}: ${violations.length === 0 ? 'ok' : `${violations.length} violation(s)`}`);
  }

  /** Each TOTP time step is accepted once: codes from steps later than any used. */
  const freshCode = freshTotpCodes();

  const flow = '#flow-slot mfa-flow';
  const enroll = `${flow} mfa-totp-enroll`;
  const user = `walk-${rules.replace(/\W/g, '')}-${Date.now().toString(36)}`;

  log(`1. ${rules}: sign in as ${user}`);
  await page.goto(
    new URL(rules === 'older' ? 'dynamic.html?rules=older' : 'dynamic.html', url).href,
  );
  await page.locator('#user-name').fill(user);
  await page.locator('#signin-button').click();
  await page.locator('#signin-status', { hasText: 'Signed in' }).waitFor();
  await page.locator(`${flow} [part~="choice-button"]`).first().waitFor();
  await axe('flow: choose a method');

  log(`2. ${rules}: a first authenticator app`);
  await page.locator(`${flow} [part~="choice-button"]`, { hasText: /authenticator/i }).click();
  if (rules === '2026-04') {
    // Dynamic refuses the enrollment until a step-up: the user confirms it is them by email.
    await page.locator(`${enroll} [part~="step-up-button"]`).click();
    const guard = `${enroll} mfa-action-guard`;
    await page.locator(`${guard} [part~="dialog"][open]`).waitFor();
    await page.locator(`${guard} [part~="reauth-send-button"]`).click();
    await page.locator(`${guard} [part~="reauth-countdown"]`).waitFor();
    await axe('re-authentication code sent');
    const mailbox = page.locator('#mailbox-text', { hasText: /Your code: \d{6}/ });
    await mailbox.waitFor();
    const code = /(\d{6})/.exec(await mailbox.textContent())[1];
    const hint = await page.locator(`${guard} [part~="hint"]`).textContent();
    expect(!hint.includes(code) && hint.includes('example.com'), `the hint: ${hint}`);
    // Code inputs are light-DOM children of the outermost kit element, for password managers
    // (docs/SECURITY.md 26); a code is sent on its last digit.
    await page.locator(`${flow} > input[autocomplete="one-time-code"]`).click();
    await page.keyboard.type(code);
    await page.locator(`${guard} [part~="dialog"][open]`).waitFor({ state: 'detached' });
  } else {
    expect(
      (await page.locator(`${enroll} [part~="step-up-button"]`).count()) === 0,
      'the older rules need no step-up before the first method',
    );
  }
  const secret = (await page.locator(`${enroll} [part~="secret"]`).textContent()).replace(
    /\s+/g,
    '',
  );
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
  await axe('flow: set up the authenticator app');
  await page.locator(`${flow} > input[autocomplete="one-time-code"]`).click();
  await page.keyboard.type(await freshCode(totp));

  log(`3. ${rules}: save the recovery codes`);
  const shownCodes = page.locator(`${flow} mfa-recovery-codes [part~="code"]`);
  await shownCodes.first().waitFor();
  const codes = (await shownCodes.allTextContents()).map((code) => code.trim());
  expect(codes.length === 10, `expected 10 recovery codes, saw ${codes.length}`);
  await page.locator(`${flow} mfa-recovery-codes [part~="confirm"]`).click();
  await page.locator(`${flow} mfa-recovery-codes [part~="acknowledge-button"]`).click();
  await page.locator('#mfa-status', { hasText: 'Nothing pending' }).waitFor();
  await page.locator('#actions:not([hidden])').waitFor();

  log(`4. ${rules}: the guarded export`);
  const exportGuard = page.locator('#export-guard');
  if (rules === '2026-04') {
    expect(
      (await exportGuard.getAttribute('action')) === null &&
        (await exportGuard.getAttribute('scopes')) === 'wallet:export',
      'on 2026-04 rules the export guard names the scope and no action',
    );
  } else {
    expect(
      (await exportGuard.getAttribute('action')) === 'wallet.waas.export',
      'on the older rules the export guard names the action',
    );
  }
  await page.locator('#export-button').click();
  const exportDialog = page.locator('#export-guard [part~="dialog"][open]');
  await exportDialog.waitFor();
  await axe('export guard');
  await exportDialog.getByRole('tab', { name: /recovery/i }).click();
  await page.locator('#export-guard mfa-recovery-codes [part~="input"]').fill(codes[0]);
  await page.locator('#export-guard mfa-recovery-codes [part~="submit-button"]').click();
  await page.locator('#export-result', { hasText: 'Exported:' }).waitFor();

  log(`5. ${rules}: delete the authenticator app after a fresh step-up`);
  const devices = '#devices-slot mfa-devices';
  await page.locator(`${devices} [part~="device"]`).first().waitFor();
  await page.locator(`${devices} [part~="device"] [part~="delete-button"]`).first().click();
  // It is the last method: the element asks to confirm first.
  await page.locator(`${devices} [part~="confirm-button"]`).click();
  const deleteDialog = page.locator(`${devices} mfa-action-guard [part~="dialog"][open]`);
  await deleteDialog.waitFor();
  await axe('delete guard');
  const totpTab = deleteDialog.getByRole('tab', { name: /authenticator/i });
  if ((await totpTab.count()) > 0) await totpTab.click();
  await page.locator(`${devices} > input[autocomplete="one-time-code"]`).click();
  await page.keyboard.type(await freshCode(totp));
  await page.waitForFunction(
    () =>
      (document
        .querySelector('#devices-slot mfa-devices')
        ?.shadowRoot?.querySelectorAll('[part~="device"]').length ?? 0) === 0,
  );
  await axe('after deleting');
  // Refusals are not failures here (a wrong code is one); listed so a reader sees them.
  log(`  refused requests: ${refusals.length === 0 ? 'none' : refusals.length}`);
  for (const refusal of refusals) log(`    ${refusal}`);
  await context.close();
}

let failed = false;
let walked = 0;
try {
  await walk('2026-04');
  walked += 1;
  await walk('older');
  walked += 1;
} catch (error) {
  failed = true;
  problems.push(`journey (${currentStep}): ${error.message}`);
} finally {
  await browser.close();
  if (server) await server.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
// Under `npm test` each rule set's journey counts as one end-to-end test.
if (process.env.MFA_TEST_COUNTS) {
  const ok = problems.length === 0 ? walked : 0;
  writeFileSync(
    process.env.MFA_TEST_COUNTS,
    JSON.stringify({ passed: ok, failed: 2 - ok, skipped: 0 }),
  );
}
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
log('dynamic demo walk: ok');
process.exit(failed ? 1 : 0);
