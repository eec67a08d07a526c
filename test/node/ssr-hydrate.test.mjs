// The server-rendered page (test/node/support/ssr-page.mjs) hydrates in Chromium: Lit's hydration
// support loads before the elements, every element takes over its declarative shadow root without
// an error or a mismatch warning, and the elements work afterwards. Lit's development build, so
// its hydration checks and warnings are on. Runs against the build in dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { SSR_TAGS, renderElements } from './support/ssr-page.mjs';

/**
 * The page's scripts, bundled together so they share one Lit: Lit's hydration support, which
 * must patch LitElement before any element class is defined, and then the elements. Two module
 * scripts in document order: inside one bundle, esbuild's code splitting may run the shared Lit
 * chunk before the hydration support.
 */
async function bundle() {
  const result = await build({
    entryPoints: {
      'hydrate-support': '@lit-labs/ssr-client/lit-element-hydrate-support.js',
      entry: fileURLToPath(new URL('support/ssr-page-entry.mjs', import.meta.url)),
    },
    absWorkingDir: fileURLToPath(new URL('../../', import.meta.url)),
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: '/page',
    platform: 'browser',
    target: 'es2022',
    conditions: ['development'],
    write: false,
    logLevel: 'error',
  });
  return new Map(result.outputFiles.map((file) => [file.path.replace(/^\/page/, ''), file.text]));
}

const scripts = ['/hydrate-support.js', '/entry.js']
  .map((src) => `<script type="module" src="${src}"></script>`)
  .join('');

let server;
let browser;
let origin;
const problems = [];

before(async () => {
  const [body, files] = await Promise.all([renderElements(), bundle()]);
  files.set(
    '/',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title>${scripts}</head><body>${body}</body></html>`,
  );
  server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const text = files.get(path);
    if (path === '/favicon.ico') return response.writeHead(204).end();
    if (text === undefined) return response.writeHead(404).end();
    response
      .writeHead(200, { 'content-type': path === '/' ? 'text/html' : 'text/javascript' })
      .end(text);
  });
  await new Promise((done) => server.listen(0, 'localhost', done));
  origin = `http://localhost:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openPage() {
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (!['error', 'warning'].includes(message.type())) return;
    if (/Lit is in dev mode/.test(text)) return; // the development build's own notice
    problems.push(`${message.type()}: ${text}`);
  });
  await page.goto(origin);
  await page.evaluate(async (tags) => {
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    await Promise.all(
      [...document.querySelectorAll(tags.join(','))].map((element) => element.updateComplete),
    );
  }, SSR_TAGS);
  return page;
}

test('every element hydrates its server-rendered shadow root, without errors or mismatch warnings', async () => {
  const page = await openPage();
  const states = await page.evaluate(
    (tags) =>
      tags.map((tag) => {
        const element = document.querySelector(tag);
        return {
          tag,
          upgraded: element instanceof customElements.get(tag),
          updated: element.hasUpdated,
          shadow: element.shadowRoot !== null,
        };
      }),
    SSR_TAGS,
  );
  for (const state of states)
    assert.deepEqual(state, { tag: state.tag, upgraded: true, updated: true, shadow: true });
  // The code field adds its native input to its light DOM once the page is idle: exactly one,
  // and none in the shadow root.
  await page.waitForSelector('mfa-otp-input > input[autocomplete="one-time-code"]');
  assert.deepEqual(
    await page.evaluate(() => {
      const field = document.querySelector('mfa-otp-input');
      return [
        field.querySelectorAll('input').length,
        field.shadowRoot.querySelectorAll('input').length,
      ];
    }),
    [1, 0],
  );
  assert.deepEqual(problems, []);
  await page.close();
});

test('after hydration the code field types into its form and the flow starts enrolling once the provider has a client', async () => {
  const page = await openPage();
  await page.locator('mfa-otp-input input').click();
  await page.keyboard.type('123456');
  assert.equal(
    await page.evaluate(() => new FormData(document.getElementById('form')).get('code')),
    '123456',
  );

  await page.evaluate(() => {
    document.getElementById('provider').client = window.createMemoryClient({ issuer: 'Acme' });
  });
  await page.waitForFunction(
    () => document.querySelector('mfa-flow').hasState('enroll'),
    undefined,
    { timeout: 20_000 },
  );
  await page.locator('mfa-flow [part~="heading"]').first().waitFor({ state: 'visible' });
  assert.deepEqual(problems, []);
  await page.close();
});
