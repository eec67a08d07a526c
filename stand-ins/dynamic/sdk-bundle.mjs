// Serves `@dynamic-labs-sdk/client` to browser tests as ONE esbuild bundle instead of ~3,000
// modules through the dev server. esbuild also does what the SDK's dependency tree needs in a
// browser: CommonJS packages (buffer, eventemitter3), the `browser` field (axios), `global`.
// The bundle is cached on disk per SDK and esbuild version (node_modules/.cache), so only the
// first run pays for the build. Tests import the SDK by its name as usual; the adapter too, so
// both share one instance.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, version as esbuildVersion } from 'esbuild';

const SPECIFIER = '@dynamic-labs-sdk/client';
const URL_PATH = '/__dynamic-sdk__/client.js';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function bundleText() {
  const require = createRequire(join(root, 'package.json'));
  const { version } = JSON.parse(
    await readFile(require.resolve(`${SPECIFIER}/package.json`), 'utf8'),
  );
  const cache = join(
    root,
    'node_modules',
    '.cache',
    'mfa-elements',
    `dynamic-sdk-${version}-esbuild-${esbuildVersion}.js`,
  );
  try {
    return await readFile(cache, 'utf8');
  } catch {
    // Not built yet.
  }
  const result = await build({
    entryPoints: [SPECIFIER],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    define: { global: 'globalThis', 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  const text = result.outputFiles[0].text;
  await mkdir(dirname(cache), { recursive: true });
  // Write then rename, so a parallel run never reads half a file.
  const partial = `${cache}.${process.pid}.tmp`;
  await writeFile(partial, text);
  await rename(partial, cache);
  return text;
}

export function dynamicSdkBundle() {
  let bundle;
  return {
    name: 'dynamic-sdk-bundle',
    resolveImport({ source }) {
      return source === SPECIFIER ? URL_PATH : undefined;
    },
    async serve(context) {
      if (context.path !== URL_PATH) return undefined;
      bundle ??= bundleText();
      return { body: await bundle, type: 'js' };
    },
  };
}
