/**
 * Re-authentication for step-up (Dynamic's 2026-04 rules): a user with no MFA method proves it is
 * them with a one-time code sent to their own email, through the SDK's `sendEmailOTP` and
 * `verifyOTP({ requestedScopes })`. The pending verification (its UUID) stays here, never in the
 * page; the code itself only passes through.
 */
import {
  sendEmailOTP,
  verifyOTP,
  type DynamicClient,
  type TokenScope,
} from '@dynamic-labs-sdk/client';
import { MfaError } from '../../client/errors.js';
import type { ReauthCodeSent } from '../../client/types.js';

type OtpVerification = Awaited<ReturnType<typeof sendEmailOTP>>;

/** Dynamic does not document its resend interval; the kit waits this long between sends. */
export const RESEND_SECONDS = 30;

/** `ada@example.com` → `a…@example.com`: enough to recognise, not to read out. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '…';
  return `${email[0]}…${email.slice(at)}`;
}

export class EmailReauth {
  private pending: OtpVerification | undefined;
  private sentAt = -Infinity;

  constructor(private readonly now: () => number = () => Date.now()) {}

  async send(client: DynamicClient): Promise<ReauthCodeSent> {
    const email = client.user?.email;
    if (typeof email !== 'string' || email === '') {
      throw new MfaError('not-enrolled', 'the Dynamic user has no email address to send a code to');
    }
    const wait = Math.ceil((this.sentAt + RESEND_SECONDS * 1000 - this.now()) / 1000);
    if (wait > 0)
      throw new MfaError('rate-limited', 'a code was sent moments ago', { retryAfter: wait });
    this.pending = await sendEmailOTP({ email }, client);
    this.sentAt = this.now();
    return { destination: maskEmail(email), resendAfter: RESEND_SECONDS };
  }

  async verify(client: DynamicClient, code: string, requestedScopes: TokenScope[] | undefined) {
    const otpVerification = this.pending;
    if (!otpVerification) throw new MfaError('expired', 'no code was sent, or it was used');
    const response = await verifyOTP(
      { otpVerification, verificationToken: code, ...(requestedScopes ? { requestedScopes } : {}) },
      client,
    );
    // Used up on Dynamic's side: a second verify needs a new code.
    this.pending = undefined;
    return response;
  }
}
