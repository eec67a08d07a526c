#!/usr/bin/env node
// `npm run bench:start`: how the reference server starts on PGlite, the documented way
// (createMfaHandler + `await mfa.ready()` + listen), measured from outside in a child process:
// - open: from start to `ready()` resolved (a new data folder the first time, then an existing one);
// - first request: from `listen` to the first answered `GET /mfa/status`;
// - the longest event-loop stall after `listen` (a 5 ms timer's lateness while requests run);
// - the longest wait of any request sent every 20 ms from `listen` on, to /mfa/status and to a
//   route of the app outside the handler (the issue: "no request, for any route, waits > 100 ms");
// - RSS, idle, 2 s after the last request.
//
//   node scripts/bench-start.mjs [--runs 3]
//
// The server runs as an app would deploy it: compiled JavaScript (src/server bundled by esbuild
// into node_modules/.cache, the peers left external), not through tsx, which alone adds ~60 MB.
//
// Numbers are printed, never asserted: on a shared machine they move with the load (printed too).
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;

const bundle = join(root, 'node_modules', '.cache', 'mfa-bench-start', 'server.mjs');
await build({
  entryPoints: [join(root, 'src/server/index.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['@electric-sql/pglite', 'pg', '@simplewebauthn/server'],
  outfile: bundle,
  logLevel: 'warning',
});

// The server: what an app writes, plus the probes.
const SERVER = `
import { createServer } from 'node:http';
import { createMfaHandler, createPgliteStore, toNodeListener } from ${JSON.stringify(bundle)};
const started = performance.now();
const mfa = createMfaHandler({
  store: createPgliteStore({ dataDir: process.env.DATA_DIR }),
  rp: { id: 'localhost', name: 'bench', origins: ['http://localhost'] },
  issuer: 'bench',
  authenticate: () => ({ userId: 'bench-user', userName: 'bench', sessionId: 's' }),
  logger: { info() {}, warn() {}, error() {} },
});
await mfa.ready();
const open = performance.now() - started;
const mfaListener = toNodeListener(mfa);
const server = createServer((req, res) => {
  if (req.url.startsWith('/mfa/')) return mfaListener(req, res);
  res.writeHead(200, { 'content-type': 'text/plain' }).end('app'); // the app's own route
});
let stall = 0;
server.listen(0, '127.0.0.1', () => {
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last - 5);
    last = now;
  }, 5).unref();
  process.stdout.write(JSON.stringify({ port: server.address().port, open }) + '\\n');
});
process.on('SIGTERM', () => process.exit(0));
process.on('message', () => {
  const { rss } = process.memoryUsage();
  process.send({ stall, rss });
});
`;

// Load this process's own fetch (undici) before any server starts: its first use costs a few
// hundred milliseconds of CPU, which on two busy cores would be charged to the server's first request.
await (await fetch('data:text/plain,warm')).text();

async function once(dataDir) {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.CPU_PROF] : []),
      '--input-type=module',
      '-e',
      SERVER,
    ],
    {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    },
  );
  const ready = await new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) done(JSON.parse(out.split('\n')[0]));
    });
    child.once('exit', (code) => fail(new Error(`server exited ${code}`)));
  });
  const listenAt = performance.now();
  const base = `http://127.0.0.1:${ready.port}`;
  const timed = async (path) => {
    const t = performance.now();
    const response = await fetch(base + path);
    await response.text();
    return { at: t - listenAt, ms: performance.now() - t, status: response.status };
  };
  const first = await timed('/mfa/status');
  const firstMs = performance.now() - listenAt;
  // Requests every 20 ms for a second, to both routes.
  const waits = [];
  for (let i = 0; i < 50; i += 1) {
    waits.push(timed(i % 2 ? '/mfa/status' : '/app'));
    await new Promise((r) => setTimeout(r, 20));
  }
  const answers = await Promise.all(waits);
  await new Promise((r) => setTimeout(r, 2000));
  const probe = await new Promise((done) => {
    child.once('message', done);
    child.send('probe');
  });
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return {
    open: Math.round(ready.open),
    first: Math.round(firstMs),
    firstStatus: first.status,
    maxWait: Math.round(Math.max(...answers.map((a) => a.ms))),
    non200: answers.filter((a) => a.status !== 200).length,
    stall: Math.round(probe.stall),
    rssMB: Math.round(probe.rss / 1e6),
  };
}

const dataDir = mkdtempSync(join(tmpdir(), 'mfa-bench-start-'));
try {
  const load = loadavg()[0];
  console.log(
    'run             open ms   first request ms   max request wait ms   max stall ms   idle RSS MB',
  );
  for (let i = 0; i <= runs; i += 1) {
    const r = await once(dataDir);
    const name = i === 0 ? 'new folder' : `existing #${i}`;
    console.log(
      `${name.padEnd(14)} ${String(r.open).padStart(8)} ${String(r.first).padStart(18)} ${String(r.maxWait).padStart(21)} ${String(r.stall).padStart(14)} ${String(r.rssMB).padStart(13)}` +
        (r.non200 || r.firstStatus !== 200 ? `   (${r.non200} non-200 answers!)` : ''),
    );
  }
  console.log(
    `\nopen = createMfaHandler … await mfa.ready(); first request and waits are measured after listen.`,
  );
  console.log(
    `load average ${load.toFixed(1)} → ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
