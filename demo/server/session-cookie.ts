/**
 * The demo's stand-in for an app's own sign-in: a cookie holding `{ user name, session id }`,
 * signed with HMAC-SHA-256. The secret is generated once and kept in `<data>/session-secret`, so
 * sessions survive a restart of the dev server. Node-only (runs inside vite).
 */
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export const COOKIE_NAME = 'mfa_demo_session';
/** A demo session lasts a week (the cookie's Max-Age); the MFA state is the server's. */
const MAX_AGE_SECONDS = 7 * 24 * 3600;

export interface DemoSession {
  userName: string;
  sessionId: string;
}

/** Read `<dataDir>/<name>`, or create it with `bytes` random bytes (base64) the first time. */
export async function loadOrCreateSecret(
  dataDir: string,
  name: string,
  bytes = 32,
): Promise<string> {
  const path = join(dataDir, name);
  try {
    const value = (await readFile(path, 'utf8')).trim();
    if (value) return value;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const value = randomBytes(bytes).toString('base64');
  // 'wx': never overwrite a secret another process wrote in the meantime.
  try {
    await writeFile(path, `${value}\n`, { flag: 'wx', mode: 0o600 });
    return value;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return (await readFile(path, 'utf8')).trim();
    throw error;
  }
}

export function normalizeUserName(name: string): string {
  return name.trim().toLowerCase();
}

export class SessionCookies {
  private readonly key: Buffer;

  constructor(secretBase64: string) {
    this.key = Buffer.from(secretBase64, 'base64');
  }

  /** A new session (a new id every sign-in) and its Set-Cookie header value. */
  create(userName: string): { session: DemoSession; header: string } {
    const session = { userName: normalizeUserName(userName), sessionId: randomUUID() };
    const payload = Buffer.from(
      JSON.stringify({ u: session.userName, s: session.sessionId }),
    ).toString('base64url');
    const value = `${payload}.${this.sign(payload)}`;
    return { session, header: `${COOKIE_NAME}=${value}; ${attributes(MAX_AGE_SECONDS)}` };
  }

  /** The header that removes the cookie. */
  clear(): string {
    return `${COOKIE_NAME}=; ${attributes(0)}`;
  }

  /** The session in a `Cookie` header, or null when there is none or its signature is wrong. */
  read(cookieHeader: string | null | undefined): DemoSession | null {
    const value = cookieValue(cookieHeader, COOKIE_NAME);
    if (!value) return null;
    const [payload, signature, extra] = value.split('.');
    if (!payload || !signature || extra !== undefined) return null;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
        u?: unknown;
        s?: unknown;
      };
      if (typeof data.u !== 'string' || typeof data.s !== 'string' || !data.u || !data.s)
        return null;
      return { userName: data.u, sessionId: data.s };
    } catch {
      return null;
    }
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

function attributes(maxAge: number): string {
  return `Max-Age=${maxAge}; Path=/; HttpOnly; SameSite=Lax`;
}

function cookieValue(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}
