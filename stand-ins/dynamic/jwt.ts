/** HS256 JWTs with WebCrypto: the stand-in's session tokens, elevated tokens and sign-in assertions. */
import { fromBase64, toBase64Url, utf8 } from '../../src/server/encoding.js';

export type JwtClaims = Record<string, unknown>;

function encodeJson(value: unknown): string {
  return toBase64Url(utf8(JSON.stringify(value)));
}

export class JwtSigner {
  private constructor(private readonly key: CryptoKey) {}

  static async create(): Promise<JwtSigner> {
    const key = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    return new JwtSigner(key);
  }

  async sign(claims: JwtClaims): Promise<string> {
    const body = `${encodeJson({ alg: 'HS256', typ: 'JWT' })}.${encodeJson(claims)}`;
    const signature = await crypto.subtle.sign('HMAC', this.key, utf8(body));
    return `${body}.${toBase64Url(new Uint8Array(signature))}`;
  }

  /** The claims when the signature is ours and `exp` (seconds) is after `nowMs`; otherwise null. */
  async verify(token: string, nowMs: number): Promise<JwtClaims | null> {
    if (typeof token !== 'string' || token.length > 4096) return null;
    const parts = token.split('.');
    if (parts.length !== 3) return null;
    const [header, payload, signature] = parts as [string, string, string];
    try {
      const valid = await crypto.subtle.verify(
        'HMAC',
        this.key,
        fromBase64(signature),
        utf8(`${header}.${payload}`),
      );
      if (!valid) return null;
      const claims: unknown = JSON.parse(new TextDecoder().decode(fromBase64(payload)));
      if (typeof claims !== 'object' || claims === null) return null;
      const exp = (claims as JwtClaims)['exp'];
      if (typeof exp !== 'number' || exp * 1000 <= nowMs) return null;
      return claims as JwtClaims;
    } catch {
      return null;
    }
  }
}
