#!/usr/bin/env node
// The request path's own cost: CPU time per request of the MFA server process for TOTP
// verification and token consumption when the store answers instantly, next to node:http doing the
// floor's work (read the JSON body, one instantly answered query, answer JSON) in the same process.
// What is left — the handler's overhead per request — is the Node adapter, routing, the Origin
// check, `authenticate`, the body, the route's own work (matching the code, minting or hashing the
// token) and the answer; the store's statements are measured by `npm run bench:server`.
//
//   node scripts/bench-handler.mjs [--seconds 2] [--rounds 4] [--connections 10] [--json]
//                                  [--cpu-prof DIR] [--cases totp,tokens]
//
// CPU time (process.cpuUsage of the server process, user + system) divided by the requests it
// answered is much steadier on a shared machine than requests per second, which are printed too.
// The server process is this script again (`--serve`), under tsx so it runs src/server as is, on
// PGlite in memory for the one seeded user; the store's hot statements (`attemptCode`, `useToken`)
// answer at once with a success, so the same code and token can be sent again and again. The
// clock is frozen, so the code stays valid. --cpu-prof DIR profiles the server process, and
// --cases limits the run to those cases (the profile then holds only their requests).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { base32Decode, totpCode } from './totp-code.mjs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = parseArgs(process.argv.slice(2));
const T0 = Date.UTC(2032, 0, 1);
const USER = 'bench-user';
const ACTION = 'bench.action';
const ORIGIN = 'http://localhost';

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 1) {
    const name = argv[i].replace(/^--/, '');
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) out[name] = true;
    else {
      out[name] = value;
      i += 1;
    }
  }
  return out;
}

// ── the server process ─────────────────────────────────────────────────────────────────────
async function serve() {
  const { createServer } = await import('node:http');
  const { createMfaHandler } = await import('../src/server/handler.ts');
  const { toNodeListener } = await import('../src/server/node.ts');
  const { createPgliteStore } = await import('../src/server/store/pglite.ts');
  const { inspectStore } = await import('../test/server/support/store-inspection.ts');

  const real = await createPgliteStore();
  const now = () => new Date(T0);
  let instant = false;
  // The hot statements answer a success at once (after seeding); everything else is the real store.
  const store = new Proxy(real, {
    get(target, name) {
      if (instant && name === 'attemptCode')
        return async () => ({ outcome: 'success', recoveryCodesRemaining: null });
      if (instant && name === 'useToken')
        return async (use) => ({
          token: {
            tokenHash: use.tokenHash,
            userId: use.userId,
            sessionId: use.sessionId,
            method: 'totp',
            action: use.action,
            scopes: [],
            singleUse: true,
            createdAt: use.now,
            expiresAt: new Date(use.now.getTime() + 300_000),
            consumedAt: use.now,
          },
          hasFactor: true,
          sessionVerified: true,
          consumed: true,
        });
      const value = Reflect.get(target, name);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const handler = createMfaHandler({
    store,
    rp: { id: 'localhost', name: 'bench', origins: [ORIGIN] },
    issuer: 'bench',
    encryptionKey: Buffer.alloc(32, 7).toString('base64'),
    now,
    logger: { info() {}, warn() {}, error() {} },
    actions: { [ACTION]: { required: true, token: 'single-use' } },
    authenticate(request) {
      const userId = request.headers.get('x-test-user');
      return userId ? { userId, userName: userId, sessionId: 'session-1' } : null;
    },
  });
  await handler.ready();

  const enroll = await handler(
    new Request(`${ORIGIN}/mfa/totp/enroll`, {
      method: 'POST',
      headers: { origin: ORIGIN, 'x-test-user': USER },
    }),
  );
  const { secret, deviceId } = await enroll.json();
  const step = Math.floor(T0 / 30_000) - 10;
  if (!(await inspectStore(real).claimTotpStep(USER, deviceId, step, now())))
    throw new Error('could not confirm the seeded device');
  instant = true;

  const mfa = createServer(toNodeListener(handler));
  const floorBody = (text) => JSON.stringify({ ok: typeof JSON.parse(text).deviceId === 'string' });
  const floor = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      // The floor's statement, answered at once, then JSON out: what bench-server's floor does.
      Promise.resolve([{ id: 'x' }]).then(() => {
        const text = floorBody(Buffer.concat(chunks).toString('utf8'));
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(text),
        });
        res.end(text);
      });
    });
  });
  for (const server of [mfa, floor]) server.keepAliveTimeout = 30_000;
  await Promise.all(
    [mfa, floor].map((server) => new Promise((done) => server.listen(0, '127.0.0.1', done))),
  );
  process.on('message', (message) => {
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send({ cpu: user + system });
    }
  });
  process.on('SIGTERM', () => process.exit(0));
  process.send({
    mfaPort: mfa.address().port,
    floorPort: floor.address().port,
    secret,
    deviceId,
  });
}

