/**
 * The default driver: PGlite, a real PostgreSQL compiled to WebAssembly, running in-process.
 * With `dataDir` the data lives in that folder (created if missing) and every commit is written
 * to the folder's files before it returns (PGlite's default, not `relaxedDurability`), so what the
 * browser was told survives a killed process. PGlite starts PostgreSQL with `-F` (no fsync), so an
 * operating-system crash or power loss can lose the last commits: use PostgreSQL where that
 * matters (docs/SECURITY.md 22). Without `dataDir` it runs in memory: fast, for tests.
 *
 * PGlite is one connection: statements and transactions queue behind each other, which is
 * correct but serial. Use the PostgreSQL driver (postgres.ts) when one process is not enough.
 */
import type { PGlite } from '@electric-sql/pglite';
import { importPeer } from '../peers.js';
import { runMigrations } from './migrations.js';
import type { SqlExecutor, SqlParam, SqlQueryable, SqlRow } from './sql-executor.js';
import { createSqlStore } from './sql-store.js';
import type { MfaStore } from './types.js';

export interface PgliteStoreOptions {
  /** A folder for the data (e.g. './.data/mfa'); in memory when omitted. */
  dataDir?: string;
}

/**
 * PostgreSQL settings for an MFA store in one process. PGlite's defaults are a server's:
 * `shared_buffers` of 128 MB is allocated and zeroed inside the WebAssembly memory at every start
 * (about 100 MB of RSS and a third of the start-up time). The MFA tables of even a large app fit
 * in a few megabytes of hot pages, and every statement is a small indexed read or write, so small
 * buffers cost nothing measurable (see `npm run bench:server`).
 */
export const PGLITE_MEMORY_SETTINGS: readonly string[] = [
  'shared_buffers=16MB',
  'wal_buffers=1MB',
  'work_mem=1MB',
  'maintenance_work_mem=16MB',
  'temp_buffers=1MB',
];

