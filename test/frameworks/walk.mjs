// One walk through an example app in Chromium, the same for every framework: enroll an
// authenticator app with a code computed from the key the page shows (as a phone does), save the
// recovery codes, submit a form holding <mfa-otp-input>, and pass a guarded button with a
// recovery code. Each step checks what the app's own event handler or form handler wrote.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { URI } from 'otpauth';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** A static server for a production build; resolves to its `http://localhost:PORT/`. */
export async function serve(folder) {
  const server = createServer(async (request, response) => {
    const path = normalize(
      decodeURIComponent(new URL(request.url, 'http://localhost').pathname),
    ).replace(/^(\.\.[/\\])+/, '');
    // Chromium asks for a favicon the examples do not have.
    if (path === '/favicon.ico') return response.writeHead(204).end();
    try {
      const body = await readFile(join(folder, path.endsWith('/') ? `${path}index.html` : path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, 'localhost', done));
  return {
    url: `http://localhost:${server.address().port}/`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** The walk; throws on the first step that does not end as expected. Returns the console problems. */
export async function walk(page, url) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const text = (selector, expected) => page.locator(selector, { hasText: expected }).waitFor();

  await page.goto(url);
  // 1. Enroll: the key from the element's otpauth:// link, the code for the current step.
  const link = page.locator('mfa-totp-enroll [part~="otpauth-link"]');
  const phone = URI.parse(await link.getAttribute('href'));
  await page.locator('mfa-totp-enroll > input[autocomplete="one-time-code"]').click();
  await page.keyboard.type(phone.generate());
  await text('#enrolled', /^Enrolled totp device \S+$/);

  // 2. Recovery codes: shown, then acknowledged.
  const shown = page.locator('mfa-recovery-codes [part~="code"]');
  await shown.first().waitFor();
  const codes = (await shown.allTextContents()).map((code) => code.trim());
  if (codes.length !== 10) throw new Error(`expected 10 recovery codes, saw ${codes.length}`);
  await page.locator('mfa-recovery-codes [part~="confirm"]').click();
  await page.locator('mfa-recovery-codes [part~="acknowledge-button"]').click();
  await text('#codes-status', 'Recovery codes saved');

  // 3. A form with <mfa-otp-input name="code">: the next step's code (each step is accepted once,
  // and the window allows one step ahead), read by the app from FormData.
  await page.locator('#sign-in mfa-otp-input input').click();
  await page.keyboard.type(phone.generate({ timestamp: Date.now() + 30_000 }));
  await page.locator('#sign-in button[type="submit"]').click();
  await text('#sign-in-status', 'Verified with totp');

  // 4. A guarded button: the click is held until a recovery code is given, then runs.
  await page.locator('#export').click();
  const dialog = page.locator('mfa-action-guard [part~="dialog"]');
  await dialog.waitFor({ state: 'visible' });
  await dialog.getByRole('tab', { name: /recovery/i }).click();
  await page.locator('mfa-action-guard mfa-recovery-codes [part~="input"]').fill(codes[0]);
  await page.locator('mfa-action-guard mfa-recovery-codes [part~="submit-button"]').click();
  await text('#guard-status', 'Authorized with recovery-code');
  await text('#export-status', 'Exported');
  return problems;
}
