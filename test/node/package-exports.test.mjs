// package.json's "exports" and "sideEffects" promise files and behaviour; check the build keeps
// those promises: every target exists, only registering files register, and the registering files
// define exactly their tags.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

const defined = new Map();
globalThis.customElements = {
  define(tag, ctor) {
    if (defined.has(tag)) throw new Error(`${tag} defined twice`);
    defined.set(tag, ctor);
  },
  get(tag) {
    return defined.get(tag);
  },
  whenDefined() {
    return new Promise(() => {});
  },
};

test('every export target exists', () => {
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    // A pattern export (`./i18n/*.js`) is checked file by file in the languages test below.
    if (subpath.includes('*')) continue;
    const targets = typeof target === 'string' ? [target] : Object.values(target);
    for (const file of targets) {
      assert.ok(
        existsSync(new URL(file, root)),
        `${subpath} → ${file} is missing (did the build run?)`,
      );
    }
  }
  for (const field of ['main', 'module', 'types', 'customElements']) {
    if (pkg[field]) assert.ok(existsSync(new URL(pkg[field], root)), `${field}: ${pkg[field]}`);
  }
});

test('every exported mfa-*.js registers its tag (and the tags it renders), and is listed in sideEffects', async () => {
  const registering = Object.entries(pkg.exports).filter(([subpath]) =>
    /^\.\/mfa-[a-z-]+\.js$/.test(subpath),
  );
  assert.ok(registering.length >= 4, 'expected one export per element');
  const exportedTags = registering.map(([subpath]) => subpath.slice(2, -3));
  // Elements first that render others (e.g. mfa-totp-enroll renders mfa-otp-input), so each file
  // is seen registering what it needs on its own.
  registering.reverse();
  for (const [subpath, target] of registering) {
    const tag = subpath.slice(2, -3);
    const file = target.default;
    assert.match(file, /^\.\/dist\/components\/[a-z-]+\/mfa-[a-z-]+\.js$/);
    assert.ok(
      pkg.sideEffects.some((pattern) =>
        new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`).test(file),
      ),
      `${file} is not in sideEffects`,
    );
    const before = new Set(defined.keys());
    const module = await import(new URL(file, root).href);
    const added = [...defined.keys()].filter((name) => !before.has(name));
    assert.ok(defined.has(tag), `${file} should define <${tag}>`);
    for (const other of added)
      assert.ok(
        exportedTags.includes(other),
        `${file} defines <${other}>, which is not an exported element`,
      );
    assert.ok(
      Object.values(module).includes(defined.get(tag)),
      `${file} should export the class it registers`,
    );
  }
});

test('every language module is exported through ./i18n/*.js, has side effects, and registers its language', async () => {
  const { readdirSync } = await import('node:fs');
  const pattern = pkg.exports['./i18n/*.js'];
  assert.ok(pattern, 'no "./i18n/*.js" export');
  const tags = readdirSync(new URL('src/i18n/', root))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -3));
  assert.ok(tags.length >= 8, `only ${tags.length} languages`);
  const { resolveMessages } = await import(new URL('dist/src/messages/index.js', root).href);
  const tagsBefore = defined.size;
  for (const tag of tags) {
    const file = pattern.default.replace('*', tag);
    assert.ok(existsSync(new URL(file, root)), `${file} is missing`);
    assert.ok(
      existsSync(new URL(pattern.types.replace('*', tag), root)),
      `types of ${tag} missing`,
    );
    assert.ok(
      pkg.sideEffects.some((side) =>
        new RegExp(`^${side.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`).test(file),
      ),
      `${file} is not in sideEffects`,
    );
    await import(new URL(file, root).href);
    if (tag !== 'en')
      assert.notEqual(
        resolveMessages(tag).otpLabel,
        'Verification code',
        `${tag} did not register`,
      );
  }
  assert.equal(defined.size, tagsBefore, 'importing a language defined a tag');
});

test('all.js registers every exported tag and importing it again is harmless', async () => {
  const all = pkg.exports['./all.js'].default;
  await import(new URL(all, root).href);
  const tags = Object.keys(pkg.exports)
    .filter((subpath) => /^\.\/mfa-[a-z-]+\.js$/.test(subpath))
    .map((subpath) => subpath.slice(2, -3));
  for (const tag of tags) assert.ok(defined.has(tag), `<${tag}> not defined by all.js`);
});

test('the manifest lists every registered tag', () => {
  const manifest = JSON.parse(readFileSync(new URL(pkg.customElements, root), 'utf8'));
  const tags = new Set(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => d.tagName),
  );
  for (const subpath of Object.keys(pkg.exports).filter((s) => /^\.\/mfa-[a-z-]+\.js$/.test(s))) {
    assert.ok(
      tags.has(subpath.slice(2, -3)),
      `custom-elements.json has no ${subpath.slice(2, -3)}`,
    );
  }
});

test('an element that renders another registers it too (importing one file is enough)', async () => {
  const { spawnSync } = await import('node:child_process');
  // A fresh process: only mfa-totp-enroll.js is imported.
  const script = `
    const defined = new Set();
    globalThis.customElements = { define: (tag) => defined.add(tag), get: (tag) => (defined.has(tag) ? class {} : undefined), whenDefined: () => new Promise(() => {}) };
    await import(${JSON.stringify(new URL(pkg.exports['./mfa-totp-enroll.js'].default, root).href)});
    console.log(JSON.stringify([...defined].sort()));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  // The code field it confirms with, and the guard of its "Confirm it's you first" step (with the
  // methods the guard verifies with).
  assert.deepEqual(JSON.parse(result.stdout), [
    'mfa-action-guard',
    'mfa-otp-input',
    'mfa-passkey-prompt',
    'mfa-recovery-codes',
    'mfa-totp-enroll',
  ]);
});