/** Start PGlite, apply the migrations, and return the store. `store.close()` shuts PGlite down. */
export async function createPgliteStore(options: PgliteStoreOptions = {}): Promise<MfaStore> {
  const db = await openPglite(options);
  const executor = pgliteExecutor(db);
  try {
    await runMigrations(executor);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return createSqlStore(executor);
}

/** Start PGlite with the store's memory settings (the migrations are not applied here). */
export async function openPglite(options: PgliteStoreOptions = {}): Promise<PGlite> {
  // Imported on demand so importing the server never loads the WebAssembly build.
  const { PGlite } = await importPeer(
    '@electric-sql/pglite',
    'its default store (createPgliteStore)',
    () => import('@electric-sql/pglite'),
  );
  const startParams = [
    ...PGlite.defaultStartParams,
    ...PGLITE_MEMORY_SETTINGS.flatMap((setting) => ['-c', setting]),
  ];
  if (options.dataDir !== undefined) {
    await ensureFolder(options.dataDir);
    await initializeInChildProcess(options.dataDir, startParams);
  }
  const pgliteWasmModule = await compiledPgliteModule();
  return PGlite.create({
    ...(options.dataDir !== undefined && { dataDir: options.dataDir }),
    ...(pgliteWasmModule !== undefined && { pgliteWasmModule }),
    // PGlite's own start parameters, plus ours (`postgresqlconf` would overwrite the data
    // folder's postgresql.conf, which holds initdb's time zone and locale).
    startParams,
  });
}

let pgliteModule: Promise<WebAssembly.Module | undefined> | undefined;

/**
 * PostgreSQL's WebAssembly (9 MB), compiled once per process and synchronously, on Node.
 *
 * Left to PGlite, it is compiled by `WebAssembly.instantiate(bytes)`, V8's asynchronous path,
 * which resolves as soon as a first tier is ready and finishes the rest later, on the main
 * thread, waiting for its background compile threads: on a busy 2-core machine that wait came
 * right after `listen` and held every request (up to 2.5 s, `npm run bench:start`; with
 * `--no-wasm-async-compilation` it was gone). Compiled here, the whole cost is paid inside
 * `ready()`, before the server listens. Elsewhere (no `node:fs`, a bundle without the file)
 * PGlite loads it itself, as before.
 */
function compiledPgliteModule(): Promise<WebAssembly.Module | undefined> {
  return (pgliteModule ??= (async () => {
    try {
      const { readFile } = await import('node:fs/promises');
      const { createRequire } = await import('node:module');
      const { pathToFileURL } = await import('node:url');
      const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
      const bytes = await readFile(new URL('pglite.wasm', pathToFileURL(entry)));
      return new WebAssembly.Module(bytes);
    } catch {
      return undefined;
    }
  })());
}

/**
 * A `SqlExecutor` over an existing PGlite instance (its owner decides when to close it).
 *
 * Single statements with parameters take a faster path than `db.query()`, which sends Parse, Describe, Bind,
 * Describe, Execute and Sync as six calls into WebAssembly and plans the statement every time:
 * here each statement is prepared once under a name, and later runs are one call (Bind,
 * Describe, Execute, Sync) — a third less time per request. It holds PGlite's own query and
 * transaction locks and writes to the data folder exactly as `db.query()` does. Transactions use PGlite's
 * regular path.
 */
export function pgliteExecutor(db: PGlite): SqlExecutor {
  const over = (target: Pick<PGlite, 'query'>): SqlQueryable => ({
    async query<Row extends SqlRow = SqlRow>(
      sql: string,
      params: readonly SqlParam[] = [],
    ): Promise<Row[]> {
      const result = await target.query<Row>(sql, [...params]);
      return result.rows;
    },
  });
  const plain = over(db).query;
  const prepared = hasWireAccess(db) ? preparedQuery(db) : plain;
  return {
    // Statements without parameters (migrations, DDL) are rare: PGlite's regular path.
    query: (sql, params = []) => (params.length > 0 ? prepared(sql, params) : plain(sql, params)),
    transaction: (fn) => db.transaction((tx) => fn(over(tx))),
    close: () => db.close(),
  };
}

/** The PGlite members the fast path needs; all are public in its typings, some are low-level. */
function hasWireAccess(db: PGlite): boolean {
  return (
    typeof db._runExclusiveQuery === 'function' &&
    typeof db._runExclusiveTransaction === 'function' &&
    typeof db._checkReady === 'function' &&
    typeof db.execProtocolStream === 'function' &&
    typeof db.parsers === 'object'
  );
}

type Wire = Pick<typeof import('@electric-sql/pglite'), 'protocol' | 'parse'>;
let wire: Promise<Wire> | undefined;

/** Statement names prepared on each PGlite instance (shared by every executor over it). */
const preparedNames = new WeakMap<PGlite, Map<string, string>>();

/** SQLSTATE 26000 invalid_sql_statement_name: someone ran DEALLOCATE ALL / DISCARD ALL. */
const STATEMENT_GONE = '26000';

function preparedQuery(db: PGlite): SqlQueryable['query'] {
  let names = preparedNames.get(db);
  if (names === undefined) preparedNames.set(db, (names = new Map<string, string>()));
  const known = names;

  const run = async (sql: string, params: readonly SqlParam[]): Promise<SqlRow[]> => {
    const { protocol, parse } = await (wire ??= import('@electric-sql/pglite'));
    const serialize = protocol.serialize;
    let name = known.get(sql);
    const fresh = name === undefined;
    if (name === undefined) name = `mfa_store_${known.size + 1}`;
    const parts = [
      ...(fresh ? [serialize.parse({ name, text: sql })] : []),
      serialize.bind({
        statement: name,
        values: params.map((value) => (value === null ? null : String(value))),
      }),
      serialize.describe({ type: 'P' }),
      serialize.execute({}),
      serialize.sync(),
    ];
    try {
      // One call; the trailing Sync returns the session to idle even after an error.
      const messages = await db.execProtocolStream(concat(parts), { syncToFs: true });
      if (fresh) known.set(sql, name);
      return parse.parseResults(messages, db.parsers)[0]?.rows ?? [];
    } catch (error) {
      // A statement prepared before the failing step must not block preparing it again.
      if (fresh)
        await db.execProtocolStream(
          concat([serialize.close({ type: 'S', name }), serialize.sync()]),
        );
      throw error;
    }
  };

  return async <Row extends SqlRow = SqlRow>(
    sql: string,
    params: readonly SqlParam[] = [],
  ): Promise<Row[]> => {
    await db._checkReady();
    // The same locks as db.query(): never inside someone else's transaction, one query at a time.
    return db._runExclusiveTransaction(() =>
      db._runExclusiveQuery(async () => {
        try {
          return (await run(sql, params)) as Row[];
        } catch (error) {
          if ((error as { code?: unknown }).code !== STATEMENT_GONE) throw error;
          known.clear();
          return (await run(sql, params)) as Row[];
        }
      }),
    );
  };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * A new data folder is initialised (initdb) in a short-lived child process. PGlite runs initdb
 * in a second WebAssembly instance; in the server's process that memory (about 450 MB) would
 * stay until a garbage collection an idle server never triggers, and a worker thread still leaves
 * its allocator's pages behind. A process returns everything when it exits. Node only; elsewhere,
 * and for an existing folder, nothing happens here.
 */
async function initializeInChildProcess(
  dataDir: string,
  startParams: readonly string[],
): Promise<void> {
  const { existsSync } = await import('node:fs');
  const { join } = await import('node:path');
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  let execFile: typeof import('node:child_process').execFile;
  let pglitePath: string;
  try {
    ({ execFile } = await import('node:child_process'));
    const { createRequire } = await import('node:module');
    pglitePath = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  } catch {
    return; // no child processes here, or no CommonJS build to load: PGlite initialises in place
  }
  const input = JSON.stringify({ pglitePath, dataDir, startParams });
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      ['-e', INITDB_SCRIPT, input],
      { windowsHide: true },
      (error, _stdout, stderr) =>
        error
          ? reject(
              new Error(
                `PGlite could not initialise ${dataDir}: ${stderr.trim() || error.message}`,
              ),
            )
          : resolve(),
    );
  });
}

const INITDB_SCRIPT = `
const { pglitePath, dataDir, startParams } = JSON.parse(process.argv[1]);
const { PGlite } = require(pglitePath);
PGlite.create({ dataDir, startParams }).then((db) => db.close()).catch((error) => {
  process.stderr.write(String(error && error.message));
  process.exitCode = 1;
});
`;

async function ensureFolder(path: string): Promise<void> {
  // Node-only, and only when a folder is asked for; kept out of the module graph otherwise.
  const { mkdir } = await import('node:fs/promises');
  await mkdir(path, { recursive: true });
}
