#!/usr/bin/env node
// `npm run build` (and `npm pack` through `prepack`): compiles src/ and components/ to dist/ with
// tsc, then replaces the compiled QR encoder wrapper with a bundle of `uqr`'s encoder, so the
// published package installs no QR library.
// The text of the compiled `css` and `html` templates is minified (scripts/minify-templates.mjs):
// `npm run size` measures the kit with the same step.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from './minify-templates.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

// A clean folder: files of renamed or deleted sources must not be published.
rmSync(dist, { recursive: true, force: true });
const tsc = spawnSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
  const path = join(entry.parentPath, entry.name);
  const source = readFileSync(path, 'utf8');
  const minified = minifyTemplates(source, path);
  if (minified !== source) writeFileSync(path, minified);
}

const encoder = 'components/totp-enroll/qr-encoder';
await build({
  absWorkingDir: root,
  entryPoints: [`${encoder}.ts`],
  outfile: join(dist, `${encoder}.js`),
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2022',
  // The map carries uqr's sources inline: the package does not ship node_modules/uqr.
  sourcemap: true,
  sourcesContent: true,
  // uqr's licence travels with its code.
  banner: {
    js: "// Bundles uqr's encoder (https://github.com/unjs/uqr), MIT licence, (c) Anthony Fu; a port of Project Nayuki's QR Code generator, MIT licence.",
  },
  legalComments: 'inline',
  logLevel: 'warning',
});
