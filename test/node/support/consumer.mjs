// A consumer project outside the repository: the packed tarball installed with npm as a user
// would, reusing npm's cache (no audit, no fund, offline first) so the test stays quick.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const repo = fileURLToPath(new URL('../../../', import.meta.url));
const run = promisify(execFile);
const NPM_FLAGS = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];

/** `npm pack` into a fresh folder; the build already ran (scripts/test.mjs), so no prepack. */
export async function pack() {
  const folder = mkdtempSync(join(tmpdir(), 'mfa-elements-pack-'));
  const { stdout } = await run(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', folder],
    { cwd: repo, maxBuffer: 64 << 20 },
  );
  const [info] = JSON.parse(stdout);
  return { tarball: join(folder, info.filename), files: info.files.map((file) => file.path) };
}

/** A fresh ES module project with the tarball as its one dependency, installed. */
export async function createConsumer(tarball) {
  const folder = mkdtempSync(join(tmpdir(), 'mfa-elements-consumer-'));
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify(
      {
        name: 'consumer',
        private: true,
        type: 'module',
        dependencies: { 'mfa-elements': `file:${tarball}` },
      },
      null,
      2,
    ),
  );
  await npm(folder, 'install');
  return folder;
}

export function npm(folder, ...args) {
  return run('npm', [...args, ...NPM_FLAGS], {
    cwd: folder,
    maxBuffer: 64 << 20,
    timeout: 300_000,
  });
}

/** Run a module body with Node inside the consumer (its own resolution, no repo around it). */
export async function nodeIn(folder, source) {
  try {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', source], {
      cwd: folder,
      timeout: 60_000,
    });
    return { ok: true, stdout, stderr: '' };
  } catch (error) {
    return { ok: false, stdout: error.stdout ?? '', stderr: error.stderr ?? String(error) };
  }
}

/** Packages and bytes under node_modules, the consumer package itself left out. */
export function installedFootprint(folder) {
  const packages = [];
  let bytes = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) bytes += statSync(path).size;
    }
  };
  const modules = join(folder, 'node_modules');
  for (const entry of readdirSync(modules)) {
    if (entry.startsWith('.')) continue;
    const names = entry.startsWith('@')
      ? readdirSync(join(modules, entry)).map((name) => `${entry}/${name}`)
      : [entry];
    packages.push(...names);
  }
  walk(modules);
  return { packages: packages.sort(), bytes };
}
