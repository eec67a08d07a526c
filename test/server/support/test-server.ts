/// <reference types="node" />
/**
 * A real MFA server process for the durability test and the benchmark: createMfaHandler behind
 * node:http through the Node adapter, exactly as an app mounts it. Run it with
 *
 *   node --import tsx test/server/support/test-server.ts
 *
 * Configured only by environment variables:
 *   MFA_TEST_STORE          'pglite' (default) or 'postgres'
 *   MFA_TEST_DATA_DIR       PGlite data folder (in memory when unset)
 *   DATABASE_URL            PostgreSQL, with MFA_TEST_STORE=postgres
 *   MFA_TEST_PG_OPTIONS     libpq `options` for every connection (e.g. '-c search_path=s1')
 *   MFA_TEST_NOW            the clock's reading (ms since 1970, or ISO 8601) at MFA_TEST_CLOCK_ORIGIN
 *   MFA_TEST_CLOCK_ORIGIN   the wall-clock ms at which the clock reads MFA_TEST_NOW (default: start)
 *   MFA_TEST_CLOCK_RATE     clock speed: 1 real time (default), 0 frozen, 60 a minute per second
 *   MFA_TEST_TOKEN_SECONDS  lifetime of single-use and persistent tokens (default: the handler's)
 *   MFA_TEST_RATE_LIMIT     JSON of rate-limit settings (default: the handler's)
 *   MFA_TEST_LOG            '1': log events to stderr as JSON lines (default: silent)
 *   MFA_TEST_SEED_USERS     N: before serving, enroll users `${MFA_TEST_SEED_PREFIX}0…N-1` (default
 *                           prefix 'seed-') with a verified authenticator each and write
 *                           `[{ user, secret, deviceId }]` to MFA_TEST_SEED_FILE (for the benchmark:
 *                           confirming N enrollments over HTTP would spend most of the run hashing
 *                           N first sets of recovery codes). The enrollment goes through the handler;
 *                           only the confirmation is done directly in the store (no recovery codes).
 *   MFA_TEST_FLOOR          '1': also serve the benchmark's floor on a second port (see floorServer)
 *   PORT                    port on 127.0.0.1 (default 0: any free port)
 *
 * It prints one JSON line `{"port":N,"origin":"http://localhost:N"}` (plus `"floorPort"` with
 * MFA_TEST_FLOOR) on stdout when it is ready to
 * serve (the store is open and migrated). `authenticate` trusts the `x-test-user` header (user id
 * and name) and `x-test-session` (session id, default 'session-1'). Allowed origin:
 * `http://localhost:PORT` and `http://localhost`. SIGTERM/SIGINT close the store cleanly; the
 * durability test uses SIGKILL instead.
 */
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMfaHandler } from '../../../src/server/handler.js';
import type { MfaLogger } from '../../../src/server/logger.js';
import { toNodeListener } from '../../../src/server/node.js';
import { runMigrations } from '../../../src/server/store/migrations.js';
import type { SqlExecutor } from '../../../src/server/store/sql-executor.js';
import { createSqlStore } from '../../../src/server/store/sql-store.js';
import type { MfaStore } from '../../../src/server/store/types.js';
import { inspectStore } from './store-inspection.js';

/** A fixed key for tests only (32 bytes, base64). */
export const TEST_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');

/** The clock `MFA_TEST_NOW` / `MFA_TEST_CLOCK_ORIGIN` / `MFA_TEST_CLOCK_RATE` describe. */
export function clockFromEnv(env: NodeJS.ProcessEnv, startedAt = Date.now()): () => Date {
  const raw = env['MFA_TEST_NOW'];
  const rate = env['MFA_TEST_CLOCK_RATE'] === undefined ? 1 : Number(env['MFA_TEST_CLOCK_RATE']);
  if (!Number.isFinite(rate) || rate < 0)
    throw new Error('MFA_TEST_CLOCK_RATE must be a number ≥ 0');
  if (raw === undefined || raw === '') {
    if (rate === 1) return () => new Date();
    const base = Date.now();
    return () => new Date(base + (Date.now() - base) * rate);
  }
  const start = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
  if (!Number.isFinite(start)) throw new Error(`MFA_TEST_NOW is not a time: ${raw}`);
  const origin = env['MFA_TEST_CLOCK_ORIGIN'] ? Number(env['MFA_TEST_CLOCK_ORIGIN']) : startedAt;
  return () => new Date(start + (Date.now() - origin) * rate);
}

/** The store, and the executor under it (the floor runs its one statement on the same one). */
async function openStore(
  env: NodeJS.ProcessEnv,
): Promise<{ store: MfaStore; executor: SqlExecutor }> {
  if (env['MFA_TEST_STORE'] === 'postgres') {
    const { createPostgresExecutor } = await import('../../../src/server/store/postgres.js');
    const options = env['MFA_TEST_PG_OPTIONS'];
    const executor = await createPostgresExecutor({
      connectionString: env['DATABASE_URL']!,
      poolConfig: { max: 10, ...(options ? { options } : {}) },
    });
    await runMigrations(executor);
    return { store: createSqlStore(executor), executor };
  }
  const { openPglite, pgliteExecutor } = await import('../../../src/server/store/pglite.js');
  const dataDir = env['MFA_TEST_DATA_DIR'];
  const executor = pgliteExecutor(await openPglite(dataDir ? { dataDir } : {}));
  await runMigrations(executor);
  return { store: createSqlStore(executor), executor };
}

