/**
 * The stand-in's one-time codes (one instance for email, one for SMS): six digits, 10 minutes, single-use, one pending code per
 * user (a resend replaces it), and a cooldown between sends. The "outbox" is a test hook: tests
 * and the demo read the last code sent instead of a mailbox.
 */
import { constantTimeEqual } from '../../src/server/encoding.js';

interface Pending {
  uuid: string;
  code: string;
  sentAt: number;
  expiresAt: number;
}

const CODE_SECONDS = 600;

export class OtpCodes {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly now: () => number,
    private readonly resendSeconds: number,
  ) {}

  /** Seconds until another code may be sent (0: now). */
  cooldown(userId: string): number {
    const last = this.pending.get(userId);
    if (!last) return 0;
    return Math.max(0, Math.ceil((last.sentAt + this.resendSeconds * 1000 - this.now()) / 1000));
  }

  send(userId: string): string {
    const value = crypto.getRandomValues(new Uint32Array(1))[0] % 1_000_000;
    const now = this.now();
    const uuid = crypto.randomUUID();
    this.pending.set(userId, {
      uuid,
      code: String(value).padStart(6, '0'),
      sentAt: now,
      expiresAt: now + CODE_SECONDS * 1000,
    });
    return uuid;
  }

  /** Check and use up the pending code; a wrong code leaves it (the failure budget limits guesses). */
  take(userId: string, uuid: string, code: string): boolean {
    const entry = this.pending.get(userId);
    if (!entry || entry.uuid !== uuid || entry.expiresAt <= this.now()) return false;
    if (!constantTimeEqual(entry.code, code.trim())) return false;
    this.pending.delete(userId);
    return true;
  }

  /** Test hook: the last code sent to a user and not yet used. */
  outbox(userId: string): string | undefined {
    return this.pending.get(userId)?.code;
  }
}
