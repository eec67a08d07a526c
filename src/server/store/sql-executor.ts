/**
 * The only thing a database driver has to provide. All SQL lives in sql-store.ts and
 * migrations.ts; PGlite (pglite.ts) and PostgreSQL via `pg` (postgres.ts) only run it.
 *
 * The SQL is plain PostgreSQL with `$1…$n` placeholders, one statement per call. Parameters are
 * strings, numbers, booleans or null (times are passed as ISO strings and cast in SQL), so
 * drivers need no type mapping on the way in. On the way out, rows may carry `Date` or string
 * timestamps and number, string or bigint integers: sql-store.ts normalises them.
 */
export type SqlParam = string | number | boolean | null;

export type SqlRow = Record<string, unknown>;

export interface SqlQueryable {
  /** Run one statement and return its rows (empty for statements without RETURNING). */
  query<Row extends SqlRow = SqlRow>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
}

export interface SqlExecutor extends SqlQueryable {
  /**
   * Run `fn` inside BEGIN … COMMIT on one connection, ROLLBACK if it throws (and rethrow).
   * Everything inside must go through the `tx` it receives.
   */
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /** Release the connection(s). */
  close(): Promise<void>;
}

/** The SQLSTATE of a driver error (`pg` and PGlite both expose it as `code`). */
export function sqlState(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = error.code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

export const UNIQUE_VIOLATION = '23505';