/**
 * The benchmark's floor: node:http on the same store and connections doing the least a durable
 * verification can do — read a small JSON body, run ONE conditional `UPDATE … RETURNING` (a
 * commit), answer JSON. `POST /` with `{"deviceId": "…"}` of a verified device.
 */
const FLOOR_STATEMENT = `UPDATE mfa_totp_devices SET last_used_at = $2::timestamptz
  WHERE id = $1 AND verified_at IS NOT NULL RETURNING id`;

function floorServer(executor: SqlExecutor, now: () => Date): Server {
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const answer = (status: number, body: unknown) => {
        const text = JSON.stringify(body);
        res.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(text),
        });
        res.end(text);
      };
      let deviceId: unknown;
      try {
        deviceId = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { deviceId?: unknown })
          .deviceId;
      } catch {
        answer(400, { code: 'invalid-request' });
        return;
      }
      executor.query(FLOOR_STATEMENT, [String(deviceId), now().toISOString()]).then(
        (rows) => answer(rows.length === 1 ? 200 : 404, { ok: rows.length === 1 }),
        () => answer(500, { code: 'unknown' }),
      );
    });
  });
}

const silent: MfaLogger = { info() {}, warn() {}, error() {} };
const toStderr: MfaLogger = {
  info: (event, fields) =>
    process.stderr.write(JSON.stringify({ level: 'info', event, ...fields }) + '\n'),
  warn: (event, fields) =>
    process.stderr.write(JSON.stringify({ level: 'warn', event, ...fields }) + '\n'),
  error: (event, fields) =>
    process.stderr.write(JSON.stringify({ level: 'error', event, ...fields }) + '\n'),
};

async function seedUsers(
  handler: (request: Request) => Promise<Response>,
  store: MfaStore,
  now: () => Date,
  count: number,
  prefix: string,
  file: string | undefined,
): Promise<void> {
  if (!file) throw new Error('MFA_TEST_SEED_FILE is required with MFA_TEST_SEED_USERS');
  const seeded: { user: string; secret: string; deviceId: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    const user = `${prefix}${i}`;
    const response = await handler(
      new Request('http://localhost/mfa/totp/enroll', {
        method: 'POST',
        headers: { origin: 'http://localhost', 'x-test-user': user },
      }),
    );
    if (response.status !== 201)
      throw new Error(`seed enroll ${user}: ${response.status} ${await response.text()}`);
    const enrollment = (await response.json()) as { secret: string; deviceId: string };
    // Confirmed at a step well in the past, so every current code is still unused.
    const step = Math.floor(now().getTime() / 30_000) - 10;
    if (!(await inspectStore(store).claimTotpStep(user, enrollment.deviceId, step, now())))
      throw new Error(`seed confirm ${user} failed`);
    seeded.push({ user, secret: enrollment.secret, deviceId: enrollment.deviceId });
  }
  writeFileSync(file, JSON.stringify(seeded));
}

async function main(): Promise<void> {
  const env = process.env;
  const now = clockFromEnv(env);
  const { store, executor } = await openStore(env);
  const requestedPort = Number(env['PORT'] ?? 0);
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(requestedPort, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const origin = `http://localhost:${port}`;
  const tokenSeconds = env['MFA_TEST_TOKEN_SECONDS']
    ? Number(env['MFA_TEST_TOKEN_SECONDS'])
    : undefined;

  const handler = createMfaHandler({
    store,
    rp: { id: 'localhost', name: 'MFA test server', origins: [origin, 'http://localhost'] },
    issuer: 'MFA Test',
    encryptionKey: TEST_ENCRYPTION_KEY,
    now,
    logger: env['MFA_TEST_LOG'] === '1' ? toStderr : silent,
    ...(env['MFA_TEST_RATE_LIMIT'] ? { rateLimit: JSON.parse(env['MFA_TEST_RATE_LIMIT']) } : {}),
    ...(tokenSeconds !== undefined
      ? { tokenLifetimes: { singleUseSeconds: tokenSeconds, persistentSeconds: tokenSeconds } }
      : {}),
    actions: {
      'test.action': { required: true, token: 'single-use' },
      'bench.action': { required: true, token: 'single-use' },
    },
    authenticate(request) {
      const userId = request.headers.get('x-test-user');
      if (!userId) return null;
      return {
        userId,
        userName: userId,
        sessionId: request.headers.get('x-test-session') || 'session-1',
      };
    },
  });
  if (env['MFA_TEST_SEED_USERS']) {
    await seedUsers(
      handler,
      store,
      now,
      Number(env['MFA_TEST_SEED_USERS']),
      env['MFA_TEST_SEED_PREFIX'] ?? 'seed-',
      env['MFA_TEST_SEED_FILE'],
    );
  }
  server.on('request', toNodeListener(handler));
  server.keepAliveTimeout = 30_000;
  let floorPort: number | undefined;
  const floor = env['MFA_TEST_FLOOR'] === '1' ? floorServer(executor, now) : undefined;
  if (floor) {
    floor.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => floor.listen(0, '127.0.0.1', resolve));
    floorPort = (floor.address() as { port: number }).port;
  }

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    server.close();
    server.closeAllConnections();
    floor?.close();
    floor?.closeAllConnections();
    handler.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  process.stdout.write(
    JSON.stringify({ port, origin, ...(floorPort !== undefined && { floorPort }) }) + '\n',
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `test-server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}
