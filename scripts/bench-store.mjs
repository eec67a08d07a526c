#!/usr/bin/env node
// `npm run bench:store`: the store's hot statements timed alone, without HTTP, next to the
// benchmark's floor statement (scripts/bench-server.mjs) on the same store — so a change to the
// SQL can be judged before the whole server is measured. One caller, one statement at a time
// (PGlite runs one anyway); every timed call is checked to have done what it should.
//
//   node --import tsx scripts/bench-store.mjs [--store folder|memory|postgres] [--users 2000]
//                                             [--calls 2000]
//
// Cases, each over distinct users, round-robin, in alternating batches of 100 calls after three
// warm-up rounds (CALLS calls per case in all):
// - floor: `UPDATE mfa_totp_devices … RETURNING id` (what bench-server's floor runs);
// - totp (cached secret): `attemptCode` as a verification with the secret in the handler's
//   cache — the usual one-statement success, issuing a single-use token;
// - totp (read first): what a verification without a cached secret reads first
//   (`getTotpAccount`; `getAccount` on a store from before it), then the same attempt;
// - token: `useToken`, consuming one of the tokens the totp case issued.
// Printed: the least over batches of µs per call — this process's CPU time (PGlite runs in it,
// so that is the database's work) and wall time; the least, because on a shared machine other
// work only ever adds to a batch's time — and the floor's time over each case's (≥ 0.8 is the goal of docs/ARCHITECTURE.md for
// the whole request). On PostgreSQL only wall time means something (the work is in its server).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .map((arg, i, all) =>
      arg.startsWith('--')
        ? [arg.slice(2), all[i + 1]?.startsWith('--') ? 'true' : all[i + 1]]
        : null,
    )
    .filter(Boolean),
);
const STORE = args.store ?? 'folder';
const USERS = Number(args.users ?? 2000);
const CALLS = Number(args.calls ?? 2000);
const ACTION = 'bench.action';
const RATE_LIMIT = { maxFailures: 5, hardLimit: 20, baseDelaySeconds: 30, maxDelaySeconds: 3600 };

const { runMigrations } = await import('../src/server/store/migrations.ts');
const { createSqlStore } = await import('../src/server/store/sql-store.ts');

let dataDir;
let postgres;
let executor;
if (STORE === 'postgres') {
  const { createPostgresExecutor } = await import('../src/server/store/postgres.ts');
  let url = process.env.DATABASE_URL;
  if (!url) {
    const { startTestPostgres } = await import('./test-postgres.mjs');
    postgres = await startTestPostgres();
    url = postgres.url;
  }
  executor = await createPostgresExecutor({ connectionString: url, poolConfig: { max: 4 } });
} else {
  const { openPglite, pgliteExecutor } = await import('../src/server/store/pglite.ts');
  if (STORE === 'folder') dataDir = mkdtempSync(join(tmpdir(), 'mfa-bench-store-'));
  else if (STORE !== 'memory') throw new Error(`--store must be folder, memory or postgres`);
  executor = pgliteExecutor(await openPglite(dataDir ? { dataDir } : {}));
}
await runMigrations(executor);
const store = createSqlStore(executor);

const prefix = `bs-${process.pid}-`;
const t0 = Date.UTC(2032, 0, 1);
await executor.query(
  `INSERT INTO mfa_users (user_id, created_at)
   SELECT $1 || g, $2::timestamptz FROM generate_series(0, $3::integer - 1) g`,
  [prefix, new Date(t0).toISOString(), USERS],
);
await executor.query(
  `INSERT INTO mfa_totp_devices (id, user_id, secret_sealed, created_at, verified_at, last_step)
   SELECT $1 || 'd' || g, $1 || g, 'sealed-' || g, $2::timestamptz, $2::timestamptz, 0
     FROM generate_series(0, $3::integer - 1) g`,
  [prefix, new Date(t0).toISOString(), USERS],
);

const FLOOR = `UPDATE mfa_totp_devices SET last_used_at = $2::timestamptz
  WHERE id = $1 AND verified_at IS NOT NULL RETURNING id`;

