#!/usr/bin/env node
// A throwaway real PostgreSQL (Debian's packages) on loopback, for tests and benchmarks.
//
// It runs `initdb` into a fresh temporary folder, starts the server on 127.0.0.1 with a free port
// (never on another address), creates one database, and hands back its DATABASE_URL. As root the
// server runs as the `postgres` user (through `runuser`), because PostgreSQL refuses to run as root.
// Host connections need a random password (scram-sha-256); the folder is deleted on stop.
// When no /usr/lib/postgresql/*/bin/initdb exists it installs the `postgresql` package with
// apt-get first (as root; otherwise it stops with a message saying what to install).
//
// Durability settings are off (fsync, synchronous_commit, full_page_writes): this database is
// thrown away after the run, and the durability test runs on PGlite's data folder instead.
//
// ── From Node (tests) ───────────────────────────────────────────────────────────────────────
//   import { startTestPostgres } from '../../scripts/test-postgres.mjs';
//   const pg = await startTestPostgres();   // { url, port, database, dataDir, stop() }
//   …; await pg.stop();
// A watchdog shell holds the server: when the Node process ends in any way (even SIGKILL), the
// watchdog sees its stdin close, stops PostgreSQL and deletes the folder. So a crashed test run
// never leaves a server behind.
//
// ── From a shell (.ci/run) ──────────────────────────────────────────────────────────────────
//   node scripts/test-postgres.mjs install            install postgresql if initdb is missing
//   node scripts/test-postgres.mjs run -- CMD ARGS…   start, run CMD with DATABASE_URL set, stop;
//                                                     exits with CMD's exit code
//   eval "$(node scripts/test-postgres.mjs start)"    start detached; prints
//                                                     `export DATABASE_URL=…` and `export MFA_TEST_PG_DIR=…`
//   node scripts/test-postgres.mjs stop "$MFA_TEST_PG_DIR"   stop it and delete its folder
//
// How .ci/run should call it (one PostgreSQL shared by every server test file of the run):
//   node scripts/test-postgres.mjs install          # early, next to the chromium install
//   node scripts/test-postgres.mjs run -- node scripts/test.mjs
// or, with start/stop:
//   eval "$(node scripts/test-postgres.mjs start)"; trap 'node scripts/test-postgres.mjs stop "$MFA_TEST_PG_DIR"' EXIT
// Without DATABASE_URL the PostgreSQL tests start their own server with startTestPostgres()
// (each test file its own, about 2–3 s), so `npm test` also works with no set-up at all.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PG_ROOT = '/usr/lib/postgresql';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** The newest installed PostgreSQL's bin folder, or undefined. */
export function findPostgresBin() {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'initdb')))
    return process.env.PG_BIN;
  if (!existsSync(PG_ROOT)) return undefined;
  const versions = readdirSync(PG_ROOT)
    .filter((name) => existsSync(join(PG_ROOT, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(PG_ROOT, versions[0], 'bin') : undefined;
}

/** Install Debian's `postgresql` when initdb is missing. Returns the bin folder. */
export function ensurePostgresInstalled({
  log = (line) => process.stderr.write(line + '\n'),
} = {}) {
  const found = findPostgresBin();
  if (found) return found;
  if (!isRoot) {
    throw new Error(
      'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb). Install it with ' +
        '`sudo apt-get install -y postgresql`, or set DATABASE_URL to a database the tests may use.',
    );
  }
  // Several test processes may get here at once on a fresh machine: one installs, the others wait.
  const lock = join(tmpdir(), 'mfa-test-postgres-install.lock');
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const other = findPostgresBin();
      if (other) return other;
      if (Date.now() > deadline)
        throw new Error(`waited 15 min for another install (remove ${lock} if stale)`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    }
  }
  try {
    return installPostgres(log);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function installPostgres(log) {
  const already = findPostgresBin();
  if (already) return already;
  log('test-postgres: installing postgresql with apt-get …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => {
    const result = spawnSync('apt-get', args, {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      throw new Error(
        `apt-get ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
      );
    }
  };
  apt(['update']);
  apt(['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '--no-install-recommends', 'postgresql']);
  const bin = findPostgresBin();
  if (!bin)
    throw new Error(
      'apt-get installed postgresql but no initdb was found under /usr/lib/postgresql',
    );
  log(`test-postgres: installed (${bin})`);
  return bin;
}

/** A port that was free on 127.0.0.1 a moment ago. */
export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** `initdb` a new folder owned by the user the server runs as. */
function initCluster(bin, password) {
  const dataDir = mkdtempSync(join(tmpdir(), 'mfa-pg-'));
  const pwfile = join(dataDir, '.pwfile');
  const pgdata = join(dataDir, 'data');
  writeFileSync(pwfile, password + '\n', { mode: 0o600 });
  if (isRoot) {
    chownSync(dataDir, ...postgresIds());
    chownSync(pwfile, ...postgresIds());
  }
  runAsServerUser(bin, 'initdb', [
    '-D',
    pgdata,
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--locale=C',
    '--auth-local=trust', // the Unix socket lives inside the 0700 folder: only its owner reaches it
    '--auth-host=scram-sha-256',
    `--pwfile=${pwfile}`,
    '--no-sync',
  ]);
  rmSync(pwfile, { force: true });
  return { dataDir, pgdata };
}

function postgresIds() {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return [uid, gid];
}

/** The argv that runs a PostgreSQL program as the server's user. */
function asServerUser(bin, program, args) {
  const file = join(bin, program);
  return isRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
}

function runAsServerUser(bin, program, args, extraEnv = {}) {
  const [file, argv] = asServerUser(bin, program, args);
  const result = spawnSync(file, argv, {
    cwd: tmpdir(),
    env: { ...process.env, LC_ALL: 'C', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(
      `${program} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

function serverOptions(port, socketDir) {
  return [
    `-c listen_addresses=127.0.0.1`,
    `-p ${port}`,
    `-c unix_socket_directories=${socketDir}`,
    `-c fsync=off`,
    `-c synchronous_commit=off`,
    `-c full_page_writes=off`,
    `-c max_connections=200`,
    `-c shared_buffers=64MB`,
  ].join(' ');
}

function quote(text) {
  return `'${String(text).replaceAll("'", `'\\''`)}'`;
}

/**
 * Start a new cluster. With `detached`, pg_ctl's daemon outlives this process (stop it with
 * stopTestPostgresDir); otherwise a watchdog ties it to this process.
 */
export async function startTestPostgres({
  database = 'mfa_test',
  detached = false,
  log = () => {},
} = {}) {
  const bin = ensurePostgresInstalled({ log });
  const password = randomBytes(18).toString('base64url');
  const { dataDir, pgdata } = initCluster(bin, password);
  const logFile = join(dataDir, 'server.log');

  let lastError;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const port = await freePort();
    const ctlArgs = [
      'start',
      '-w',
      '-t',
      '60',
      '-D',
      pgdata,
      '-l',
      logFile,
      '-o',
      serverOptions(port, dataDir),
    ];
    try {
      let watchdog;
      if (detached) {
        runAsServerUser(bin, 'pg_ctl', ctlArgs);
      } else {
        watchdog = await startWatchdog(bin, ctlArgs, pgdata, dataDir);
      }
      const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
      runAsServerUser(bin, 'createdb', [
        '-h',
        dataDir,
        '-p',
        String(port),
        '-U',
        'postgres',
        database,
      ]);
      log(`test-postgres: PostgreSQL on 127.0.0.1:${port}, folder ${dataDir}`);
      let stopped;
      return {
        url,
        port,
        database,
        dataDir,
        stop() {
          stopped ??= watchdog ? watchdog.stop() : Promise.resolve(stopTestPostgresDir(dataDir));
          return stopped;
        },
      };
    } catch (error) {
      lastError = error;
      // Most likely the port was taken between freePort() and the server's bind: try another.
      spawnSync(...asServerUser(bin, 'pg_ctl', ['stop', '-m', 'immediate', '-D', pgdata]), {
        stdio: 'ignore',
      });
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
  throw lastError;
}

/**
 * A bash process that starts the server, then blocks reading stdin. Its stdin is a pipe from this
 * process, so it reaches EOF when we call stop() or when this process dies; either way it stops
 * PostgreSQL and removes the folder.
 */
function startWatchdog(bin, ctlArgs, pgdata, dataDir) {
  const [startFile, startArgv] = asServerUser(bin, 'pg_ctl', ctlArgs);
  const [stopFile, stopArgv] = asServerUser(bin, 'pg_ctl', [
    'stop',
    '-m',
    'immediate',
    '-D',
    pgdata,
  ]);
  const script = [
    'trap "" INT TERM HUP', // a Ctrl-C to the test run reaches us too: keep going to the clean-up
    `${[startFile, ...startArgv].map(quote).join(' ')} >/dev/null 2>&1 || { echo start-failed; cat ${quote(join(dataDir, 'server.log'))} >&2; rm -rf ${quote(dataDir)}; exit 1; }`,
    'echo started',
    'cat >/dev/null',
    `${[stopFile, ...stopArgv].map(quote).join(' ')} >/dev/null 2>&1`,
    `rm -rf ${quote(dataDir)}`,
  ].join('\n');
  const child = spawn('bash', ['-c', script], {
    cwd: tmpdir(),
    env: { ...process.env, LC_ALL: 'C' },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true, // own process group: a terminal's Ctrl-C does not kill it before clean-up
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((done) => child.on('close', done));
  return new Promise((done, fail) => {
    let out = '';
    const onData = (chunk) => {
      out += chunk;
      if (out.includes('started')) {
        child.stdout.off('data', onData);
        child.stdout.resume();
        // Do not keep the event loop alive for the watchdog: stop() ends it, or our exit does.
        child.unref();
        child.stdin.unref?.();
        child.stdout.unref?.();
        child.stderr.unref?.();
        done({
          stop() {
            // Keep this process alive until the clean-up is done.
            child.ref();
            child.stdout.ref?.();
            child.stderr.ref?.();
            child.stdin.end();
            return exited.then(() => undefined);
          },
        });
      } else if (out.includes('start-failed')) {
        fail(new Error(`PostgreSQL did not start:\n${stderr}`));
      }
    };
    child.stdout.on('data', onData);
    child.on('error', fail);
    exited.then((code) =>
      fail(new Error(`PostgreSQL watchdog exited early (${code}):\n${stderr}`)),
    );
  });
}

/** Stop a detached cluster started by `start` and delete its folder. */
export function stopTestPostgresDir(dataDir) {
  const bin = findPostgresBin();
  const pgdata = join(dataDir, 'data');
  if (bin && existsSync(pgdata)) {
    spawnSync(...asServerUser(bin, 'pg_ctl', ['stop', '-m', 'immediate', '-D', pgdata]), {
      stdio: 'ignore',
      cwd: tmpdir(),
    });
  }
  rmSync(dataDir, { recursive: true, force: true });
}

/**
 * DATABASE_URL when set; otherwise a new throwaway server for this process. Tests call this.
 * `stop` is a no-op for a DATABASE_URL given from outside.
 */
export async function testDatabaseUrl() {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, external: true, stop: async () => {} };
  const pg = await startTestPostgres();
  return { url: pg.url, external: false, stop: () => pg.stop() };
}

// ── CLI ──────────────────────────────────────────────────────────────────────────────────────
async function main(argv) {
  const [command, ...rest] = argv;
  const log = (line) => process.stderr.write(line + '\n');
  switch (command) {
    case 'install': {
      log(`test-postgres: ${ensurePostgresInstalled({ log })}`);
      return 0;
    }
    case 'start': {
      const pg = await startTestPostgres({ detached: true, log });
      process.stdout.write(
        `export DATABASE_URL=${quote(pg.url)}\nexport MFA_TEST_PG_DIR=${quote(pg.dataDir)}\n`,
      );
      return 0;
    }
    case 'stop': {
      const dir = rest[0] ?? process.env.MFA_TEST_PG_DIR;
      if (!dir || !resolve(dir).startsWith(resolve(tmpdir()) + '/')) {
        log('usage: test-postgres.mjs stop DIR (the MFA_TEST_PG_DIR printed by start)');
        return 2;
      }
      stopTestPostgresDir(resolve(dir));
      return 0;
    }
    case 'run': {
      const args = rest[0] === '--' ? rest.slice(1) : rest;
      if (args.length === 0) {
        log('usage: test-postgres.mjs run -- COMMAND [ARGS…]');
        return 2;
      }
      const pg = await startTestPostgres({ log });
      try {
        const code = await new Promise((done) => {
          const child = spawn(args[0], args.slice(1), {
            stdio: 'inherit',
            env: { ...process.env, DATABASE_URL: pg.url },
          });
          child.on('error', (error) => {
            log(`test-postgres: ${error.message}`);
            done(127);
          });
          child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
        });
        return code;
      } finally {
        await pg.stop();
      }
    }
    default:
      log('usage: test-postgres.mjs install | start | stop DIR | run -- COMMAND [ARGS…]');
      return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      process.stderr.write(`test-postgres: ${error.stack ?? error}\n`);
      process.exitCode = 1;
    },
  );
}
