/// <reference types="node" />
// scripts/test-postgres.mjs: the throwaway PostgreSQL the server tests and CI use. It must listen
// on loopback only, run as a non-root user, require its password, and leave nothing behind —
// also when the process that started it is killed.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  findPostgresBin,
  startTestPostgres,
  type TestPostgres,
} from '../../scripts/test-postgres.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const script = join(root, 'scripts/test-postgres.mjs');

function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

async function waitFor(check: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not met in time');
}

describe('scripts/test-postgres.mjs', () => {
  let server: TestPostgres;
  before(async () => {
    server = await startTestPostgres();
  });
  after(async () => {
    await server?.stop();
  });

  test('finds or installs PostgreSQL', () => {
    assert.ok(findPostgresBin(), 'initdb is installed');
  });

  test('serves a real PostgreSQL on 127.0.0.1 only, as a non-root user', async () => {
    const url = new URL(server.url);
    assert.equal(url.hostname, '127.0.0.1');
    assert.equal(Number(url.port), server.port);
    assert.equal(url.pathname, '/mfa_test');
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT current_setting('server_version_num')::int AS version,
                current_setting('listen_addresses') AS listen,
                current_database() AS db`,
      );
      assert.ok(rows[0].version >= 150000, `PostgreSQL 15 or later, got ${rows[0].version}`);
      assert.equal(rows[0].listen, '127.0.0.1');
      assert.equal(rows[0].db, 'mfa_test');
    } finally {
      await client.end();
    }
    const ps = spawnSync('ps', ['-o', 'user=', '-C', 'postgres'], { encoding: 'utf8' });
    if (ps.status === 0) {
      assert.ok(
        !ps.stdout.split('\n').some((user) => user.trim() === 'root'),
        'no postgres process runs as root',
      );
    }
  });

  test('refuses a connection without the password', async () => {
    const url = new URL(server.url);
    url.password = 'wrong';
    const client = new pg.Client({ connectionString: url.toString() });
    await assert.rejects(client.connect(), /password authentication failed/);
    await client.end().catch(() => {});
  });

  test('stop() ends the server and deletes its folder', async () => {
    const other = await startTestPostgres({ database: 'other_db' });
    assert.ok(existsSync(other.dataDir));
    assert.equal(await portOpen(other.port), true);
    await other.stop();
    await other.stop(); // twice is harmless
    assert.equal(existsSync(other.dataDir), false);
    assert.equal(await portOpen(other.port), false);
  });

  test('a SIGKILLed owner leaves no server or folder behind', async () => {
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { startTestPostgres } from ${JSON.stringify(script)};
         const pg = await startTestPostgres();
         console.log(JSON.stringify({ port: pg.port, dataDir: pg.dataDir }));
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const info = await new Promise<{ port: number; dataDir: string }>((done, fail) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) done(JSON.parse(out));
      });
      child.on('exit', (code) => fail(new Error(`child exited ${code}`)));
    });
    assert.equal(await portOpen(info.port), true);
    child.kill('SIGKILL');
    await waitFor(async () => !existsSync(info.dataDir) && !(await portOpen(info.port)));
  });

  test('the CLI `run` passes DATABASE_URL and the exit code through, then cleans up', () => {
    const result = spawnSync(
      process.execPath,
      [
        script,
        'run',
        '--',
        process.execPath,
        '-e',
        'console.log(process.env.DATABASE_URL); process.exit(3)',
      ],
      { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } },
    );
    assert.equal(result.status, 3, result.stderr);
    const url = new URL(result.stdout.trim());
    assert.equal(url.protocol, 'postgres:');
    assert.equal(url.hostname, '127.0.0.1');
    const folder = /folder (\S+)/.exec(result.stderr)?.[1];
    assert.ok(folder, result.stderr);
    assert.equal(existsSync(folder), false);
  });

  test('the CLI `start`/`stop` pair for shells', async () => {
    const started = spawnSync(process.execPath, [script, 'start'], { encoding: 'utf8' });
    assert.equal(started.status, 0, started.stderr);
    const url = /DATABASE_URL='([^']+)'/.exec(started.stdout)?.[1];
    const dir = /MFA_TEST_PG_DIR='([^']+)'/.exec(started.stdout)?.[1];
    assert.ok(url && dir, started.stdout);
    const port = Number(new URL(url).port);
    try {
      assert.equal(await portOpen(port), true);
    } finally {
      const stopped = spawnSync(process.execPath, [script, 'stop', dir], { encoding: 'utf8' });
      assert.equal(stopped.status, 0, stopped.stderr);
    }
    assert.equal(existsSync(dir), false);
    assert.equal(await portOpen(port), false);
    // stop refuses folders outside the temporary folder
    const refused = spawnSync(process.execPath, [script, 'stop', '/etc'], { encoding: 'utf8' });
    assert.equal(refused.status, 2);
  });
});