let next = 0;
let step = 1;
const tokens = [];
const user = () => {
  const i = next++ % USERS;
  if (i === USERS - 1) step += 1; // a new step once every user used this one
  return { userId: prefix + i, deviceId: `${prefix}d${i}`, sealed: `sealed-${i}` };
};
const now = () => new Date(t0 + step * 30_000);

async function attempt({ userId, deviceId, sealed }, cached) {
  const tokenHash = randomBytes(32).toString('base64url');
  const when = now();
  if (!cached) {
    // What the route reads first (getTotpAccount; a store from before it has only getAccount).
    const account = store.getTotpAccount
      ? await store.getTotpAccount(userId)
      : await store.getAccount(userId, 'session-1');
    if (account.totpDevices.length !== 1) throw new Error('the read found no device');
  }
  const result = await store.attemptCode({
    userId,
    now: when,
    claim: { kind: 'totp', deviceId, step },
    rateLimit: RATE_LIMIT,
    success: {
      sessionId: 'session-1',
      method: 'totp',
      recoveryCodes: null,
      token: {
        tokenHash,
        userId,
        sessionId: 'session-1',
        method: 'totp',
        action: ACTION,
        scopes: [],
        singleUse: true,
        createdAt: when,
        expiresAt: new Date(when.getTime() + 3600_000),
      },
    },
    ...(cached && { matchedSecret: { deviceId, secretSealed: sealed } }),
  });
  if (result.outcome !== 'success') throw new Error(`attempt: ${result.outcome}`);
  tokens.push({ userId, tokenHash });
}

const cases = {
  floor: async () => {
    const { deviceId } = user();
    const rows = await executor.query(FLOOR, [deviceId, now().toISOString()]);
    if (rows.length !== 1) throw new Error('floor updated nothing');
  },
  'totp (cached secret)': () => attempt(user(), true),
  'totp (read first)': () => attempt(user(), false),
  token: async () => {
    const token = tokens.shift();
    if (!token) throw new Error('no token left');
    const used = await store.useToken({
      tokenHash: token.tokenHash,
      userId: token.userId,
      sessionId: 'session-1',
      now: now(),
      action: ACTION,
      methods: null,
      createdAfter: null,
    });
    if (!used.consumed) throw new Error('token not consumed');
  },
};

const BATCH = 100;
const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
/** One batch of each case in turn; a batch's CPU and wall time per call is one sample. */
async function round(record) {
  for (const [name, run] of Object.entries(cases)) {
    const n = name === 'token' ? Math.min(BATCH, tokens.length) : BATCH;
    if (n === 0) continue;
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    for (let i = 0; i < n; i += 1) await run();
    const wall = Number(process.hrtime.bigint() - started) / 1000 / n;
    const used = process.cpuUsage(cpu);
    if (record) samples[name].push({ cpu: (used.user + used.system) / n, wall });
  }
}

const least = (values) => Math.min(...values);
const load = loadavg()[0];
for (let r = 0; r < 3; r += 1) await round(false);
for (let r = 0; r < Math.ceil(CALLS / BATCH); r += 1) await round(true);
const of = (name, key) => least(samples[name].map((sample) => sample[key]));
console.log(`store ${STORE}, ${USERS} users, load ${load.toFixed(1)} → ${loadavg()[0].toFixed(1)}`);
console.log(
  `case                     ${STORE === 'postgres' ? '' : 'CPU µs/call  floor ÷ case   '}wall µs/call  floor ÷ case`,
);
for (const name of Object.keys(cases)) {
  const cpu = `${of(name, 'cpu').toFixed(0).padStart(11)}  ${(of('floor', 'cpu') / of(name, 'cpu')).toFixed(3).padStart(11)}×  `;
  console.log(
    `${name.padEnd(24)} ${STORE === 'postgres' ? '' : cpu}${of(name, 'wall').toFixed(0).padStart(12)}  ${(of('floor', 'wall') / of(name, 'wall')).toFixed(3).padStart(11)}×`,
  );
}

await store.close();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });
if (postgres) await postgres.stop();
