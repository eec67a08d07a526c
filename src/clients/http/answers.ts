/**
 * Reading the server's successful answers into the contract's types. Only the known fields are
 * copied; an answer of the wrong shape becomes `MfaError('unknown')` instead of reaching an
 * element as something it does not expect.
 */
import type {
  MfaDevice,
  MfaMethod,
  MfaPendingStep,
  MfaProof,
  MfaStatus,
  MfaToken,
  TotpEnrollment,
} from '../../client/types.js';
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { malformedAnswer } from './errors.js';
import type { Answer } from './transport.js';

type Json = Record<string, unknown>;

class Malformed extends Error {}

const METHODS: readonly MfaMethod[] = ['totp', 'passkey', 'recovery-code'];
const PENDING: readonly MfaPendingStep[] = ['enroll', 'verify', 'acknowledge-recovery-codes'];
const ALGORITHMS: readonly TotpEnrollment['algorithm'][] = ['SHA1', 'SHA256', 'SHA512'];

function object(value: unknown): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Malformed();
  return value as Json;
}

function string(value: unknown): string {
  if (typeof value !== 'string') throw new Malformed();
  return value;
}

function count(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new Malformed();
  return value;
}

function boolean(value: unknown): boolean {
  if (typeof value !== 'boolean') throw new Malformed();
  return value;
}

function oneOf<T extends string>(choices: readonly T[], value: unknown): T {
  if (!(choices as readonly unknown[]).includes(value)) throw new Malformed();
  return value as T;
}

function list<T>(value: unknown, item: (entry: unknown) => T): T[] {
  if (!Array.isArray(value)) throw new Malformed();
  return value.map(item);
}

function device(value: unknown): MfaDevice {
  const json = object(value);
  const result: MfaDevice = {
    id: string(json['id']),
    type: oneOf(['totp', 'passkey'], json['type']),
    verified: boolean(json['verified']),
    createdAt: string(json['createdAt']),
  };
  if (json['alias'] !== undefined) result.alias = string(json['alias']);
  if (json['lastUsedAt'] !== undefined) result.lastUsedAt = string(json['lastUsedAt']);
  return result;
}

function token(value: unknown): MfaToken {
  const json = object(value);
  const result: MfaToken = {
    value: string(json['value']),
    singleUse: boolean(json['singleUse']),
    scopes: list(json['scopes'], string),
    expiresAt: string(json['expiresAt']),
  };
  if (json['action'] !== undefined) result.action = string(json['action']);
  return result;
}

function status(value: unknown): MfaStatus {
  const json = object(value);
  return {
    pending: json['pending'] === null ? null : oneOf(PENDING, json['pending']),
    methods: list(json['methods'], (method) => oneOf(METHODS, method)),
    devices: list(json['devices'], device),
    recoveryCodesRemaining: count(json['recoveryCodesRemaining']),
  };
}

function enrollment(value: unknown): TotpEnrollment {
  const json = object(value);
  return {
    deviceId: string(json['deviceId']),
    uri: string(json['uri']),
    secret: string(json['secret']),
    issuer: string(json['issuer']),
    accountName: string(json['accountName']),
    digits: count(json['digits']),
    period: count(json['period']),
    algorithm: oneOf(ALGORITHMS, json['algorithm']),
  };
}

function proof(value: unknown): MfaProof {
  const json = object(value);
  const result: MfaProof = { method: oneOf(METHODS, json['method']) };
  if (json['deviceId'] !== undefined) result.deviceId = string(json['deviceId']);
  if (json['token'] !== undefined) result.token = token(json['token']);
  if (json['recoveryCodesRemaining'] !== undefined)
    result.recoveryCodesRemaining = count(json['recoveryCodesRemaining']);
  return result;
}

function codes(value: unknown): string[] {
  return list(object(value)['codes'], string);
}

function required(value: unknown): boolean {
  return boolean(object(value)['required']);
}

/** Handed to `@simplewebauthn/browser` as is; only what it reads first is checked. */
function creationOptions(value: unknown): PublicKeyCredentialCreationOptionsJSON {
  const json = object(value);
  string(json['challenge']);
  object(json['rp']);
  string(object(json['user'])['id']);
  list(json['pubKeyCredParams'], object);
  return json as unknown as PublicKeyCredentialCreationOptionsJSON;
}

function requestOptions(value: unknown): PublicKeyCredentialRequestOptionsJSON {
  const json = object(value);
  string(json['challenge']);
  if (json['allowCredentials'] !== undefined) list(json['allowCredentials'], object);
  return json as unknown as PublicKeyCredentialRequestOptionsJSON;
}

function nothing(value: unknown): void {
  // 204 No Content, or any 2xx body the client has no use for.
  void value;
}

const readers = {
  status: [status, 'an MFA status'],
  enrollment: [enrollment, 'a TOTP enrollment'],
  proof: [proof, 'a verification result'],
  device: [device, 'a device'],
  codes: [codes, 'a list of recovery codes'],
  required: [required, 'an action requirement'],
  creationOptions: [creationOptions, 'passkey registration options'],
  requestOptions: [requestOptions, 'passkey authentication options'],
  nothing: [nothing, 'empty'],
} as const;

export type AnswerKind = keyof typeof readers;
type AnswerOf<K extends AnswerKind> = ReturnType<(typeof readers)[K][0]>;

/** Read the answer as `kind`, or throw `MfaError('unknown')`. */
export function readAnswer<K extends AnswerKind>(kind: K, answer: Answer): AnswerOf<K> {
  const [read, what] = readers[kind];
  try {
    return read(answer.value) as AnswerOf<K>;
  } catch (error) {
    if (error instanceof Malformed) throw malformedAnswer(answer.status, what);
    throw error;
  }
}