// ── the driver ─────────────────────────────────────────────────────────────────────────────
function startServer() {
  const child = spawn(
    process.execPath,
    [
      ...(args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${resolve(args['cpu-prof'])}`] : []),
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--serve',
    ],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const replies = [];
  let waiting = null;
  child.on('message', (message) => {
    if (waiting) {
      const { done } = waiting;
      waiting = null;
      done(message);
    } else replies.push(message);
  });
  child.on('exit', (code) => waiting?.fail(new Error(`server exited ${code}`)));
  const next = () =>
    new Promise((done, fail) => {
      if (replies.length > 0) return done(replies.shift());
      waiting = { done, fail };
    });
  return { child, next };
}

async function main() {
  const seconds = Number(args.seconds ?? 2);
  const rounds = Number(args.rounds ?? 4);
  const connections = Number(args.connections ?? 10);
  const only = typeof args.cases === 'string' ? new Set(args.cases.split(',')) : null;
  const server = startServer();
  const ready = await server.next();
  const cpu = async () => {
    server.child.send('cpu');
    return (await server.next()).cpu;
  };
  const secret = base32Decode(ready.secret);
  const code = totpCode(secret, T0);
  const headers = { origin: ORIGIN, 'x-test-user': USER, 'content-type': 'application/json' };
  const totpBody = JSON.stringify({ code, token: { singleUse: true }, action: ACTION });

  // One real verification gives a token value of the right form to present again and again.
  const first = await fetch(`http://127.0.0.1:${ready.mfaPort}/mfa/totp/verify`, {
    method: 'POST',
    headers,
    body: totpBody,
  });
  if (first.status !== 200) throw new Error(`totp/verify → ${first.status} ${await first.text()}`);
  const tokenValue = (await first.json()).token.value;

  const cases = [
    {
      name: 'floor',
      label: 'node:http floor (store instant)',
      url: `http://127.0.0.1:${ready.floorPort}/`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ deviceId: ready.deviceId }),
    },
    {
      name: 'totp',
      label: 'POST totp/verify (+ token)',
      url: `http://127.0.0.1:${ready.mfaPort}/mfa/totp/verify`,
      headers,
      body: totpBody,
    },
    {
      name: 'tokens',
      label: 'POST tokens/verify',
      url: `http://127.0.0.1:${ready.mfaPort}/mfa/tokens/verify`,
      headers,
      body: JSON.stringify({ token: tokenValue, action: ACTION }),
    },
  ].filter((c) => c.name === 'floor' || only === null || only.has(c.name));
  for (const c of cases) Object.assign(c, { requests: 0, cpu: 0, seconds: 0, bad: 0 });

  const run = async (c, duration, record) => {
    const before = await cpu();
    const started = process.hrtime.bigint();
    const result = await autocannon({
      url: c.url,
      method: 'POST',
      headers: c.headers,
      body: c.body,
      connections,
      duration,
    });
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    const used = (await cpu()) - before;
    if (!record) return;
    c.requests += result.requests.total;
    c.bad += result.non2xx + result.errors;
    c.cpu += used;
    c.seconds += elapsed;
  };

  for (const c of cases) await run(c, 1, false); // warm-up: JIT, the secret cache
  const loadBefore = loadavg()[0];
  for (let i = 0; i < rounds; i += 1) for (const c of cases) await run(c, seconds, true);
  const loadAfter = loadavg()[0];
  server.child.kill('SIGTERM');

  const floor = cases[0];
  const perRequest = (c) => c.cpu / c.requests;
  const rows = cases.map((c) => ({
    case: c.name,
    requests: c.requests,
    rps: Math.round(c.requests / c.seconds),
    cpuUsPerRequest: Number(perRequest(c).toFixed(1)),
    overheadUs: Number((perRequest(c) - perRequest(floor)).toFixed(1)),
    non2xx: c.bad,
  }));
  if (args.json) {
    console.log(JSON.stringify({ load: [loadBefore, loadAfter], results: rows }, null, 2));
  } else {
    console.log(
      'case                              requests/s   CPU µs/request   over floor µs   non-2xx',
    );
    for (const [i, r] of rows.entries()) {
      console.log(
        `${cases[i].label.padEnd(33)} ${String(r.rps).padStart(10)} ${r.cpuUsPerRequest.toFixed(1).padStart(16)} ${r.overheadUs.toFixed(1).padStart(15)} ${String(r.non2xx).padStart(9)}`,
      );
    }
    console.log(
      `${connections} connections, ${rounds} rounds of ${seconds} s per case; load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${availableParallelism()} CPUs`,
    );
  }
  if (rows.some((r) => r.non2xx > 0)) process.exitCode = 1;
}

if (args.serve) {
  serve().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error) => {
    console.error(`bench-handler: ${error.stack ?? error}`);
    process.exitCode = 1;
  });
}
