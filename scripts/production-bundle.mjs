// How the size budget (scripts/size.mjs) and the keystroke benchmark (scripts/bench.mjs) bundle
// the kit: as a page's bundler would for production, one browser ES module build, minified, kept
// in memory. Each script adds its entry points and what else it needs (splitting, a metafile).
// The kit's `css` and `html` templates are minified as `npm run build` minifies them for dist/
// (scripts/minify-templates.mjs), so the numbers are those of what the package ships.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const PRODUCTION_BUNDLE = Object.freeze({
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  // Lit's dev build (warnings, checks) is chosen by the `development` condition; never count it.
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  write: false,
  logLevel: 'error',
  plugins: [minifyTemplatesPlugin(root)],
});
