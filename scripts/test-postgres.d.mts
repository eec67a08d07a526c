// Types for scripts/test-postgres.mjs (imported by the server tests).
export interface TestPostgres {
  /** postgres://postgres:…@127.0.0.1:PORT/DATABASE */
  url: string;
  port: number;
  database: string;
  /** The temporary folder holding the cluster (deleted on stop). */
  dataDir: string;
  /** Stop the server and delete its folder. Safe to call more than once. */
  stop(): Promise<void>;
}
export function findPostgresBin(): string | undefined;
export function ensurePostgresInstalled(options?: { log?: (line: string) => void }): string;
export function freePort(): Promise<number>;
export function startTestPostgres(options?: {
  database?: string;
  detached?: boolean;
  log?: (line: string) => void;
}): Promise<TestPostgres>;
export function stopTestPostgresDir(dataDir: string): void;
/** DATABASE_URL when set (stop is then a no-op); otherwise a new throwaway server. */
export function testDatabaseUrl(): Promise<{
  url: string;
  external: boolean;
  stop(): Promise<void>;
}>;
