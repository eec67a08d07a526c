/**
 * mfa-elements/server — the reference server. Web-standard (Request → Response); importable in
 * Node, Bun, Deno or a worker without a DOM. Databases load on demand.
 *
 *   import { createMfaHandler, createPgliteStore } from 'mfa-elements/server';
 *   const mfa = createMfaHandler({
 *     store: createPgliteStore({ dataDir: './.data/mfa' }),
 *     rp: { id: 'example.com', name: 'Example', origins: ['https://example.com'] },
 *     issuer: 'Example',
 *     authenticate: (request) => sessionFrom(request), // { userId, userName, sessionId } | null
 *     actions: { 'wallet.export': { required: true } },
 *     encryptionKey: process.env.MFA_KEY,
 *   });
 */
export { createMfaHandler, type MfaHandler, type MfaSessionState } from './handler.js';
export { StoreUnavailableError } from './store-opening.js';
export {
  DEFAULT_DATA_DIR,
  type ActionPolicy,
  type MfaHandlerOptions,
  type MfaUser,
} from './options.js';
export type { MfaLogger, LogFields } from './logger.js';
export { DEFAULT_RATE_LIMIT, type RateLimitSettings } from './throttle.js';
export {
  type MfaTokenAccepted,
  type MfaTokenRefused,
  type VerifyMfaTokenOptions,
  type VerifyMfaTokenResult,
} from './verify-token.js';
export { MFA_TOKEN_HEADER } from './tokens.js';
export { MFA_ACTIONS } from './fresh-proof.js';
export type { ErrorBody, ErrorReason } from './http.js';
export { ROUTES } from './routes.js';
export { MissingPeerError, SERVER_PEERS, installLine, type ServerPeer } from './peers.js';
export {
  nodeMiddleware,
  toNodeListener,
  toWebRequest,
  type NodeAdapterOptions,
  type NodeMiddlewareOptions,
} from './node.js';

// Storage
export {
  createPgliteStore,
  openPglite,
  pgliteExecutor,
  PGLITE_MEMORY_SETTINGS,
  type PgliteStoreOptions,
} from './store/pglite.js';
export {
  createPostgresStore,
  createPostgresExecutor,
  pgExecutor,
  type PostgresStoreOptions,
} from './store/postgres.js';
export { createSqlStore, type SqlStoreOptions } from './store/sql-store.js';
export { MIGRATIONS, runMigrations, type Migration } from './store/migrations.js';
export type { SqlExecutor, SqlParam, SqlQueryable, SqlRow } from './store/sql-executor.js';
export { StoreConflictError, type MfaStore } from './store/types.js';
export type * from './store/types.js';
