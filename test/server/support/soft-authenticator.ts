/// <reference types="node" />
/**
 * A software passkey for Node tests: a P-256 key pair, `none` attestation, and assertions signed
 * exactly as an authenticator signs them. It lets the server's passkey endpoints run full
 * ceremonies (and forged ones: wrong origin, wrong RP, no user verification, replayed counters)
 * without a browser. The browser e2e suite covers real authenticators.
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';

const b64url = (bytes: Uint8Array | Buffer) => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_BE = 0x08;
const FLAG_BS = 0x10;
const FLAG_AT = 0x40;

export interface CeremonyOverrides {
  origin?: string;
  rpId?: string;
  challenge?: string;
  userVerified?: boolean;
  type?: string;
  /** Sign with the counter at this value instead of the next one. */
  counter?: number;
}

export class SoftAuthenticator {
  readonly credentialId = b64url(Buffer.from(crypto.getRandomValues(new Uint8Array(16))));
  private readonly privateKey: KeyObject;
  private readonly cosePublicKey: Uint8Array;
  counter = 0;

  constructor(readonly options: { origin: string; rpId: string; backedUp?: boolean }) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.privateKey = privateKey;
    const jwk = publicKey.export({ format: 'jwk' });
    const cose = new Map<number, number | Uint8Array>([
      [1, 2], // kty: EC2
      [3, -7], // alg: ES256
      [-1, 1], // crv: P-256
      [-2, Buffer.from(jwk.x!, 'base64url')],
      [-3, Buffer.from(jwk.y!, 'base64url')],
    ]);
    this.cosePublicKey = isoCBOR.encode(cose);
  }

  private flags(overrides: CeremonyOverrides, attested: boolean): number {
    let flags = FLAG_UP;
    if (overrides.userVerified ?? true) flags |= FLAG_UV;
    if (this.options.backedUp) flags |= FLAG_BE | FLAG_BS;
    if (attested) flags |= FLAG_AT;
    return flags;
  }

  private clientData(type: string, challenge: string, overrides: CeremonyOverrides): Buffer {
    return Buffer.from(
      JSON.stringify({
        type: overrides.type ?? type,
        challenge: overrides.challenge ?? challenge,
        origin: overrides.origin ?? this.options.origin,
        crossOrigin: false,
      }),
    );
  }

  /** The browser's `startRegistration()` result for `options.challenge`. */
  register(challenge: string, overrides: CeremonyOverrides = {}) {
    const clientDataJSON = this.clientData('webauthn.create', challenge, overrides);
    const credentialId = Buffer.from(this.credentialId, 'base64url');
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(this.counter);
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(credentialId.length);
    const authData = Buffer.concat([
      sha256(overrides.rpId ?? this.options.rpId),
      Buffer.from([this.flags(overrides, true)]),
      counter,
      Buffer.alloc(16), // AAGUID
      idLength,
      credentialId,
      Buffer.from(this.cosePublicKey),
    ]);
    const attestationObject = isoCBOR.encode(
      new Map<string, unknown>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', new Uint8Array(authData)],
      ]) as never,
    );
    return {
      id: this.credentialId,
      rawId: this.credentialId,
      type: 'public-key',
      response: {
        clientDataJSON: b64url(clientDataJSON),
        attestationObject: b64url(attestationObject),
        transports: ['internal'],
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }

  /** The browser's `startAuthentication()` result for `options.challenge`. */
  authenticate(challenge: string, overrides: CeremonyOverrides = {}) {
    if (overrides.counter === undefined) this.counter += 1;
    const clientDataJSON = this.clientData('webauthn.get', challenge, overrides);
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(overrides.counter ?? this.counter);
    const authenticatorData = Buffer.concat([
      sha256(overrides.rpId ?? this.options.rpId),
      Buffer.from([this.flags(overrides, false)]),
      counter,
    ]);
    const signature = sign(
      'sha256',
      Buffer.concat([authenticatorData, sha256(clientDataJSON)]),
      this.privateKey,
    );
    return {
      id: this.credentialId,
      rawId: this.credentialId,
      type: 'public-key',
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authenticatorData),
        signature: b64url(signature),
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }
}
