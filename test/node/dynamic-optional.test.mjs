// Dynamic's SDK is an optional peer dependency: only `mfa-elements/dynamic` may load it.
// Runs against the build in dist/: the module graph of the root import and of all.js (static
// and lazy imports) never names the SDK, and a Node process whose resolver refuses the SDK still
// imports the root — while importing the adapter through the same resolver fails, which shows the
// check works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const SDK = /^@dynamic-labs(-sdk)?\//;

/** Every specifier a built module imports: `import … from`, `export … from`, bare `import '…'`, `import('…')`. */
function specifiersOf(file) {
  const source = readFileSync(file, 'utf8');
  const found = new Set();
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.add(match[1]);
  return [...found];
}

/** Every module reachable from `entry` through relative imports, and the bare specifiers they use. */
function graph(entry) {
  const files = new Set();
  const bare = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop();
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of specifiersOf(file)) {
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
      else bare.add(specifier);
    }
  }
  return { files, bare };
}

test('dist/ was built', () => {
  assert.ok(
    existsSync(resolve(dist, 'src/index.js')),
    'run `npm run build` (scripts/test.mjs does) first',
  );
  assert.ok(existsSync(resolve(dist, 'src/clients/dynamic/index.js')), 'the adapter is built');
});

for (const entry of ['src/index.js', 'src/all.js']) {
  test(`${entry} never imports Dynamic's SDK, not even lazily`, () => {
    const { files, bare } = graph(resolve(dist, entry));
    assert.ok(files.size > 5, `walked ${files.size} modules`);
    assert.deepEqual(
      [...bare].filter((specifier) => SDK.test(specifier)),
      [],
    );
    assert.deepEqual(
      [...files].filter((file) => file.includes('/adapters/')),
      [],
    );
  });
}

test('the adapter is the one entry that does import it', () => {
  const { bare } = graph(resolve(dist, 'src/clients/dynamic/index.js'));
  assert.ok([...bare].includes('@dynamic-labs-sdk/client'));
});

/** Import `entry` in a fresh Node whose module resolver refuses Dynamic's packages. */
function importWithoutSdk(entry) {
  const hook = `export async function resolve(specifier, context, next) {
    if (/^@dynamic-labs(-sdk)?\\//.test(specifier)) throw new Error('refused ' + specifier);
    return next(specifier, context);
  }`;
  const script = `
    import { register } from 'node:module';
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));
    await import(${JSON.stringify(pathToFileURL(resolve(dist, entry)).href)});
    console.log('imported');
  `;
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', script],
      { timeout: 60_000 },
      (error, stdout, stderr) => done({ ok: !error, stdout, stderr }),
    );
  });
}

test('the root import loads in a Node that cannot resolve the SDK; the adapter does not', async () => {
  const root = await importWithoutSdk('src/index.js');
  assert.ok(root.ok, root.stderr);
  assert.match(root.stdout, /imported/);
  const adapter = await importWithoutSdk('src/clients/dynamic/index.js');
  assert.equal(adapter.ok, false);
  assert.match(adapter.stderr, /refused @dynamic-labs-sdk\/client/);
});
