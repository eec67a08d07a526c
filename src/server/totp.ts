/**
 * TOTP (RFC 6238): SHA-1, 6 digits, 30 s by default, 160-bit secrets. Matching looks at the
 * current step and one either side (docs/SECURITY.md 2), compares every candidate in constant
 * time without stopping early (docs/SECURITY.md 4), and reports WHICH step matched so the caller
 * can refuse a step that was already used (docs/SECURITY.md 3).
 *
 * HOTP (RFC 4226 §5.3) is computed with `node:crypto`'s HMAC where the runtime has it, from a key
 * prepared once per secret (`prepareTotpKey`, kept by secret-cache.ts), and with `otpauth`
 * elsewhere; both give the same codes (tests check). The otpauth path builds a `Secret` and a
 * pure-JS HMAC for every candidate, which was most of a verification's own CPU (issue 14).
 */
import type { KeyObject } from 'node:crypto';
import { HOTP, Secret, TOTP } from 'otpauth';
import { nodeCrypto, randomBytes, type NodeCrypto } from './encoding.js';

export type TotpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

export interface TotpParameters {
  algorithm: TotpAlgorithm;
  digits: number;
  /** Seconds per step. */
  period: number;
}

export const TOTP_DEFAULTS: TotpParameters = { algorithm: 'SHA1', digits: 6, period: 30 };

/** 160 bits, the size RFC 4226 §4 recommends (never under 128). */
export const TOTP_SECRET_BYTES = 20;

/** Steps accepted either side of the current one. */
export const TOTP_WINDOW = 1;

export interface TotpSecret {
  bytes: Uint8Array;
  base32: string;
}

export function generateTotpSecret(): TotpSecret {
  const bytes = randomBytes(TOTP_SECRET_BYTES);
  return { bytes, base32: new Secret({ buffer: bytes.buffer }).base32 };
}

export function secretFromBase32(base32: string): Uint8Array {
  return new Uint8Array(Secret.fromBase32(base32).buffer);
}

/**
 * A secret made ready for many HOTP computations: on Node, an HMAC key object (no copy of the
 * bytes and no key set-up per candidate). It holds the secret: never log or serialise it.
 */
export interface TotpKey {
  readonly bytes: Uint8Array;
  /** The HMAC key, when `node:crypto` is there. */
  readonly nodeKey: KeyObject | undefined;
}

export function prepareTotpKey(
  secret: Uint8Array,
  node: NodeCrypto | undefined = nodeCrypto,
): TotpKey {
  return { bytes: secret, nodeKey: node?.createSecretKey(secret) };
}

function isTotpKey(secret: Uint8Array | TotpKey): secret is TotpKey {
  return !(secret instanceof Uint8Array);
}

const NODE_HMAC: Record<TotpAlgorithm, string> = {
  SHA1: 'sha1',
  SHA256: 'sha256',
  SHA512: 'sha512',
};

/** The truncated HOTP value (RFC 4226 §5.3) as a number below 10^digits. */
function hotpValue(
  key: TotpKey,
  counter: number,
  parameters: Pick<TotpParameters, 'algorithm' | 'digits'>,
  node: NodeCrypto | undefined,
): number {
  if (node === undefined || key.nodeKey === undefined) {
    const code = HOTP.generate({
      secret: new Secret({ buffer: copyToArrayBuffer(key.bytes) }),
      algorithm: parameters.algorithm,
      digits: parameters.digits,
      counter,
    });
    return Number(code);
  }
  // The counter as 8 big-endian bytes; steps stay far below 2^53 (Number.MAX_SAFE_INTEGER).
  const message = new Uint8Array(8);
  const view = new DataView(message.buffer);
  view.setUint32(0, Math.floor(counter / 0x1_0000_0000));
  view.setUint32(4, counter >>> 0);
  const mac = node
    .createHmac(NODE_HMAC[parameters.algorithm], key.nodeKey)
    .update(message)
    .digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary =
    ((mac[offset] & 0x7f) << 24) |
    (mac[offset + 1] << 16) |
    (mac[offset + 2] << 8) |
    mac[offset + 3];
  return binary % 10 ** parameters.digits;
}

/** HOTP (RFC 4226) for a counter. */
export function hotpCode(
  secret: Uint8Array | TotpKey,
  counter: number,
  parameters: Pick<TotpParameters, 'algorithm' | 'digits'> = TOTP_DEFAULTS,
  node: NodeCrypto | undefined = nodeCrypto,
): string {
  const key = isTotpKey(secret) ? secret : prepareTotpKey(secret, node);
  return String(hotpValue(key, counter, parameters, node)).padStart(parameters.digits, '0');
}

/** The time step a moment falls in (T0 = 0). */
export function timeStep(timestampMs: number, period: number = TOTP_DEFAULTS.period): number {
  return Math.floor(timestampMs / 1000 / period);
}

/** The TOTP code at a moment. */
export function totpCode(
  secret: Uint8Array | TotpKey,
  timestampMs: number,
  parameters: TotpParameters = TOTP_DEFAULTS,
): string {
  return hotpCode(secret, timeStep(timestampMs, parameters.period), parameters);
}

/**
 * The step `code` belongs to, within ±`window` steps of `timestampMs`, or null. Every candidate
 * is computed and compared, match or not, so the time taken says nothing about the code. A
 * `TotpKey` (prepared once per secret) saves setting up the key for every candidate.
 */
export function matchTotpStep(
  secret: Uint8Array | TotpKey,
  code: string,
  timestampMs: number,
  parameters: TotpParameters = TOTP_DEFAULTS,
  window: number = TOTP_WINDOW,
  node: NodeCrypto | undefined = nodeCrypto,
): number | null {
  const key = isTotpKey(secret) ? secret : prepareTotpKey(secret, node);
  const current = timeStep(timestampMs, parameters.period);
  // Only exactly `digits` ASCII digits can match. The code is then compared as one number: a
  // single comparison of two small integers takes the same time wherever the digits differ
  // (docs/SECURITY.md 4), and saves encoding a string per candidate.
  const wellFormed = code.length === parameters.digits && /^[0-9]+$/.test(code);
  const typed = wellFormed ? Number(code) : -1;
  let matched: number | null = null;
  for (let step = current - window; step <= current + window; step += 1) {
    if (step < 0) continue;
    const equal = hotpValue(key, step, parameters, node) === typed;
    // Keep the latest matching step (collisions between steps are vanishingly rare).
    if (equal) matched = step;
  }
  return matched;
}

/** The `otpauth://totp/…` URI an authenticator app scans. It contains the secret. */
export function totpUri(input: {
  issuer: string;
  accountName: string;
  secretBase32: string;
  parameters?: TotpParameters;
}): string {
  const parameters = input.parameters ?? TOTP_DEFAULTS;
  return new TOTP({
    issuer: input.issuer,
    label: input.accountName,
    secret: Secret.fromBase32(input.secretBase32),
    algorithm: parameters.algorithm,
    digits: parameters.digits,
    period: parameters.period,
  }).toString();
}

/** A code as typed or pasted: spaces allowed ("123 456"), otherwise digits only. */
export function normalizeTotpCode(
  input: string,
  digits: number = TOTP_DEFAULTS.digits,
): string | null {
  const code = input.replace(/\s+/g, '');
  return new RegExp(`^\\d{${digits}}$`).test(code) ? code : null;
}

function copyToArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy.buffer;
}
