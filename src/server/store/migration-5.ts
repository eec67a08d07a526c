/**
 * Migration 5: a verification's clean-up costs an index probe (issue 14).
 *
 * Every verification that issues a token first drops the user's expired tokens, in the same
 * statement (`ATTEMPT_VERIFIED_TOTP` in sql-store.ts, `mfa_attempt_code`): that keeps each
 * user's rows bounded without a background job, which matters because an embedded PGlite has
 * nobody else to run one. Over an index on `user_id` alone that delete fetched every token row
 * of the user to compare `expires_at`; over `(user_id, expires_at)` it reads only the index
 * entries that are expired — usually none. The index replaces the old one (every use of
 * `mfa_tokens_user` — the per-user deletes of `deleteUser`, `endSession` and the clean-up — is
 * served by its leading column), so a token insert still maintains two indexes.
 *
 * Built in place: `CREATE INDEX` locks writes to `mfa_tokens` while it runs, for as long as
 * indexing the live tokens takes (a few milliseconds for thousands of them).
 *
 * Frozen once released (see migrations.ts; test/server/migrations-frozen.test.ts pins it).
 */
import type { Migration } from './migrations.js';

export const MIGRATION_5: Migration = {
  version: 5,
  name: 'tokens indexed by user and expiry',
  statements: [
    `CREATE INDEX mfa_tokens_user_expiry ON mfa_tokens (user_id, expires_at)`,
    `DROP INDEX mfa_tokens_user`,
  ],
};
