/**
 * Migration 4: one round trip per verification (issue 14).
 *
 * - `mfa_attempt_code` takes the secret the code was matched with (`p_expect_device`,
 *   `p_expect_sealed`). A TOTP code is matched in the server process, because the secret is
 *   sealed with the app's key and the database cannot open it; the handler keeps the secrets it
 *   opened (secret-cache.ts) and sends the sealed value it opened. The statement then re-checks,
 *   under the user's row lock, that the device is still a verified device of this user with
 *   exactly that sealed secret; if not (deleted, replaced, re-keyed) it answers 'stale', changes
 *   nothing and counts nothing, and the handler reads the account and tries again. So a cached
 *   secret can never decide an attempt against a device that is no longer the one it came from.
 *   Everything else is migration 3's function, the commit-time rule for adding a factor included,
 *   unchanged. Its signature changes, so the old one is dropped (an old instance fails closed).
 * - `mfa_use_token` looks a token up and, in the same statement, consumes it when it is
 *   certainly acceptable: single-use, this user's, unused, unexpired, bound to exactly this action,
 *   unscoped, of an allowed method, young enough, and the user has a factor. Anything else is
 *   returned unconsumed for verify-token.ts to refuse with the right reason (or, rarely, to accept
 *   and consume with the one conditional UPDATE of `consumeToken`).
 *
 * Frozen: the function repeats migration 3's on purpose, so that this file stays the exact text
 * of its release (see migrations.ts; test/server/migrations-frozen.test.ts pins it).
 */
import type { Migration } from './migrations.js';

