// The package as a user gets it: `npm pack`, installed into a fresh project outside the repo.
// Every export imports in Node, a page bundles with esbuild into ES modules only (no CommonJS for
// Angular to warn about), TypeScript consumers type-check under moduleResolution bundler and
// node16, source maps lead to shipped sources, and a front-end install pulls no server package;
// the server then names the `npm install` line for each peer it misses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import {
  createConsumer,
  installedFootprint,
  nodeIn,
  npm,
  pack,
  repo,
} from './support/consumer.mjs';

const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const SERVER_PACKAGES = [
  '@simplewebauthn/server',
  '@electric-sql/pglite',
  'pg',
  'uqr',
  'qrcode',
  'dijkstrajs',
  'pngjs',
  'yargs',
];
/** Exports with code (type-only ones, such as `mfa-elements/jsx`, have only a `types` condition). */
const hasCode = (subpath) =>
  typeof pkg.exports[subpath] === 'string' || 'default' in pkg.exports[subpath];
const BROWSER_EXPORTS = Object.keys(pkg.exports)
  .filter((subpath) => hasCode(subpath) && !/\.json$|^\.\/(server|dynamic)$/.test(subpath))
  // A pattern export stands for its files: one language module is enough here.
  .map((subpath) => subpath.replace('*', 'de'));
const specifier = (subpath) =>
  subpath === '.' ? 'mfa-elements' : `mfa-elements/${subpath.slice(2)}`;

let packed;
let consumer;
let installed;

before(async () => {
  packed = await pack();
  consumer = await createConsumer(packed.tarball);
  installed = join(consumer, 'node_modules/mfa-elements');
});

after(() => {
  for (const folder of [consumer, packed && dirname(packed.tarball)])
    if (folder) rmSync(folder, { recursive: true, force: true });
});

test('the tarball holds the runtime, its types, the sources the maps point at, and no tests or demo', () => {
  const files = new Set(packed.files);
  for (const file of [
    'package.json',
    'README.md',
    'custom-elements.json',
    'openapi.json',
    'dist/src/index.js',
    'dist/src/index.d.ts',
    'dist/src/all.js',
    'dist/src/server/index.js',
    'dist/components/totp-enroll/qr-encoder.js',
    'src/all.ts',
    'components/otp-input/otp-input.ts',
  ]) {
    assert.ok(files.has(file), `${file} is packed`);
  }
  assert.deepEqual(
    packed.files.filter(
      (file) => /^(test|demo|scripts|\.ci)\//.test(file) || /\.test\./.test(file),
    ),
    [],
  );
  console.log(`tarball: ${packed.files.length} files`);
});

test('every source map and declaration map leads to a file in the package', () => {
  const maps = packed.files.filter((file) => file.endsWith('.map'));
  assert.ok(maps.length > 100, `${maps.length} maps`);
  for (const map of maps) {
    const { sources, sourcesContent } = JSON.parse(readFileSync(join(installed, map), 'utf8'));
    for (const [index, source] of sources.entries()) {
      if (sourcesContent?.[index]) continue; // the bundled QR encoder carries its sources inline
      assert.ok(existsSync(resolve(dirname(join(installed, map)), source)), `${map} → ${source}`);
    }
  }
});

test('a front-end install pulls no server package', () => {
  const { packages, bytes } = installedFootprint(consumer);
  for (const name of SERVER_PACKAGES) assert.ok(!packages.includes(name), `${name} was installed`);
  console.log(
    `front-end install: ${packages.length} packages, ${(bytes / 1e6).toFixed(1)} MB: ${packages.join(' ')}`,
  );
});

test('every browser export imports in Node, and the root alone defines no tag', async () => {
  const imports = BROWSER_EXPORTS.map(
    (subpath) => `await import(${JSON.stringify(specifier(subpath))});`,
  ).join('\n');
  const result = await nodeIn(
    consumer,
    `${imports}\nconsole.log('imported ' + ${BROWSER_EXPORTS.length});`,
  );
  assert.ok(result.ok, result.stderr);
  assert.match(result.stdout, new RegExp(`imported ${BROWSER_EXPORTS.length}`));
  const root = await nodeIn(
    consumer,
    `const m = await import('mfa-elements'); console.log(typeof m.MfaError, typeof globalThis.customElements?.get('mfa-otp-input'));`,
  );
  assert.ok(root.ok, root.stderr);
  assert.equal(root.stdout.trim(), 'function undefined');
});

