// Issue 11, item 10.4: React 19 server-renders a page with <mfa-otp-input>, and hydrating it in
// Chromium raises no hydration error, although the element adds its native input to its own
// light DOM (a child React did not render). The element, upgraded inside the page, adds that
// child at an idle moment, after React's hydration has matched the children it rendered.
// Uses the elements' real build (dist/src/all.js) and React's development build, whose checks
// report every mismatch. Runs against the build in dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { App } from './support/react-app.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The page's script: the elements first (as an app's bundle imports them), then hydrateRoot. */
const ENTRY = `
import 'mfa-elements-build/all.js';
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './test/node/support/react-app.mjs';
window.hydrationErrors = [];
hydrateRoot(document.getElementById('root'), createElement(App, { createElement }), {
  onRecoverableError: (error) => window.hydrationErrors.push(String(error && error.message)),
  onCaughtError: (error) => window.hydrationErrors.push('caught: ' + String(error && error.message)),
  onUncaughtError: (error) => window.hydrationErrors.push('uncaught: ' + String(error && error.message)),
});
window.hydrated = true;`;

async function bundle() {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'js' },
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    outfile: '/page/entry.js',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [
      {
        name: 'page-modules',
        setup(context) {
          context.onResolve({ filter: /^mfa-elements-build\// }, (args) => ({
            path: fileURLToPath(
              new URL(`../../dist/src/${args.path.split('/')[1]}`, import.meta.url),
            ),
          }));
        },
      },
    ],
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

let server;
let browser;
let origin;

before(async () => {
  const markup = renderToString(h(App, { createElement: h }));
  const script = await bundle();
  const files = new Map([
    [
      '/',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React SSR</title></head><body><div id="root">${markup}</div><script type="module" src="/entry.js"></script></body></html>`,
    ],
    ['/entry.js', script],
  ]);
  server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/favicon.ico') return response.writeHead(204).end();
    const text = files.get(path);
    if (text === undefined) return response.writeHead(404).end();
    response
      .writeHead(200, {
        'content-type': request.url === '/' ? 'text/html' : 'text/javascript',
      })
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

test('React 19 hydrates a server-rendered <mfa-otp-input> without a hydration error', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type()))
      problems.push(`${message.type()}: ${message.text()}`);
  });
  await page.goto(origin);
  await page.waitForFunction(() => window.hydrated === true);
  // The native input arrives once the page is idle, and React kept the server's element.
  await page.waitForSelector('mfa-otp-input > input[autocomplete="one-time-code"]');
  const state = await page.evaluate(() => {
    const element = document.querySelector('mfa-otp-input');
    return {
      errors: window.hydrationErrors,
      upgraded: element instanceof customElements.get('mfa-otp-input'),
      inputs: element.querySelectorAll('input').length,
      reactOwnsElement: Object.keys(element).some((key) => key.startsWith('__reactFiber')),
      found: document.querySelectorAll('input[autocomplete="one-time-code"]').length,
    };
  });
  assert.deepEqual(state, {
    errors: [],
    upgraded: true,
    inputs: 1,
    reactOwnsElement: true,
    found: 1,
  });

  // A password manager's fill completes the field and submits the form (auto-submit).
  await page.evaluate(() => {
    window.submitted = null;
    document.getElementById('form').addEventListener('submit', (event) => {
      event.preventDefault();
      window.submitted = [...new FormData(event.target).entries()];
    });
    const input = document.querySelector('mfa-otp-input > input');
    input.value = '123 456';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  assert.deepEqual(await page.evaluate(() => window.submitted), [['code', '123456']]);
  assert.deepEqual(problems, []);
  await page.close();
});