export const MIGRATION_4: Migration = {
  version: 4,
  name: 'one round trip per verification',
  statements: [
    `DROP FUNCTION mfa_attempt_code(text, timestamptz, text, text, bigint, text, integer, integer, double precision,
      double precision, text, text, text, text, jsonb, boolean, timestamptz, text, jsonb, text, timestamptz, text)`,
    `CREATE FUNCTION mfa_attempt_code(
      p_user_id text, p_now timestamptz, p_claim text, p_device_id text, p_step bigint, p_code_hash text,
      p_max_failures integer, p_hard_limit integer, p_base_delay double precision, p_max_delay double precision,
      p_session_id text, p_method text,
      p_token_hash text, p_action text, p_scopes jsonb, p_single_use boolean, p_expires_at timestamptz,
      p_recovery_salt text, p_recovery_hashes jsonb, p_recovery_pending text,
      p_fresh_since timestamptz, p_add_token_hash text,
      p_expect_device text, p_expect_sealed text
    ) RETURNS TABLE (outcome text, failure_count integer, lock_until timestamptz, hard_lock boolean, codes_left bigint,
                     refusal text)
    LANGUAGE plpgsql VOLATILE AS $fn$
    DECLARE
      gate record;
      pending record;
      claimed boolean := false;
      confirming boolean := false;
      first_factor boolean := false;
      spend_token boolean := false;
      counted integer;
    BEGIN
      SELECT u.failures, u.locked_until, u.hard_locked INTO gate
        FROM mfa_users u WHERE u.user_id = p_user_id FOR UPDATE;
      IF NOT FOUND THEN
        -- A verified device implies the user's row: it was deleted meanwhile. Create nothing.
        IF p_expect_device IS NOT NULL THEN
          RETURN QUERY SELECT 'stale'::text, 0, NULL::timestamptz, false, NULL::bigint, NULL::text;
          RETURN;
        END IF;
        INSERT INTO mfa_users (user_id, created_at) VALUES (p_user_id, p_now) ON CONFLICT (user_id) DO NOTHING;
        SELECT u.failures, u.locked_until, u.hard_locked INTO gate
          FROM mfa_users u WHERE u.user_id = p_user_id FOR UPDATE;
        IF NOT FOUND THEN RAISE EXCEPTION 'mfa_attempt_code: the user was deleted meanwhile'; END IF;
      END IF;
      IF gate.hard_locked OR gate.locked_until > p_now THEN
        RETURN QUERY SELECT 'locked'::text, gate.failures, gate.locked_until, gate.hard_locked, NULL::bigint, NULL::text;
        RETURN;
      END IF;

      -- The secret the code was matched with must still be this verified device's (see above).
      -- The same read serves the claim below when it names that device (the usual case).
      IF p_expect_device IS NOT NULL THEN
        SELECT d.verified_at, d.session_id, d.expires_at INTO pending
          FROM mfa_totp_devices d
         WHERE d.id = p_expect_device AND d.user_id = p_user_id AND d.verified_at IS NOT NULL
           AND d.secret_sealed = p_expect_sealed;
        IF NOT FOUND THEN
          RETURN QUERY SELECT 'stale'::text, gate.failures, NULL::timestamptz, false, NULL::bigint, NULL::text;
          RETURN;
        END IF;
      END IF;

      IF p_claim = 'totp' THEN
        IF p_expect_device IS DISTINCT FROM p_device_id THEN
          SELECT d.verified_at, d.session_id, d.expires_at INTO pending
            FROM mfa_totp_devices d WHERE d.id = p_device_id AND d.user_id = p_user_id;
        END IF;
        IF FOUND AND pending.verified_at IS NULL THEN
          confirming := true;
          IF pending.session_id IS DISTINCT FROM p_session_id OR pending.expires_at IS NULL
             OR pending.expires_at <= p_now THEN
            RETURN QUERY SELECT 'refused'::text, gate.failures, NULL::timestamptz, false, NULL::bigint,
              'enrollment-expired'::text;
            RETURN;
          END IF;
          first_factor := NOT EXISTS (SELECT 1 FROM mfa_totp_devices x WHERE x.user_id = p_user_id AND x.verified_at IS NOT NULL)
                      AND NOT EXISTS (SELECT 1 FROM mfa_passkeys x WHERE x.user_id = p_user_id);
          IF NOT first_factor AND NOT EXISTS (
               SELECT 1 FROM mfa_sessions s
                WHERE s.user_id = p_user_id AND s.session_id = p_session_id AND s.verified_at >= p_fresh_since) THEN
            IF p_add_token_hash IS NOT NULL THEN
              PERFORM 1 FROM mfa_tokens t
                WHERE t.token_hash = p_add_token_hash AND t.user_id = p_user_id AND t.single_use
                  AND t.consumed_at IS NULL AND t.expires_at > p_now AND (t.action IS NULL OR t.action = 'device.add')
                FOR UPDATE;
              spend_token := FOUND;
            END IF;
            IF NOT spend_token THEN
              RETURN QUERY SELECT 'refused'::text, gate.failures, NULL::timestamptz, false, NULL::bigint,
                'fresh-proof-required'::text;
              RETURN;
            END IF;
          END IF;
        END IF;
        UPDATE mfa_totp_devices d
           SET last_step = p_step, last_used_at = p_now, verified_at = COALESCE(d.verified_at, p_now)
         WHERE d.id = p_device_id AND d.user_id = p_user_id AND (d.last_step IS NULL OR d.last_step < p_step);
        claimed := FOUND;
      ELSIF p_claim = 'recovery-code' THEN
        UPDATE mfa_recovery_codes r SET used_at = p_now
         WHERE r.user_id = p_user_id AND r.code_hash = p_code_hash AND r.used_at IS NULL;
        claimed := FOUND;
      END IF;

      IF NOT claimed THEN
        counted := gate.failures + 1;
        UPDATE mfa_users u SET
          failures = counted,
          hard_locked = counted >= p_hard_limit,
          locked_until = CASE
            WHEN counted >= p_hard_limit OR counted < p_max_failures THEN u.locked_until
            ELSE p_now + make_interval(secs => LEAST(
              p_base_delay * power(2, LEAST(counted - p_max_failures, 30)), p_max_delay))
          END
         WHERE u.user_id = p_user_id;
        RETURN QUERY SELECT 'failure'::text, u.failures, u.locked_until, u.hard_locked, NULL::bigint, NULL::text
          FROM mfa_users u WHERE u.user_id = p_user_id;
        RETURN;
      END IF;

      IF gate.failures <> 0 OR gate.locked_until IS NOT NULL THEN
        UPDATE mfa_users u SET failures = 0, locked_until = NULL WHERE u.user_id = p_user_id;
      END IF;
      IF spend_token THEN
        UPDATE mfa_tokens t SET consumed_at = p_now WHERE t.token_hash = p_add_token_hash;
      END IF;
      INSERT INTO mfa_sessions (user_id, session_id, verified_at, method)
           VALUES (p_user_id, p_session_id, p_now, p_method)
      ON CONFLICT (user_id, session_id) DO UPDATE SET verified_at = EXCLUDED.verified_at, method = EXCLUDED.method;
      IF p_token_hash IS NOT NULL THEN
        DELETE FROM mfa_tokens t WHERE t.user_id = p_user_id AND t.expires_at <= p_now;
        INSERT INTO mfa_tokens (token_hash, user_id, session_id, method, action, scopes, single_use, created_at, expires_at)
             VALUES (p_token_hash, p_user_id, p_session_id, p_method, p_action, p_scopes, p_single_use, p_now, p_expires_at);
      END IF;
      IF first_factor THEN
        -- The account's first factor: nobody else's enrollment may ride on the exemption it used.
        DELETE FROM mfa_totp_devices d WHERE d.user_id = p_user_id AND d.verified_at IS NULL AND d.id <> p_device_id;
        DELETE FROM mfa_webauthn_challenges c
         WHERE c.user_id = p_user_id AND c.purpose = 'registration' AND c.consumed_at IS NULL;
        IF p_recovery_salt IS NOT NULL THEN
          DELETE FROM mfa_recovery_codes r WHERE r.user_id = p_user_id;
          INSERT INTO mfa_recovery_codes (user_id, code_hash, created_at)
               SELECT p_user_id, hash, p_now FROM jsonb_array_elements_text(p_recovery_hashes) AS hash;
          UPDATE mfa_users u SET recovery_salt = p_recovery_salt, recovery_generated_at = p_now,
                 recovery_acknowledged_at = NULL, recovery_pending_sealed = p_recovery_pending
           WHERE u.user_id = p_user_id;
        END IF;
      END IF;
      RETURN QUERY SELECT 'success'::text, 0, NULL::timestamptz, false,
        CASE WHEN p_claim = 'recovery-code'
             THEN (SELECT count(*) FROM mfa_recovery_codes r WHERE r.user_id = p_user_id AND r.used_at IS NULL) END,
        NULL::text;
    END
    $fn$`,
    // A token check in one statement (MfaStore.useToken). The consuming UPDATE's conditions are a
    // subset of what verify-token.ts accepts, so a consumed token is always an accepted one.
    `CREATE FUNCTION mfa_use_token(
      p_token_hash text, p_user_id text, p_session_id text, p_now timestamptz,
      p_action text, p_methods jsonb, p_created_after timestamptz
    ) RETURNS TABLE (token_row json, has_factor boolean, session_verified boolean, consumed boolean)
    LANGUAGE plpgsql VOLATILE AS $fn$
    DECLARE
      factor boolean;
      used json;
    BEGIN
      factor := EXISTS (SELECT 1 FROM mfa_totp_devices x WHERE x.user_id = p_user_id AND x.verified_at IS NOT NULL)
             OR EXISTS (SELECT 1 FROM mfa_passkeys x WHERE x.user_id = p_user_id);
      IF factor AND p_action IS NOT NULL THEN
        UPDATE mfa_tokens t SET consumed_at = p_now
         WHERE t.token_hash = p_token_hash AND t.user_id = p_user_id AND t.single_use AND t.consumed_at IS NULL
           AND t.expires_at > p_now AND t.action = p_action AND t.scopes = '[]'::jsonb
           AND (p_methods IS NULL OR p_methods ? t.method)
           AND (p_created_after IS NULL OR t.created_at >= p_created_after)
        RETURNING json_build_object('token_hash', t.token_hash, 'user_id', t.user_id, 'session_id', t.session_id,
                    'method', t.method, 'action', t.action, 'scopes', t.scopes, 'single_use', t.single_use,
                    'created_at', t.created_at, 'expires_at', t.expires_at, 'consumed_at', t.consumed_at)
          INTO used;
        IF FOUND THEN
          RETURN QUERY SELECT used, true,
            EXISTS (SELECT 1 FROM mfa_sessions x WHERE x.user_id = p_user_id AND x.session_id = p_session_id), true;
          RETURN;
        END IF;
      END IF;
      RETURN QUERY SELECT
        (SELECT row_to_json(t) FROM (
           SELECT x.token_hash, x.user_id, x.session_id, x.method, x.action, x.scopes, x.single_use,
                  x.created_at, x.expires_at, x.consumed_at
             FROM mfa_tokens x WHERE x.token_hash = p_token_hash) t),
        factor,
        EXISTS (SELECT 1 FROM mfa_sessions x WHERE x.user_id = p_user_id AND x.session_id = p_session_id),
        false;
    END
    $fn$`,
  ],
};