// mfa-elements/testing is left out: its memory client verifies passkeys with @simplewebauthn/server,
// which a project installs as a dev dependency to use it (README).
test('a page bundles with esbuild: ES modules only, the QR encoder inside the package, lazy chunks split out', async () => {
  writeFileSync(
    join(consumer, 'page.js'),
    BROWSER_EXPORTS.filter((subpath) => subpath !== './package.json' && subpath !== './testing')
      .map((subpath) => `export * from ${JSON.stringify(specifier(subpath))};`)
      .join('\n') + '\n',
  );
  const result = await build({
    absWorkingDir: consumer,
    entryPoints: ['page.js'],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.entries(result.metafile.inputs);
  const commonjs = inputs.filter(([, input]) => input.format === 'cjs').map(([path]) => path);
  assert.deepEqual(commonjs, [], 'no CommonJS module is reachable from the browser entry points');
  assert.ok(
    inputs.some(([path]) =>
      path.endsWith('mfa-elements/dist/components/totp-enroll/qr-encoder.js'),
    ),
  );
  assert.deepEqual(
    inputs
      .filter(([path]) =>
        /node_modules\/(uqr|qrcode|dijkstrajs|@simplewebauthn\/server|pg|@electric-sql)\//.test(
          path,
        ),
      )
      .map(([path]) => path),
    [],
  );
  assert.ok(result.outputFiles.length > 3, 'views and the QR encoder stay separate chunks');
});

const consumerSource = `import { MfaError, type MfaClient } from 'mfa-elements';
import 'mfa-elements/all.js';
import { createHttpClient } from 'mfa-elements/http';
import { createMemoryClient } from 'mfa-elements/testing';

const field = document.createElement('mfa-otp-input');
field.length = 6;
field.addEventListener('mfa-complete', (event) => console.log(event.type, field.value));
const flow = document.querySelector('mfa-flow');
flow?.addEventListener('mfa-flow-complete', (event) => console.log(event.detail.enrolled));
const client: MfaClient = Math.random() > 0.5 ? createHttpClient({ baseUrl: '/mfa' }) : createMemoryClient();
if (flow) flow.client = client;
export const failure: MfaError = new MfaError('expired');
`;

/** The repository's TypeScript over a consumer folder's tsconfig.json. */
function typeCheck(folder) {
  const tsc = join(repo, 'node_modules/typescript/bin/tsc');
  return new Promise((done) => {
    execFile(
      process.execPath,
      [tsc, '-p', '.'],
      { cwd: folder, timeout: 120_000 },
      (error, stdout, stderr) => done({ ok: !error, output: stdout + stderr }),
    );
  });
}

for (const moduleResolution of ['bundler', 'node16']) {
  test(`a TypeScript consumer type-checks under moduleResolution ${moduleResolution}`, async () => {
    const folder = join(consumer, `ts-${moduleResolution}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.ts'), consumerSource);
    writeFileSync(
      join(folder, 'wrong.ts'),
      `import 'mfa-elements/all.js';\ndocument.createElement('mfa-otp-input').length = 'six';\n`,
    );
    const compilerOptions = {
      target: 'ES2022',
      module: moduleResolution === 'bundler' ? 'ESNext' : 'Node16',
      moduleResolution,
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    };
    writeFileSync(
      join(folder, 'tsconfig.json'),
      JSON.stringify({ compilerOptions, files: ['index.ts'] }),
    );
    const good = await typeCheck(folder);
    assert.ok(good.ok, good.output);
    // The check is real: a wrong type fails it.
    writeFileSync(
      join(folder, 'tsconfig.json'),
      JSON.stringify({ compilerOptions, files: ['wrong.ts'] }),
    );
    const wrong = await typeCheck(folder);
    assert.equal(wrong.ok, false);
    assert.match(wrong.output, /wrong\.ts.*TS2322/);
  });
}

test('the server without its peers names the npm install line; with them its stores say which one is missing', async () => {
  const bare = await nodeIn(consumer, `await import('mfa-elements/server');`);
  assert.equal(bare.ok, false);
  assert.match(
    bare.stderr,
    /mfa-elements\/server needs @simplewebauthn\/server for passkeys, and it is not installed\. Run: npm install @simplewebauthn\/server@14/,
  );
  const dynamic = await nodeIn(consumer, `await import('mfa-elements/dynamic');`);
  assert.equal(dynamic.ok, false, 'the Dynamic adapter needs its optional peer');
  assert.match(dynamic.stderr, /@dynamic-labs-sdk\/client/);

  await npm(
    consumer,
    'install',
    `@simplewebauthn/server@${pkg.peerDependencies['@simplewebauthn/server']}`,
  );
  const stores = await nodeIn(
    consumer,
    `const server = await import('mfa-elements/server');
     for (const create of [() => server.createPgliteStore(), () => server.createPostgresStore({ connectionString: 'postgres://localhost:1/none' })]) {
       try { await create(); console.log('created'); } catch (error) { console.log(error.name + ': ' + error.message); }
     }`,
  );
  assert.ok(stores.ok, stores.stderr);
  assert.match(
    stores.stdout,
    /MissingPeerError: .*@electric-sql\/pglite.* Run: npm install @electric-sql\/pglite@0\.5/,
  );
  assert.match(stores.stdout, /MissingPeerError: .*\bpg\b.* Run: npm install pg@8/);
});

test('the install lines the server prints match package.json’s peer ranges', async () => {
  const result = await nodeIn(
    consumer,
    `const { SERVER_PEERS } = await import('mfa-elements/server'); console.log(JSON.stringify(SERVER_PEERS));`,
  );
  assert.ok(result.ok, result.stderr);
  for (const [name, line] of Object.entries(JSON.parse(result.stdout))) {
    assert.ok(pkg.peerDependenciesMeta[name]?.optional, `${name} is an optional peer`);
    assert.equal(
      pkg.peerDependencies[name]
        .replace(/^\^/, '')
        .split('.')
        .slice(0, line.split('.').length)
        .join('.'),
      line,
      name,
    );
  }
});
