/// <reference types="node" />
/**
 * A test server over one in-memory PGlite per test file: an injectable clock, a capturing
 * logger (and console), and `call()` that speaks the protocol like a same-origin browser.
 * Tests use fresh user ids, so they share the store without interfering.
 */
import { after } from 'node:test';
import { createMfaHandler, type MfaHandler } from '../../../src/server/handler.js';
import type { LogFields, MfaLogger } from '../../../src/server/logger.js';
import type { MfaHandlerOptions } from '../../../src/server/options.js';
import { createPgliteStore } from '../../../src/server/store/pglite.js';
import type { MfaStore } from '../../../src/server/store/types.js';
import { secretFromBase32, totpCode } from '../../../src/server/totp.js';
import type { MfaProof, MfaStatus, TotpEnrollment } from '../../../src/client/types.js';

export const ORIGIN = 'https://app.example.test';
export const RP = { id: 'app.example.test', name: 'Example', origins: [ORIGIN] };
/** A 32-byte key in base64. */
export const TEST_KEY = Buffer.alloc(32, 7).toString('base64');

let sharedStore: Promise<MfaStore> | undefined;
// Registered when the harness is imported (top level), so it runs after the whole file.
after(async () => {
  if (sharedStore) await (await sharedStore).close();
});
/** The file's one PGlite (started on first use, closed after the file's tests). */
export function testStore(): Promise<MfaStore> {
  sharedStore ??= createPgliteStore();
  return sharedStore;
}

let counter = 0;
export function uniqueUser(prefix = 'user'): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export class TestClock {
  constructor(public ms: number = Date.UTC(2031, 0, 1, 0, 0, 0)) {}
  now = (): Date => new Date(this.ms);
  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

export interface LogRecord {
  level: 'info' | 'warn' | 'error' | 'console';
  event: string;
  fields?: LogFields;
}

export class CapturingLogger implements MfaLogger {
  records: LogRecord[] = [];
  info = (event: string, fields?: LogFields) =>
    void this.records.push({ level: 'info', event, fields });
  warn = (event: string, fields?: LogFields) =>
    void this.records.push({ level: 'warn', event, fields });
  error = (event: string, fields?: LogFields) =>
    void this.records.push({ level: 'error', event, fields });
  events(): string[] {
    return this.records.map((record) => record.event);
  }
  text(): string {
    return JSON.stringify(this.records);
  }
}

/** Record everything written to console while the test file runs. */
export function captureConsole(): { text(): string; restore(): void } {
  const lines: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const originals = methods.map((name) => console[name]);
  for (const name of methods) {
    console[name] = (...args: unknown[]) => {
      lines.push(args.map((arg) => (typeof arg === 'string' ? arg : safeStringify(arg))).join(' '));
    };
  }
  return {
    text: () => lines.join('\n'),
    restore: () => methods.forEach((name, index) => (console[name] = originals[index]!)),
  };
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, inner) =>
      inner instanceof Error ? `${inner.name}: ${inner.message}\n${inner.stack}` : inner,
    );
  } catch {
    return String(value);
  }
}

export interface CallOptions {
  body?: unknown;
  /** Raw body text, sent as is. */
  raw?: string | Uint8Array;
  headers?: Record<string, string>;
  /** Sign in as this user/session; `null` for no session. */
  user?: string | null;
  session?: string;
  origin?: string | null;
  contentType?: string | null;
}

export interface CallResult<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface TestServer {
  mfa: MfaHandler;
  clock: TestClock;
  logger: CapturingLogger;
  store: MfaStore;
  call<T = any>(method: string, path: string, options?: CallOptions): Promise<CallResult<T>>;
  request(method: string, path: string, options?: CallOptions): Request;
}

/** A handler over the file's store; `options` override the defaults. */
export async function createTestServer(
  options: Partial<MfaHandlerOptions> & { store?: MfaStore } = {},
): Promise<TestServer> {
  const store = options.store ?? (await testStore());
  const clock = new TestClock();
  const logger = new CapturingLogger();
  const mfa = createMfaHandler({
    rp: RP,
    issuer: 'Example',
    authenticate: (request) => {
      const userId = request.headers.get('x-test-user');
      if (!userId) return null;
      return {
        userId,
        userName: `${userId}@example.test`,
        sessionId: request.headers.get('x-test-session') ?? 'session-1',
      };
    },
    now: clock.now,
    logger,
    ...options,
    store,
  });
  const request = (method: string, path: string, call: CallOptions = {}): Request => {
    const headers = new Headers(call.headers);
    if (call.user !== null && call.user !== undefined) headers.set('x-test-user', call.user);
    if (call.session) headers.set('x-test-session', call.session);
    if (call.origin !== null && method !== 'GET') headers.set('origin', call.origin ?? ORIGIN);
    let body: string | Uint8Array | undefined;
    if (call.raw !== undefined) body = call.raw;
    else if (call.body !== undefined) body = JSON.stringify(call.body);
    else if (method === 'POST') body = '{}';
    if (body !== undefined && call.contentType !== null)
      headers.set('content-type', call.contentType ?? 'application/json');
    const init: RequestInit = { method, headers };
    if (body !== undefined) init.body = body as BodyInit;
    return new Request(`${ORIGIN}/mfa/${path}`, init);
  };
  return {
    mfa,
    clock,
    logger,
    store,
    request,
    async call(method, path, call = {}) {
      const response = await mfa(request(method, path, call));
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: text ? JSON.parse(text) : null,
      };
    },
  };
}

/** Enroll and confirm TOTP for a user; returns the secret and a code function. */
export async function enrollTotp(
  server: TestServer,
  user: string,
  session = 'session-1',
): Promise<{
  enrollment: TotpEnrollment;
  secret: Uint8Array;
  code: (offsetSteps?: number) => string;
  proof: MfaProof;
}> {
  const started = await server.call<TotpEnrollment>('POST', 'totp/enroll', { user, session });
  if (started.status !== 201) throw new Error(`enroll failed: ${JSON.stringify(started.body)}`);
  const secret = secretFromBase32(started.body.secret);
  const code = (offsetSteps = 0) => totpCode(secret, server.clock.ms + offsetSteps * 30_000);
  const confirmed = await server.call<MfaProof>('POST', 'totp/verify', {
    user,
    session,
    body: { code: code(), deviceId: started.body.deviceId },
  });
  if (confirmed.status !== 200)
    throw new Error(`confirm failed: ${JSON.stringify(confirmed.body)}`);
  return { enrollment: started.body, secret, code, proof: confirmed.body };
}

export async function status(
  server: TestServer,
  user: string,
  session = 'session-1',
): Promise<MfaStatus> {
  const result = await server.call<MfaStatus>('GET', 'status', { user, session });
  if (result.status !== 200) throw new Error(`status failed: ${JSON.stringify(result.body)}`);
  return result.body;
}

/** Run `fn` n times at once. */
export function burst<T>(count: number, fn: (index: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: count }, (_, index) => fn(index)));
}
