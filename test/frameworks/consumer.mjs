// The consumer install the framework tests share: the repository packed as `npm publish` would,
// installed with React, Vue, Svelte, Angular, Preact and Solid into one folder outside the
// repository (so nothing resolves from the repository's own node_modules), beside copies of
// demo/frameworks/ and test/frameworks/types/. The folder is kept between runs, so the next
// install only swaps the tarball; the npm cache is reused (--prefer-offline).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** One folder per checkout, so two worktrees on one machine do not share it. */
export const consumer = join(
  tmpdir(),
  `mfa-elements-frameworks-${createHash('sha256').update(root).digest('hex').slice(0, 8)}`,
);
export const APPS = ['react', 'vue', 'svelte', 'angular'];

/** Files `npm run analyze` generates for frameworks and IDEs: the tarball must carry them. */
const GENERATED_FOR_CONSUMERS = [
  'types',
  'web-types.json',
  'vscode.html-custom-data.json',
  'vscode.css-custom-data.json',
];

const run = (command, args, cwd, env = {}) =>
  execFileSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });

/** `npm pack` of the repository (its `prepack`, when it has one, builds; otherwise `npm test`'s build step did). */
function pack(into) {
  const output = run('npm', ['pack', '--json', '--pack-destination', into], root);
  const [{ filename, files }] = JSON.parse(output.slice(output.indexOf('[')));
  const tarball = join(into, filename);
  const missing = GENERATED_FOR_CONSUMERS.filter(
    (path) => !files.some((file) => file.path === path || file.path.startsWith(`${path}/`)),
  );
  if (missing.length > 0)
    throw new Error(
      `the packed tarball lacks ${missing.join(', ')}: list them in package.json "files"`,
    );
  return tarball;
}

/** Fresh copies of the examples and type tests; node_modules and the npm cache are kept. */
function stage() {
  mkdirSync(consumer, { recursive: true });
  for (const entry of readdirSync(consumer)) {
    if (entry !== 'node_modules') rmSync(join(consumer, entry), { recursive: true, force: true });
  }
  const examples = join(root, 'demo/frameworks');
  for (const entry of readdirSync(examples)) {
    if (entry !== 'node_modules' && entry !== 'dist')
      cpSync(join(examples, entry), join(consumer, entry), {
        recursive: true,
        filter: (from) => !/\/(node_modules|dist|\.angular)(\/|$)/.test(from),
      });
  }
  cpSync(join(root, 'test/frameworks/types'), join(consumer, 'type-tests'), { recursive: true });
}

/**
 * Pack, stage and install. The frameworks come from demo/frameworks/package-lock.json; the kit
 * from the tarball, its own dependencies resolved as in any user's install (`--no-save` keeps the
 * tarball's path out of the staged package.json and lockfile).
 */
export function prepareConsumer() {
  stage();
  const packed = pack(consumer);
  const digest = createHash('sha256').update(readFileSync(packed)).digest('hex').slice(0, 12);
  // A new file name per content: npm treats an unchanged `file:` spec as already installed.
  const tarball = join(consumer, `mfa-elements-${digest}.tgz`);
  cpSync(packed, tarball);
  rmSync(packed);
  run(
    'npm',
    ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', tarball],
    consumer,
  );
  if (!existsSync(join(consumer, 'node_modules/mfa-elements/package.json')))
    throw new Error('mfa-elements is not installed in the consumer');
  return { tarball };
}

/** Runs a command of the consumer's node_modules/.bin; returns { code, output } instead of throwing. */
export function consumerBin(name, args, cwd = consumer, env = {}) {
  try {
    return { code: 0, output: run(join(consumer, 'node_modules/.bin', name), args, cwd, env) };
  } catch (error) {
    if (typeof error.status !== 'number') throw error;
    return { code: error.status, output: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}
