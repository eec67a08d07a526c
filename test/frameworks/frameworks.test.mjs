// Issue 10, items 4 and 7: the kit as other people's apps use it. The repository is packed and
// installed into one consumer folder outside the repository (consumer.mjs); then
//   - type tests: each framework's checker passes the correct file and the example app, and fails
//     a misspelt property and a wrong `detail` use, naming them (type-checkers.mjs);
//   - examples: demo/frameworks/<app> built for production, its size measured, and walked in
//     Chromium (walk.mjs).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { bundleSize } from './bundle-size.mjs';
import { APPS, consumer, consumerBin, prepareConsumer } from './consumer.mjs';
import { CHECKERS, check } from './type-checkers.mjs';
import { serve, walk } from './walk.mjs';

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

before(() => {
  const since = Date.now();
  prepareConsumer();
  console.log(`# consumer packed and installed in ${seconds(since)} at ${consumer}`);
});
after(() => console.log(`# frameworks: ${seconds(started)} in all`));

const isBadProperty = (file) => /^bad-?prop/i.test(file);
const isBadDetail = (file) => /^bad-?detail/i.test(file);

for (const entry of CHECKERS) {
  describe(`types: ${entry.framework} (${entry.checker})`, () => {
    let result;
    before(() => {
      const since = Date.now();
      result = check(entry);
      console.log(
        `# ${entry.checker} ${entry.folder}: exit ${result.code}, ${result.diagnostics.length} error(s), ${seconds(since)}`,
      );
    });

    test('the correct file and the example app type-check', () => {
      for (const file of entry.checks)
        assert.ok(result.files.includes(file), `${entry.checker} did not read ${file}`);
      const unexpected = result.diagnostics.filter(
        (d) => !isBadProperty(d.file) && !isBadDetail(d.file),
      );
      assert.deepEqual(unexpected, [], 'errors outside the files meant to fail');
      assert.ok(
        result.code !== 0,
        `${entry.checker} must exit non-zero for the bad files:\n${result.output}`,
      );
    });

    if (!entry.noMisspeltProperty) {
      test('a misspelt property fails, naming it', () => {
        const errors = result.diagnostics.filter((d) => isBadProperty(d.file));
        assert.equal(errors.length, 1, `one error expected:\n${result.output}`);
        assert.match(errors[0].message, /lenght/);
        console.log(`# ${entry.folder} ${errors[0].file}: ${errors[0].message.slice(0, 160)}`);
      });
    }

    test('a wrong detail use fails, naming it', () => {
      const errors = result.diagnostics.filter((d) => isBadDetail(d.file));
      assert.equal(errors.length, 1, `one error expected:\n${result.output}`);
      assert.match(errors[0].message, /'devise' does not exist on type 'MfaEnrolledDetail'/);
      console.log(`# ${entry.folder} ${errors[0].file}: ${errors[0].message}`);
    });
  });
}

describe('examples in Chromium', () => {
  let browser;
  before(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_ARGS,
    });
  });
  after(() => browser?.close());

  for (const app of APPS) {
    const dist =
      app === 'angular' ? join(consumer, 'angular/dist/browser') : join(consumer, app, 'dist');
    test(`${app}: builds for production`, () => {
      const since = Date.now();
      const { code, output } =
        app === 'angular'
          ? consumerBin('ng', ['build'], join(consumer, 'angular'), {
              NG_CLI_ANALYTICS: 'false',
              NG_FORCE_TTY: 'false',
            })
          : consumerBin('vite', ['build', app, '--logLevel', 'warn']);
      assert.equal(code, 0, output);
      // No CommonJS warning: the kit ships ES modules only (angular.json allows just the two the
      // memory client's passkey verifier brings).
      assert.doesNotMatch(output, /CommonJS or AMD dependencies/, output);
      const size = bundleSize(dist, join(consumer, 'node_modules'));
      const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
      console.log(
        `# ${app}: built in ${seconds(since)}; ${size.files} JS files, ${kb(size.total)} min+gzip, ` +
          `of which mfa-elements ${kb(size.kit)} and its dependencies ${kb(size.kitDependencies)}`,
      );
      assert.ok(size.kit > 0, 'the bundle should contain the kit');
    });

    test(`${app}: enrollment, recovery codes, a form and a guarded button work`, async () => {
      const server = await serve(dist);
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(15_000);
        const problems = await walk(page, server.url);
        assert.deepEqual(problems, [], 'console errors or warnings');
      } finally {
        await context.close();
        await server.close();
      }
    });
  }
});

// SSR in the frameworks themselves: their server renderers write the tags as plain markup (the
// tags are registered only in the browser), with the package's root importable on the server.
describe("frameworks' server renderers", () => {
  const runInConsumer = async (script) => {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: consumer,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    return result.stdout;
  };

  test('React 19: react-dom/server renders the tags with their attributes', async () => {
    const html = await runInConsumer(`
      await import('mfa-elements');
      const { createElement: h } = await import('react');
      const { renderToString } = await import('react-dom/server');
      process.stdout.write(renderToString(h('mfa-provider', null,
        h('form', null, h('mfa-otp-input', { name: 'code', length: 6, required: true })),
        h('mfa-action-guard', { action: 'wallet.export' }, h('button', null, 'Export')))));
    `);
    assert.match(
      html,
      /<mfa-provider><form><mfa-otp-input name="code" length="6" required=""><\/mfa-otp-input><\/form>/,
    );
    assert.match(
      html,
      /<mfa-action-guard action="wallet.export"><button>Export<\/button><\/mfa-action-guard>/,
    );
  });

  test('Svelte 5: svelte/server renders a component that uses the tags', async () => {
    const html = await runInConsumer(`
      await import('mfa-elements');
      const { compile } = await import('svelte/compiler');
      const { writeFileSync, mkdtempSync } = await import('node:fs');
      const { join } = await import('node:path');
      const source = '<mfa-provider><mfa-otp-input name="code" length={6}></mfa-otp-input></mfa-provider>';
      const { js } = compile(source, { generate: 'server', filename: 'Codes.svelte' });
      const folder = mkdtempSync(join(process.cwd(), '.ssr-'));
      writeFileSync(join(folder, 'Codes.js'), js.code);
      const { render } = await import('svelte/server');
      const { default: Codes } = await import(join(folder, 'Codes.js'));
      process.stdout.write(render(Codes).body);
    `);
    assert.match(
      html,
      /<mfa-provider><mfa-otp-input name="code" length="6"><\/mfa-otp-input><\/mfa-provider>/,
    );
  });
});
