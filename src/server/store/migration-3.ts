/**
 * Migration 3: adding a factor is checked when it is committed (docs/SECURITY.md, rule 27).
 *
 * - A TOTP enrollment remembers the session that started it and when it stops being usable;
 *   rows from before this migration have neither, so they can never be confirmed.
 * - A WebAuthn challenge remembers the rule it was issued under (for the log and for support;
 *   the verify re-checks the account anyway).
 * - `mfa_account` returns the new columns.
 * - `mfa_attempt_code` decides, under the user's row lock and in the statement that confirms
 *   the enrollment, whether this session may add a factor to the account as it is then; a first
 *   factor also removes every other pending enrollment, and writes the first recovery-code set
 *   only when it really is the first factor. Its signature changes, so the old one is dropped: an
 *   instance still running the old code fails closed instead of confirming without the check.
 *
 * Frozen: the function repeats migration 2's on purpose, so that this file stays the exact text
 * of its release (see migrations.ts; test/server/migrations-frozen.test.ts pins it).
 */
import type { Migration } from './migrations.js';

export const MIGRATION_3: Migration = {
  version: 3,
  name: 'factor changes checked at commit',
  statements: [
    'ALTER TABLE mfa_totp_devices ADD COLUMN session_id text',
    'ALTER TABLE mfa_totp_devices ADD COLUMN expires_at timestamptz',
    'ALTER TABLE mfa_webauthn_challenges ADD COLUMN issued_under text',
    `CREATE OR REPLACE FUNCTION mfa_account(p_user_id text, p_session_id text)
    RETURNS TABLE (user_row json, totp_devices json, passkeys json, unused_recovery_codes bigint, session_row json)
    LANGUAGE plpgsql STABLE AS $fn$
    BEGIN
      RETURN QUERY SELECT
        (SELECT row_to_json(u) FROM (
           SELECT x.user_id, x.webauthn_user_id, x.failures, x.locked_until, x.hard_locked, x.recovery_salt,
                  x.recovery_generated_at, x.recovery_acknowledged_at, x.recovery_pending_sealed
             FROM mfa_users x WHERE x.user_id = p_user_id) u),
        (SELECT coalesce(json_agg(d ORDER BY d.created_at, d.id), '[]'::json) FROM (
           SELECT x.id, x.user_id, x.alias, x.secret_sealed, x.created_at, x.verified_at, x.last_step, x.last_used_at,
                  x.session_id, x.expires_at
             FROM mfa_totp_devices x WHERE x.user_id = p_user_id) d),
        (SELECT coalesce(json_agg(p ORDER BY p.created_at, p.id), '[]'::json) FROM (
           SELECT x.id, x.user_id, x.credential_id, x.public_key, x.counter, x.transports, x.device_type,
                  x.backed_up, x.alias, x.created_at, x.last_used_at
             FROM mfa_passkeys x WHERE x.user_id = p_user_id) p),
        (SELECT count(*) FROM mfa_recovery_codes x WHERE x.user_id = p_user_id AND x.used_at IS NULL),
        (SELECT row_to_json(s) FROM (
           SELECT x.user_id, x.session_id, x.verified_at, x.method
             FROM mfa_sessions x WHERE x.user_id = p_user_id AND x.session_id = p_session_id) s);
    END
    $fn$`,
    `DROP FUNCTION mfa_attempt_code(text, timestamptz, text, text, bigint, text, integer, integer, double precision,
      double precision, text, text, text, text, jsonb, boolean, timestamptz, text, jsonb, text)`,
    // As migration 2's, plus the commit-time rule for a claim that confirms an enrollment:
    // - the enrollment must be this session's and unexpired (else 'enrollment-expired');
    // - the account must have no factor at this moment, or this session a verification since
    //   p_fresh_since, or p_add_token_hash name an unused single-use token of this user bound to
    //   'device.add' or to no action (else 'fresh-proof-required'); the token row is locked here
    //   and consumed only if the confirmation commits.
    // A refusal counts nothing and changes nothing: no code was checked.
    `CREATE FUNCTION mfa_attempt_code(
      p_user_id text, p_now timestamptz, p_claim text, p_device_id text, p_step bigint, p_code_hash text,
      p_max_failures integer, p_hard_limit integer, p_base_delay double precision, p_max_delay double precision,
      p_session_id text, p_method text,
      p_token_hash text, p_action text, p_scopes jsonb, p_single_use boolean, p_expires_at timestamptz,
      p_recovery_salt text, p_recovery_hashes jsonb, p_recovery_pending text,
      p_fresh_since timestamptz, p_add_token_hash text
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
        INSERT INTO mfa_users (user_id, created_at) VALUES (p_user_id, p_now) ON CONFLICT (user_id) DO NOTHING;
        SELECT u.failures, u.locked_until, u.hard_locked INTO gate
          FROM mfa_users u WHERE u.user_id = p_user_id FOR UPDATE;
        IF NOT FOUND THEN RAISE EXCEPTION 'mfa_attempt_code: the user was deleted meanwhile'; END IF;
      END IF;
      IF gate.hard_locked OR gate.locked_until > p_now THEN
        RETURN QUERY SELECT 'locked'::text, gate.failures, gate.locked_until, gate.hard_locked, NULL::bigint, NULL::text;
        RETURN;
      END IF;

      IF p_claim = 'totp' THEN
        SELECT d.verified_at, d.session_id, d.expires_at INTO pending
          FROM mfa_totp_devices d WHERE d.id = p_device_id AND d.user_id = p_user_id;
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
  ],
};
