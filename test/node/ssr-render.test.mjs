// Every element renders through @lit-labs/ssr in Node: declarative shadow DOM with its styles and
// first view, no DOM call that Lit's server shim lacks. Runs against the build in dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SSR_TAGS, renderElements } from './support/ssr-page.mjs';

const page = await renderElements();

/** The markup of one element, from its opening tag to its closing tag. */
function elementMarkup(tag) {
  const start = page.indexOf(`<${tag}`);
  const end = page.indexOf(`</${tag}>`, start);
  assert.ok(start >= 0 && end > start, `<${tag}> is in the output`);
  return page.slice(start, end);
}

for (const tag of SSR_TAGS) {
  test(`<${tag}> renders declarative shadow DOM on the server`, () => {
    const markup = elementMarkup(tag);
    assert.match(
      markup,
      new RegExp(`^<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"`),
    );
    assert.match(markup, /<style>[^<]*:host/, 'its styles are in the shadow root');
    assert.match(markup, /<!--lit-part [^>]*-->/, 'Lit hydration markers');
  });
}

test('data-driven elements render their loading line; the others their content', () => {
  for (const tag of [
    'mfa-totp-enroll',
    'mfa-recovery-codes',
    'mfa-flow',
    'mfa-devices',
    'mfa-passkey-prompt',
  ]) {
    assert.match(
      elementMarkup(tag),
      /role="status"[^>]*>[\s\S]*Loading/,
      `<${tag}> says it is loading`,
    );
  }
  // The native input is the element's own light-DOM child, added in the browser (not by SSR).
  assert.match(elementMarkup('mfa-otp-input'), /<slot name="input"><\/slot>/);
  assert.doesNotMatch(elementMarkup('mfa-otp-input'), /<input/);
  assert.match(elementMarkup('mfa-provider'), /<slot><\/slot>/);
  assert.match(
    elementMarkup('mfa-action-guard'),
    /<slot><\/slot>[\s\S]*<button type="button">Export<\/button>/,
  );
});

test('a lang on the element picks its language on the server', async () => {
  const { registerMessages } = await import(
    new URL('../../dist/src/messages/index.js', import.meta.url).href
  );
  registerMessages('xx', { loading: 'XX loading' });
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  const markup = await collectResult(render(html`<mfa-devices lang="xx"></mfa-devices>`));
  assert.match(markup, /XX loading/);
});
