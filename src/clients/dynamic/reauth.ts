/**
 * Re-authentication for step-up (Dynamic's 2026-04 rules): a user with no MFA method proves it is
 * them with a one-time code sent to their own email or phone, through the SDK's `sendEmailOTP` /
 * `sendSmsOTP` and `verifyOTP({ requestedScopes })`. The pending verification (its UUID) stays
 * here, never in the page; the code itself only passes through.
 */
import {
  sendEmailOTP,
  sendSmsOTP,
  verifyOTP,
  type DynamicClient,
  type TokenScope,
} from '@dynamic-labs-sdk/client';
import { MfaError } from '../../client/errors.js';
import type {
  ReauthChannel,
  ReauthCodeSent,
  ReauthDestination,
  ReauthMethod,
} from '../../client/types.js';

type OtpVerification = Awaited<ReturnType<typeof sendEmailOTP>>;
type SmsCountry = Parameters<typeof sendSmsOTP>[0]['isoCountryCode'];
type DynamicUser = NonNullable<DynamicClient['user']>;

/** Dynamic does not document its resend interval; the kit waits this long between sends. */
export const RESEND_SECONDS = 30;

/** `ada@example.com` → `a…@example.com`: enough to recognise, not to read out. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '…';
  return `${email[0]}…${email.slice(at)}`;
}

/** `+44`, `7700900123` → `+44 ••• 23`: the country and the last two digits only. */
export function maskPhone(countryCode: string | undefined, number: string): string {
  const digits = number.replace(/\D/g, '');
  const country = countryCode ? `+${countryCode.replace(/\D/g, '')} ` : '';
  return digits.length < 4 ? `${country}•••` : `${country}••• ${digits.slice(-2)}`;
}

/** The phone a code can be texted to: Dynamic's verified `phoneNumber` credential. */
interface Phone {
  isoCountryCode: SmsCountry;
  phoneCountryCode: string | undefined;
  phoneNumber: string;
}

function phoneOf(user: DynamicUser | null): Phone | undefined {
  const credential = user?.verifiedCredentials?.find(
    (entry) =>
      String(entry.format) === 'phoneNumber' &&
      typeof entry.phoneNumber === 'string' &&
      entry.phoneNumber !== '' &&
      typeof entry.isoCountryCode === 'string' &&
      entry.isoCountryCode !== '',
  );
  if (!credential) return undefined;
  return {
    isoCountryCode: credential.isoCountryCode as SmsCountry,
    phoneCountryCode: credential.phoneCountryCode,
    phoneNumber: credential.phoneNumber!,
  };
}

function emailOf(user: DynamicUser | null): string | undefined {
  const email = user?.email;
  return typeof email === 'string' && email !== '' ? email : undefined;
}

/** The channels a user can receive a code on, masked, email first. */
export function reauthDestinations(user: DynamicUser | null): ReauthDestination[] {
  const email = emailOf(user);
  const phone = phoneOf(user);
  return [
    ...(email ? [{ channel: 'email' as const, destination: maskEmail(email) }] : []),
    ...(phone
      ? [
          {
            channel: 'sms' as const,
            destination: maskPhone(phone.phoneCountryCode, phone.phoneNumber),
          },
        ]
      : []),
  ];
}

export class OtpReauth {
  private pending: { verification: OtpVerification; channel: ReauthChannel } | undefined;
  private sentAt = -Infinity;

  constructor(private readonly now: () => number = () => Date.now()) {}

  async send(client: DynamicClient, channel: ReauthChannel): Promise<ReauthCodeSent> {
    const user = client.user;
    const email = channel === 'email' ? emailOf(user) : undefined;
    const phone = channel === 'sms' ? phoneOf(user) : undefined;
    if (!email && !phone) {
      throw new MfaError(
        'not-enrolled',
        channel === 'sms'
          ? 'the Dynamic user has no verified phone number to text a code to'
          : 'the Dynamic user has no email address to send a code to',
      );
    }
    // One wait for both channels: switching channel is no way around it.
    const wait = Math.ceil((this.sentAt + RESEND_SECONDS * 1000 - this.now()) / 1000);
    if (wait > 0)
      throw new MfaError('rate-limited', 'a code was sent moments ago', { retryAfter: wait });
    const verification = phone
      ? await sendSmsOTP(
          { isoCountryCode: phone.isoCountryCode, phoneNumber: phone.phoneNumber },
          client,
        )
      : await sendEmailOTP({ email: email! }, client);
    this.pending = { verification, channel };
    this.sentAt = this.now();
    return {
      channel,
      destination: phone ? maskPhone(phone.phoneCountryCode, phone.phoneNumber) : maskEmail(email!),
      resendAfter: RESEND_SECONDS,
    };
  }

  async verify(client: DynamicClient, code: string, requestedScopes: TokenScope[] | undefined) {
    const pending = this.pending;
    if (!pending) throw new MfaError('expired', 'no code was sent, or it was used');
    const response = await verifyOTP(
      {
        otpVerification: pending.verification,
        verificationToken: code,
        ...(requestedScopes ? { requestedScopes } : {}),
      },
      client,
    );
    // Used up on Dynamic's side: a second verify needs a new code.
    this.pending = undefined;
    const method: ReauthMethod = pending.channel === 'sms' ? 'sms-code' : 'email-code';
    return { response, method };
  }
}
