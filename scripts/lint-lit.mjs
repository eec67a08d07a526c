#!/usr/bin/env node
// `npm run lint:lit`: lit-analyzer in strict mode over the elements, minus its known false
// positives with Lit 3 and today's HTML/CSS. Any other problem, error or warning, fails.
//
// lit-analyzer 2.0.3 (the last release of runem/lit-analyzer) is older than Lit 3 and than some
// platform features the elements use:
//  * it types Lit 3's `nothing` as `Symbol(undefined)` and rejects it in attribute bindings,
//    although Lit documents `attr=${cond ? x : nothing}` as the way to omit an attribute
//    (runem/lit-analyzer#207, #251; fixed in forks, never released);
//  * it cannot match template-literal types of TypeScript's DOM lib, so a valid
//    `autocomplete="one-time-code"` is "not assignable";
//  * its CSS data predates `color-scheme`, container queries, `accent-color` and
//    `forced-color-adjust`, and its HTML data predates `enterkeyhint` and `autocorrect`.
// `no-missing-import` is off: by design a class file registers nothing and imports no
// registering file; the `mfa-*.js` file registers the tag and the tags it renders
// (test/node/package-exports.test.mjs checks that).
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const targets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['components'];

/** Messages of lit-analyzer's false positives (see above). */
const KNOWN_FALSE_POSITIVES = [
  {
    rule: 'nothing in an attribute binding',
    test: (message) => /^Type '.*Symbol\(undefined\).*' is not assignable to '.*'$/.test(message),
  },
  {
    rule: 'autocomplete tokens',
    test: (message) =>
      /^Type '"(?:one-time-code|webauthn)(?: [a-z-]+)*"' is not assignable to '"on" \| "off" \|/.test(
        message,
      ),
  },
  {
    rule: 'newer HTML attributes',
    test: (message) =>
      /^Unknown attribute '(?:enterkeyhint|autocorrect|popover|popovertarget|inert)'/.test(message),
  },
];

const cli = join(root, 'node_modules', 'lit-analyzer', 'cli.js');
const result = spawnSync(
  process.execPath,
  [
    cli,
    ...targets,
    '--strict',
    '--format',
    'list',
    '--noColor',
    '--rules.no-invalid-css',
    'off',
    '--rules.no-missing-import',
    'off',
  ],
  { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
if (result.error) throw result.error;
const output = `${result.stdout}${result.stderr}`;

// `--format list`: a line `./path/file.ts`, then problems `    3:27   error   message`.
let file = '';
const kept = [];
const ignored = [];
let analyzed = '';
for (const line of output.split('\n')) {
  const header = line.match(/^(\.\/\S+)$/);
  if (header) {
    file = header[1];
    continue;
  }
  const count = line.match(/Analyzing (\d+) files?/);
  if (count) analyzed = count[1];
  const problem = line.match(/^\s+(\d+:\d+)\s+(error|warning|warn)\s+(.*)$/);
  if (!problem) continue;
  const [, position, severity, message] = problem;
  const known = KNOWN_FALSE_POSITIVES.find((entry) => entry.test(message.trim()));
  (known ? ignored : kept).push({
    file,
    position,
    severity,
    message: message.trim(),
    known: known?.rule,
  });
}

if (!analyzed) {
  console.error(output);
  console.error('lint:lit: lit-analyzer did not run');
  process.exit(1);
}
for (const problem of ignored) {
  console.log(
    `ignored (${problem.known}): ${problem.file}:${problem.position} ${problem.message.slice(0, 140)}`,
  );
}
for (const problem of kept) {
  console.log(`${problem.severity}: ${problem.file}:${problem.position} ${problem.message}`);
}
// lit-analyzer exits 1 on errors; anything it printed that we did not parse is a failure too.
const unparsedFailure = result.status !== 0 && kept.length === 0 && ignored.length === 0;
if (unparsedFailure) console.error(output);
console.log(
  `lint:lit: ${analyzed} files, ${kept.length} problems, ${ignored.length} known false positives ignored`,
);
process.exitCode = kept.length > 0 || unparsedFailure ? 1 : 0;
