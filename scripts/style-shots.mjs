#!/usr/bin/env node
// Screenshots of every element (scripts/style-shots/index.html, on in-page memory clients) in
// light, dark, forced colours, right to left and at 320px, to look at the visual system.
//
//   node scripts/style-shots.mjs [--out DIR] [--port PORT]     default /tmp/shots-styles, 5193
//
// Chromium: CHROME_PATH, else Debian's /usr/bin/chromium (scripts/chromium.mjs).
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    out: { type: 'string', default: '/tmp/shots-styles' },
    port: { type: 'string', default: '5193' },
  },
});
mkdirSync(options.out, { recursive: true });

const server = await createServer({
  configFile: false,
  root,
  logLevel: 'warn',
  server: { port: Number(options.port), strictPort: true },
});
await server.listen();
const base = `http://localhost:${options.port}/scripts/style-shots/index.html`;

const SECTIONS = [
  'totp-enroll',
  'recovery-show',
  'recovery-verify',
  'passkey-register',
  'flow',
  'devices',
];
const MODES = [
  { name: 'light', query: '', width: 900 },
  { name: 'dark', query: 'scheme=dark', width: 900 },
  { name: 'forced', query: '', width: 900, forcedColors: 'active' },
  { name: 'forced-dark', query: 'scheme=dark', width: 900, forcedColors: 'active' },
  { name: 'rtl', query: 'dir=rtl', width: 900 },
  { name: 'narrow', query: '', width: 320 },
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const problems = [];
try {
  for (const mode of MODES) {
    for (const guard of [false, true]) {
      const page = await browser.newPage({ viewport: { width: mode.width, height: 900 } });
      page.on('pageerror', (error) => problems.push(`${mode.name}: ${error.message}`));
      if (mode.forcedColors) await page.emulateMedia({ forcedColors: mode.forcedColors });
      const query = [mode.query, guard ? 'guard=open' : ''].filter(Boolean).join('&');
      await page.goto(`${base}?${query}`);
      await page.waitForSelector('html[data-ready]');
      if (guard) {
        await page.locator('mfa-action-guard dialog[open]').waitFor();
        // Fill one digit and move to the second tab and back, so the tabs and cells show states.
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${options.out}/guard-${mode.name}.png` });
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Shift+Tab');
        await page.screenshot({ path: `${options.out}/guard-focus-${mode.name}.png` });
      } else {
        // The verify form in its error state: a wrong code.
        const input = page.locator('#recovery-verify input');
        await input.fill('AAAA-BBBB');
        await input.press('Enter');
        await page.waitForTimeout(300);
        for (const id of SECTIONS) {
          await page
            .locator(`#${id}`)
            .screenshot({ path: `${options.out}/${id}-${mode.name}.png`, animations: 'disabled' });
        }
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
for (const problem of problems) console.error(problem);
console.log(`screenshots in ${options.out}`);
process.exit(problems.length ? 1 : 0);
