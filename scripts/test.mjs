#!/usr/bin/env node
// Runs every test runner of the repo, one after another, with their output live, and ends with
// one plain line `N passed, N failed` counting every test that ran in any runner.
//
//   node scripts/test.mjs              all runners
//   node scripts/test.mjs browser      only the named runners (see RUNNERS below)
//
// Exit code: 0 only when every runner exited 0, reported its counts, ran at least one test and
// no test failed. A runner that crashes, times out or reports nothing counts as one failure, so
// the closing line can never say "0 failed" for a broken run. The totals also go to
// .test-results/summary.json for .ci/run.
//
// Adding a runner is one entry in RUNNERS: a name, an optional build step, the command, and how
// to read its counts (a TAP file for node:test, a JSON file { passed, failed, skipped } for
// anything else).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, '.test-results');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const node = process.execPath;

/** Build once, before the first runner that needs it. */
const STEPS = {
  build: { command: [node, 'scripts/build.mjs'] },
};

/**
 * A node:test runner over a folder: spec to the terminal, TAP to a file we count. The test files
 * (`*.test.mjs`, `*.test.js`, and `*.test.ts` when `imports` has a TypeScript loader such as tsx)
 * are listed explicitly, since Node 20's `--test` does not look for .ts files in a folder.
 */
function nodeTest(name, folder, { needs = [], imports = [], timeoutMinutes = 10, env = {} } = {}) {
  const tap = join(results, `${name}.tap`);
  const pattern = imports.length > 0 ? /\.test\.(?:[cm]?js|[cm]?ts)$/ : /\.test\.[cm]?js$/;
  return {
    name,
    needs,
    timeoutMinutes,
    env,
    resultFile: tap,
    get command() {
      const files = testFiles(join(root, folder), pattern);
      return [
        node,
        ...imports.flatMap((loader) => ['--import', loader]),
        '--test',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=tap',
        `--test-reporter-destination=${tap}`,
        ...(files.length > 0 ? files : [folder]),
      ];
    },
    read: () => readTap(tap),
  };
}

function testFiles(folder, pattern) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
}

/** A runner that writes `{ passed, failed, skipped }` itself (e.g. test/support/counting-reporter.mjs). */
function jsonCounts(name, command, file, { needs = [], timeoutMinutes = 15, env = {} } = {}) {
  return {
    name,
    needs,
    timeoutMinutes,
    resultFile: file,
    command,
    env,
    read: () => readJson(file),
  };
}

const RUNNERS = [
  nodeTest('node', 'test/node/', { needs: ['build'] }),
  jsonCounts('browser', [node, bin('web-test-runner')], join(results, 'browser.json'), {
    env: { MFA_TEST_COUNTS: join(results, 'browser.json') },
  }),
  // The reference server (TypeScript through tsx); its PostgreSQL tests use DATABASE_URL, or start
  // a throwaway PostgreSQL themselves (scripts/test-postgres.mjs).
  nodeTest('server', 'test/server/', { imports: ['tsx'], timeoutMinutes: 20 }),
  // The packed kit in React, Vue, Svelte and Angular apps and their type checkers (issue 10):
  // one consumer install outside the repository, four production builds, four walks in Chromium.
  nodeTest('frameworks', 'test/frameworks/', { needs: ['build'], timeoutMinutes: 20 }),
  // Every language module against English (TypeScript through tsx; no browser needed).
  nodeTest('i18n', 'test/i18n/', { imports: ['tsx'], timeoutMinutes: 5 }),
  // End to end: the demo on the reference server, built and previewed (no dev-server dependency
  // pre-bundling to wait for), walked in Chromium (one test for the whole walk).
  jsonCounts('demo', [node, 'scripts/demo-smoke.mjs', '--preview'], join(results, 'demo.json'), {
    timeoutMinutes: 10,
    env: { MFA_TEST_COUNTS: join(results, 'demo.json') },
  }),
  // The Dynamic demo (/dynamic.html, Dynamic's SDK on its stand-in) walked on both rule sets.
  jsonCounts(
    'dynamic-demo',
    [node, 'scripts/dynamic-demo-walk.mjs'],
    join(results, 'dynamic-demo.json'),
    { timeoutMinutes: 10, env: { MFA_TEST_COUNTS: join(results, 'dynamic-demo.json') } },
  ),
];

/** node:test's TAP ends with `# pass N`, `# fail N`, `# cancelled N`, `# skipped N`, `# todo N`. */
function readTap(file) {
  const text = readFileSync(file, 'utf8');
  const count = (key) => {
    const matches = [...text.matchAll(new RegExp(`^# ${key} (\\d+)$`, 'gm'))];
    if (matches.length === 0) return undefined;
    return Number(matches.at(-1)[1]);
  };
  const passed = count('pass');
  const failed = count('fail');
  if (passed === undefined || failed === undefined) throw new Error(`no summary in ${file}`);
  // A cancelled test (timeout, or the file's process died) did not pass.
  return {
    passed,
    failed: failed + (count('cancelled') ?? 0),
    skipped: (count('skipped') ?? 0) + (count('todo') ?? 0),
    failures: tapFailures(text),
  };
}

/**
 * Each failed test of a TAP file: its name, file and first error line. A suite that failed only
 * because a test inside it did (`failureType: 'subtestsFailed'`) is not listed again.
 */
function tapFailures(text) {
  const lines = text.split('\n');
  const failures = [];
  lines.forEach((line, index) => {
    const failure = /^(\s*)not ok \d+ - (.*)$/.exec(line);
    if (!failure) return;
    const yaml = [];
    for (let next = index + 1; next < lines.length; next += 1) {
      if (lines[next].trim() === '...') break;
      yaml.push(lines[next].trim());
    }
    const field = (key) =>
      yaml.find((entry) => entry.startsWith(`${key}: `))?.slice(key.length + 2);
    if (field('failureType') === "'subtestsFailed'") return;
    const location = field('location')?.replace(/^'|'$/g, '') ?? '';
    let error = field('error') ?? '';
    // A multi-line error is a YAML block (`|-`): its text starts on the next line.
    if (/^[|>]/.test(error)) error = yaml[yaml.findIndex((e) => e.startsWith('error: ')) + 1] ?? '';
    failures.push({
      file: relative(root, location.replace(/:\d+:\d+$/, '')),
      test: failure[2],
      error: error.replace(/^'|'$/g, ''),
    });
  });
  return failures;
}

function readJson(file) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  for (const key of ['passed', 'failed']) {
    if (!Number.isInteger(data[key])) throw new Error(`${file}: "${key}" is not a count`);
  }
  return {
    passed: data.passed,
    failed: data.failed,
    skipped: data.skipped ?? 0,
    failures: Array.isArray(data.failures) ? data.failures : [],
  };
}

function run(command, { env = {}, timeoutMinutes = 10 } = {}) {
  return new Promise((done) => {
    const [file, ...args] = command;
    const child = spawn(file, args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env },
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    }, timeoutMinutes * 60_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      done({ code: 127, error: error.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({
        code: code ?? 1,
        error: timedOut
          ? `timed out after ${timeoutMinutes} min`
          : signal
            ? `killed by ${signal}`
            : undefined,
      });
    });
  });
}

function banner(text) {
  process.stdout.write(`\n=== ${text} ${'='.repeat(Math.max(3, 76 - text.length))}\n`);
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !RUNNERS.some((runner) => runner.name === name));
if (unknown.length > 0) {
  console.error(
    `Unknown runner(s): ${unknown.join(', ')}. Known: ${RUNNERS.map((r) => r.name).join(', ')}`,
  );
  process.exit(2);
}
const selected =
  wanted.length > 0 ? RUNNERS.filter((runner) => wanted.includes(runner.name)) : RUNNERS;

mkdirSync(results, { recursive: true });
const stepResults = new Map();
const report = [];

for (const runner of selected) {
  const entry = {
    name: runner.name,
    passed: 0,
    failed: 0,
    skipped: 0,
    exitCode: null,
    problem: undefined,
    failures: [],
  };
  report.push(entry);

  for (const step of runner.needs) {
    if (!stepResults.has(step)) {
      banner(`${step}`);
      const outcome = await run(STEPS[step].command);
      stepResults.set(
        step,
        outcome.code === 0
          ? undefined
          : `${step} failed (exit ${outcome.code}${outcome.error ? `, ${outcome.error}` : ''})`,
      );
    }
    entry.problem ??= stepResults.get(step);
  }
  if (entry.problem) {
    entry.failed = 1;
    banner(`${runner.name}: skipped — ${entry.problem}`);
    continue;
  }

  const command = runner.command;
  banner(`${runner.name}: ${command.map((part) => part.replace(root + '/', '')).join(' ')}`);
  rmSync(runner.resultFile, { force: true });
  const outcome = await run(command, runner);
  entry.exitCode = outcome.code;

  let counts;
  try {
    counts = existsSync(runner.resultFile) ? runner.read() : undefined;
  } catch (error) {
    entry.problem = `unreadable results: ${error.message}`;
  }
  if (counts) Object.assign(entry, counts);

  if (outcome.error) entry.problem = outcome.error;
  else if (!counts) entry.problem ??= 'reported no results';
  else if (outcome.code !== 0 && entry.failed === 0)
    entry.problem = `exited ${outcome.code} with no failed test`;
  else if (entry.passed + entry.failed === 0) entry.problem = 'ran zero tests';
  // A broken runner must show in the totals, not only in the exit code.
  if (entry.problem && entry.failed === 0) entry.failed = 1;
}

const passed = report.reduce((sum, entry) => sum + entry.passed, 0);
const failed = report.reduce((sum, entry) => sum + entry.failed, 0);
const ok = failed === 0 && report.every((entry) => !entry.problem && entry.exitCode === 0);

banner('summary');
for (const entry of report) {
  const skipped = entry.skipped ? `, ${entry.skipped} skipped` : '';
  console.log(
    `${entry.name.padEnd(10)} ${entry.passed} passed, ${entry.failed} failed${skipped}${entry.problem ? `  ← ${entry.problem}` : ''}`,
  );
}
// The failed tests by name, here at the end: a CI log that keeps only its tail still says what failed.
const failures = report.flatMap((entry) =>
  entry.failures.map((failure) => ({ runner: entry.name, ...failure })),
);
if (failures.length > 0) {
  console.log('\nfailed tests:');
  const shown = 30;
  for (const { runner, file, test, error } of failures.slice(0, shown)) {
    const reason = error.length > 240 ? `${error.slice(0, 240)}…` : error;
    console.log(`  ${runner}: ${file} › ${test}${reason ? `\n      ${reason}` : ''}`);
  }
  if (failures.length > shown) console.log(`  … and ${failures.length - shown} more`);
  console.log('');
}
writeFileSync(
  join(results, 'summary.json'),
  JSON.stringify({ passed, failed, ok, runners: report }, null, 2) + '\n',
);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = ok ? 0 : 1;
