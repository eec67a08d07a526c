/// <reference types="node" />
// docs/SECURITY.md 20 / issue 4 item 7: bad input never crashes the server and never changes data.
// fast-check sends at least 1,000 malformed requests PER ENDPOINT over real HTTP (node:http +
// the Node adapter): wrong types, missing fields, huge strings, bad JSON, non-object JSON,
// invalid UTF-8, unknown fields (incl. __proto__), wrong methods, wrong or missing content types,
// oversized bodies, bad path parameters, no session, foreign or missing Origin. Every answer must
// be a 4xx JSON error `{ code, message }` with a code of the contract, never a 5xx; afterwards a
// valid request still works and every table is byte-for-byte what it was.
//
// The generators only build requests that are invalid by construction (at least one field is of
// the wrong type or size, or the request is refused before its body matters): a well-formed but
// wrong TOTP code is NOT malformed — it legitimately counts a failed attempt.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { Agent, createServer, request as httpRequest, type Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { PGlite } from '@electric-sql/pglite';
import { MFA_ERROR_CODES } from '../../src/client/errors.js';
import { createMfaHandler } from '../../src/server/handler.js';
import { toNodeListener } from '../../src/server/node.js';
import { runMigrations } from '../../src/server/store/migrations.js';
import { pgliteExecutor } from '../../src/server/store/pglite.js';
import { createSqlStore } from '../../src/server/store/sql-store.js';
import type { MfaStore } from '../../src/server/store/types.js';
import { secretFromBase32, totpCode } from '../../src/server/totp.js';

/** Runs per endpoint; FUZZ_RUNS raises it for a longer local soak. */
const RUNS = Math.max(1000, Number(process.env['FUZZ_RUNS'] ?? 1000));
const ORIGIN = 'http://localhost';
const USER = 'fuzz-user';
const T0 = Date.UTC(2031, 0, 1, 0, 0, 10);
const MAX_BODY = 16 * 1024;

let db: PGlite;
let store: MfaStore;
let server: Server;
let port: number;
let secret: Uint8Array;
let deviceId: string;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const silent = { info() {}, warn() {}, error() {} };
const serverFaults: unknown[] = [];

interface Wire {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

function send(wire: Wire): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // Node's client sends a DELETE/OPTIONS body without framing unless told its length.
    const headers =
      wire.body === undefined
        ? wire.headers
        : { ...wire.headers, 'content-length': String(Buffer.byteLength(wire.body)) };
    const req = httpRequest(
      { host: '127.0.0.1', port, method: wire.method, path: wire.path, headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (wire.body !== undefined) req.end(wire.body);
    else req.end();
  });
}

/** A well-formed request from the signed-in user, with JSON body when given. */
function wire(
  method: string,
  path: string,
  body?: unknown,
  extra: Record<string, string> = {},
): Wire {
  const headers: Record<string, string> = { 'x-test-user': USER, ...extra };
  if (method !== 'GET') headers['origin'] = ORIGIN;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return {
    method,
    path: `/mfa/${path}`,
    headers,
    ...(body !== undefined && { body: JSON.stringify(body) }),
  };
}

async function snapshot(): Promise<string> {
  const tables = await db.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`,
  );
  const out: Record<string, unknown> = {};
  for (const { tablename } of tables.rows) {
    // Every column, every row, in a stable order.
    const rows = await db.query(`SELECT * FROM ${tablename} ORDER BY 1, 2`);
    out[tablename] = rows.rows;
  }
  return JSON.stringify(out);
}

function assertRefusal(request: Wire, answer: Answer): void {
  const where = `${request.method} ${request.path} → ${answer.status} ${answer.text.slice(0, 200)}`;
  assert.ok(answer.status >= 400 && answer.status < 500, `not a 4xx: ${where}`);
  assert.match(String(answer.headers['content-type']), /^application\/json/, `not JSON: ${where}`);
  let body: { code?: unknown; message?: unknown };
  try {
    body = JSON.parse(answer.text);
  } catch {
    assert.fail(`unparseable body: ${where}`);
  }
  assert.ok((MFA_ERROR_CODES as readonly unknown[]).includes(body.code), `unknown code: ${where}`);
  assert.notEqual(body.code, 'unknown', where);
  assert.equal(typeof body.message, 'string', where);
}

// ── generators ─────────────────────────────────────────────────────────────────────────────

const ACTION_RE = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;
const SCOPE_RE = ACTION_RE;

/** Any JSON value that is not a string. */
const notString = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

/** Too long for a field capped at `max`, but inside the body cap. */
const tooLong = (max: number) =>
  fc.oneof(
    fc.integer({ min: max + 1, max: max + 64 }).map((n) => 'x'.repeat(n)),
    fc
      .integer({ min: max + 1, max: 12_000 })
      .chain((n) =>
        fc.constantFrom('7', 'é', '😀', '\u0000', ' ').map((c) => c.repeat(n).slice(0, n)),
      ),
  );

/** Invalid for `string(max)`: wrong type, empty, or too long. */
const badString = (max: number) => fc.oneof(notString, fc.constant(''), tooLong(max));

const badAction = fc.oneof(
  notString,
  fc.constant(''),
  tooLong(128),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !ACTION_RE.test(s)),
);

/** Never a valid TokenRequest (`{ singleUse: boolean }` or `{ scopes: [1–16 valid scopes], singleUse?: boolean }`). */
const badTokenRequest = fc.oneof(
  fc.oneof(
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.string(),
    fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  ),
  fc.constant({}),
  fc.record({ singleUse: fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.constant([])) }),
  fc.record({
    singleUse: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
    scopes: fc.constant(['wallet:export']),
  }),
  fc.record({ singleUse: fc.boolean(), extra: fc.jsonValue({ maxDepth: 1 }) }),
  fc.record({ scopes: fc.oneof(fc.constant([]), fc.string(), fc.integer(), fc.constant(null)) }),
  fc.record({ scopes: fc.array(fc.constant('a'), { minLength: 17, maxLength: 40 }) }),
  fc.record({
    scopes: fc.array(
      fc.oneof(
        notString,
        fc.constant(''),
        tooLong(64),
        fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !SCOPE_RE.test(s)),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  }),
);

const badAlias = fc.oneof(
  notString,
  fc.constant(''),
  fc.constant('   '),
  tooLong(64),
  fc
    .constantFrom('\u0000', '\u0007', '\u001f', '\u007f')
    .chain((c) => fc.string({ maxLength: 10 }).map((s) => `a${c}${s}`)),
);

type FieldGen = fc.Arbitrary<unknown>;
interface FieldSpec {
  /** A value that passes this field's check. */
  good: FieldGen;
  /** A value that fails it. */
  bad: FieldGen;
  required: boolean;
}

interface Endpoint {
  name: string;
  method: 'GET' | 'POST' | 'DELETE';
  /** Path under /mfa/; `{param}` is filled by `param`. */
  path: string;
  /** For POST endpoints: the body's fields. */
  fields?: Record<string, FieldSpec>;
  /** Invalid values for the path parameter (already URL-encoded where needed). */
  badParam?: fc.Arbitrary<string>;
  goodParam?: fc.Arbitrary<string>;
}

const anyObject = fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), {
  maxKeys: 4,
});
const sixDigits = fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, '0'));

const ENDPOINTS: Endpoint[] = [
  { name: 'GET status', method: 'GET', path: 'status' },
  { name: 'GET devices', method: 'GET', path: 'devices' },
  {
    name: 'DELETE devices/{id}',
    method: 'DELETE',
    path: 'devices/{param}',
    // Over-long ids, ids that are not this user's devices, broken percent-encoding.
    // (Kept under Node's own 16 KiB header limit: beyond it node:http answers 431 by itself,
    // before any handler runs.)
    badParam: fc.oneof(
      fc
        .integer({ min: 65, max: 2000 })
        .chain((n) => fc.constantFrom('x', 'é', '\u0000').map((c) => encode(c.repeat(n)))),
      fc.string({ minLength: 1, maxLength: 64 }).map(encode),
      fc.constantFrom('%', '%E0%A4%A', '%zz', '%C0%80'),
    ),
  },
  { name: 'POST totp/enroll', method: 'POST', path: 'totp/enroll', fields: {} },
  {
    name: 'POST totp/verify',
    method: 'POST',
    path: 'totp/verify',
    fields: {
      code: { good: sixDigits, bad: badString(32), required: true },
      deviceId: { good: fc.constant('dev'), bad: badString(64), required: false },
      token: { good: fc.constant({ singleUse: true }), bad: badTokenRequest, required: false },
      action: { good: fc.constant('test.action'), bad: badAction, required: false },
    },
  },
  {
    name: 'POST passkeys/register/options',
    method: 'POST',
    path: 'passkeys/register/options',
    fields: { alias: { good: fc.constant('Key'), bad: badAlias, required: false } },
  },
  {
    name: 'POST passkeys/register/verify',
    method: 'POST',
    path: 'passkeys/register/verify',
    fields: {
      response: {
        good: anyObject,
        bad: fc.oneof(
          notString.filter((v) => Array.isArray(v) || typeof v !== 'object'),
          fc.string(),
        ),
        required: true,
      },
      alias: { good: fc.constant('Key'), bad: badAlias, required: false },
    },
  },
  {
    name: 'POST passkeys/authenticate/options',
    method: 'POST',
    path: 'passkeys/authenticate/options',
    fields: {},
  },
  {
    name: 'POST passkeys/authenticate/verify',
    method: 'POST',
    path: 'passkeys/authenticate/verify',
    fields: {
      response: {
        good: anyObject,
        bad: fc.oneof(
          notString.filter((v) => Array.isArray(v) || typeof v !== 'object'),
          fc.string(),
        ),
        required: true,
      },
      token: { good: fc.constant({ singleUse: false }), bad: badTokenRequest, required: false },
      action: { good: fc.constant('test.action'), bad: badAction, required: false },
    },
  },
  { name: 'GET recovery-codes', method: 'GET', path: 'recovery-codes' },
  {
    name: 'POST recovery-codes/regenerate',
    method: 'POST',
    path: 'recovery-codes/regenerate',
    fields: {},
  },
  {
    name: 'POST recovery-codes/acknowledge',
    method: 'POST',
    path: 'recovery-codes/acknowledge',
    fields: {},
  },
  {
    name: 'POST recovery-codes/verify',
    method: 'POST',
    path: 'recovery-codes/verify',
    fields: {
      code: { good: fc.constant('abcd-efgh-ijkl-mnop'), bad: badString(64), required: true },
      token: {
        good: fc.constant({ scopes: ['wallet:export'] }),
        bad: badTokenRequest,
        required: false,
      },
      action: { good: fc.constant('test.action'), bad: badAction, required: false },
    },
  },
  {
    name: 'GET actions/{action}',
    method: 'GET',
    path: 'actions/{param}',
    badParam: fc.oneof(
      badAction
        .filter((v): v is string => typeof v === 'string' && v !== '' && v.length <= 2000)
        .map(encode),
      fc.constantFrom('%', '%E0%A4%A', '%zz', '%C0%80', '..', '.hidden', '-dash'),
    ),
  },
  {
    name: 'POST tokens/verify',
    method: 'POST',
    path: 'tokens/verify',
    fields: {
      token: { good: fc.constant('mfa_' + 'A'.repeat(43)), bad: badString(128), required: true },
      action: { good: fc.constant('test.action'), bad: badAction, required: false },
      scope: { good: fc.constant('wallet:export'), bad: badString(64), required: false },
    },
  },
];

const OTHER_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const BAD_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/jsonp',
  'application/json-patch+json',
  'text/json',
  'application/xml',
  '*/*',
];
const FOREIGN_ORIGINS = [
  'https://evil.example',
  'http://localhost:1',
  'null',
  'http://localhost.evil.example',
  'HTTP://LOCALHOST',
];

/** A body for a POST endpoint that fails validation: one field bad, a required one missing, or an extra one. */
function invalidBody(endpoint: Endpoint): fc.Arbitrary<Record<string, unknown>> {
  const fields = endpoint.fields ?? {};
  const names = Object.keys(fields);
  const base = fc.record(
    Object.fromEntries(names.map((name) => [name, fields[name].good])),
  ) as fc.Arbitrary<Record<string, unknown>>;
  const unknownKey = fc
    .oneof(
      fc.string({ minLength: 1, maxLength: 20 }),
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'Code', 'code '),
    )
    .filter((key) => !names.includes(key));
  const options: fc.Arbitrary<Record<string, unknown>>[] = [
    // An unknown field next to valid ones (rejected, never ignored).
    fc.tuple(base, unknownKey, fc.jsonValue({ maxDepth: 2 })).map(([body, key, value]) => {
      const out = { ...body };
      Object.defineProperty(out, key, {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return out;
    }),
  ];
  if (names.length > 0) {
    // One field of the wrong type or size.
    options.push(
      fc
        .tuple(base, fc.constantFrom(...names))
        .chain(([body, name]) => fields[name].bad.map((value) => ({ ...body, [name]: value }))),
    );
  }
  const required = names.filter((name) => fields[name].required);
  if (required.length > 0) {
    options.push(
      fc.tuple(base, fc.constantFrom(...required)).map(([body, name]) => {
        const out = { ...body };
        delete out[name];
        return out;
      }),
    );
  }
  return fc.oneof(...options);
}

/** Malformed requests for one endpoint. */
function malformed(endpoint: Endpoint): fc.Arbitrary<Wire> {
  const path = (param: string) => endpoint.path.replace('{param}', param);
  const goodPath = fc.constant(path(endpoint.badParam ? 'placeholder' : ''));
  // For parameterised endpoints every request uses a bad parameter, so none can be valid.
  const anyPath = endpoint.badParam ? endpoint.badParam.map(path) : goodPath;
  const validish = endpoint.fields
    ? fc.record(Object.fromEntries(Object.entries(endpoint.fields).map(([k, f]) => [k, f.good])))
    : fc.constant(undefined);
  const kinds: (fc.Arbitrary<Wire> | { arbitrary: fc.Arbitrary<Wire>; weight: number })[] = [];

  // Wrong method (with or without a body).
  kinds.push(
    fc
      .tuple(
        goodPath,
        fc.constantFrom(...OTHER_METHODS.filter((m) => m !== endpoint.method)),
        fc.option(fc.jsonValue({ maxDepth: 2 })),
      )
      .map(([p, method, body]) => wire(method, p, body ?? undefined)),
  );
  // No session at all.
  kinds.push(
    fc.tuple(anyPath, validish).map(([p, body]) => {
      const w = wire(endpoint.method, p, body);
      delete w.headers['x-test-user'];
      return w;
    }),
  );
  if (endpoint.method === 'GET') {
    // A cross-site GET (as a browser marks it).
    kinds.push(goodPath.map((p) => wire('GET', p, undefined, { 'sec-fetch-site': 'cross-site' })));
    if (endpoint.badParam) kinds.push(anyPath.map((p) => wire('GET', p)));
  } else {
    // Foreign or missing Origin on a state-changing request.
    kinds.push(
      fc
        .tuple(anyPath, validish, fc.option(fc.constantFrom(...FOREIGN_ORIGINS)))
        .map(([p, body, origin]) => {
          const w = wire(endpoint.method, p, body);
          if (origin === null) delete w.headers['origin'];
          else w.headers['origin'] = origin;
          return w;
        }),
    );
  }
  if (endpoint.method === 'DELETE') {
    // Unknown devices, with no token, a garbage token, or a token-shaped one.
    kinds.push(
      fc
        .tuple(
          anyPath,
          fc.option(
            fc.oneof(
              fc.string({ maxLength: 200 }).map((s) => s.replace(/[^\x21-\x7e]/g, 'x')),
              fc.constant('mfa_' + 'B'.repeat(43)),
            ),
          ),
        )
        .map(([p, token]) =>
          wire(
            'DELETE',
            p,
            undefined,
            token === null || token === '' ? {} : { 'x-mfa-token': token },
          ),
        ),
    );
  }
  if (endpoint.method === 'POST') {
    const p = path('');
    // Invalid fields (the richest kind: wrong types, missing, unknown, over-long), weighted up.
    kinds.push({
      arbitrary: invalidBody(endpoint).map((body) => wire('POST', p, body)),
      weight: 4,
    });
    // Not JSON at all, or cut-off JSON.
    kinds.push(
      fc
        .oneof(
          fc.string({ minLength: 1, maxLength: 200 }),
          fc.tuple(validish, fc.nat()).map(([body, cut]) => {
            const text = JSON.stringify(body ?? {});
            return text.slice(0, cut % Math.max(1, text.length));
          }),
          // (A leading BOM is not in this list: the server's UTF-8 decoder drops it, as RFC 8259 allows.)
          fc.constantFrom(
            '{',
            '{"code":',
            "{'code':'1'}",
            '{"a":1,}',
            'NaN',
            '{"code": 0x1}',
            '[',
            'undefined',
            '{}}',
            '{"a":"\\x"}',
          ),
        )
        .filter((text) => text.length > 0 && !parses(text.replace(/^\uFEFF/, '')))
        .map((text) => ({
          ...wire('POST', p),
          headers: { ...wire('POST', p, {}).headers },
          body: text,
        })),
    );
    // JSON that is not an object.
    kinds.push(
      fc
        .oneof(
          fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
          fc.string(),
          fc.integer(),
          fc.boolean(),
          fc.constant(null),
        )
        .map((value) => ({ ...wire('POST', p, {}), body: JSON.stringify(value) })),
    );
    // Bytes that are not UTF-8.
    kinds.push(
      fc
        .tuple(fc.constantFrom(0xff, 0xfe, 0xc0, 0x80, 0xed), fc.string({ maxLength: 10 }))
        .map(([byte, text]) => ({
          ...wire('POST', p, {}),
          body: Buffer.concat([
            Buffer.from(`{"${text.replace(/["\\]/g, '')}`),
            Buffer.from([byte]),
            Buffer.from('":1}'),
          ]),
        })),
    );
    // Wrong or missing content type on a non-empty body.
    kinds.push(
      fc.tuple(validish, fc.option(fc.constantFrom(...BAD_CONTENT_TYPES))).map(([body, type]) => {
        const w = wire('POST', p, body ?? { x: 1 });
        if (type === null) delete w.headers['content-type'];
        else w.headers['content-type'] = type;
        return w;
      }),
    );
    // Bodies over the cap (declared or streamed).
    kinds.push(
      fc.integer({ min: MAX_BODY + 1, max: 4 * MAX_BODY }).map((size) => ({
        ...wire('POST', p, {}),
        body: JSON.stringify({ code: 'x'.repeat(size) }),
      })),
    );
  }
  return fc.oneof(...kinds);
}

/** Percent-encode for a path segment; lone surrogates (a cut emoji) become 'x'. */
function encode(text: string): string {
  return encodeURIComponent(
    text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, 'x'),
  );
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// ── the test ───────────────────────────────────────────────────────────────────────────────

before(async () => {
  const { PGlite } = await import('@electric-sql/pglite');
  db = await PGlite.create();
  const executor = pgliteExecutor(db);
  await runMigrations(executor);
  store = createSqlStore(executor);
  const handler = createMfaHandler({
    store,
    rp: { id: 'localhost', name: 'Fuzz', origins: [ORIGIN] },
    issuer: 'Fuzz',
    encryptionKey: Buffer.alloc(32, 9).toString('base64'),
    now: () => new Date(T0),
    logger: { ...silent, error: (event, fields) => serverFaults.push({ event, fields }) },
    actions: { 'test.action': { required: true } },
    authenticate: (request) => {
      const userId = request.headers.get('x-test-user');
      return userId ? { userId, userName: userId, sessionId: 'fuzz-session' } : null;
    },
  });
  server = createServer(toNodeListener(handler));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as { port: number }).port;

  // A user with everything: a verified authenticator, acknowledged recovery codes, an unused token.
  const enrolled = await send(wire('POST', 'totp/enroll', {}));
  assert.equal(enrolled.status, 201, enrolled.text);
  const enrollment = JSON.parse(enrolled.text);
  secret = secretFromBase32(enrollment.secret);
  deviceId = enrollment.deviceId;
  const confirmed = await send(
    wire('POST', 'totp/verify', {
      code: totpCode(secret, T0 - 30_000),
      deviceId,
      token: { singleUse: true },
      action: 'test.action',
    }),
  );
  assert.equal(confirmed.status, 200, confirmed.text);
  assert.equal((await send(wire('POST', 'recovery-codes/acknowledge', {}))).status, 204);
});

after(async () => {
  agent.destroy();
  server?.close();
  await store?.close();
});

describe(`fuzz: ${RUNS} malformed requests per endpoint`, () => {
  let before: string;
  let total = 0;

  test('snapshot the data', async () => {
    before = await snapshot();
    assert.ok(before.includes(deviceId));
  });

  for (const endpoint of ENDPOINTS) {
    test(endpoint.name, async (t) => {
      let runs = 0;
      const seen: Record<string, number> = {};
      await fc.assert(
        fc.asyncProperty(malformed(endpoint), async (request) => {
          runs += 1;
          const answer = await send(request);
          assertRefusal(request, answer);
          const key = `${answer.status} ${JSON.parse(answer.text).reason ?? JSON.parse(answer.text).code}`;
          seen[key] = (seen[key] ?? 0) + 1;
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
      assert.ok(runs >= RUNS);
      // What the refusals were, for a reader of the log (status + reason).
      t.diagnostic(JSON.stringify(seen));
      total += runs;
      // Still serving: a valid request right after.
      const alive = await send(wire('GET', 'status'));
      assert.equal(alive.status, 200, alive.text);
    });
  }

  test('no server fault was logged, and not one row changed', async () => {
    assert.ok(total >= RUNS * ENDPOINTS.length, `${total} requests`);
    assert.deepEqual(serverFaults, []);
    assert.equal(await snapshot(), before);
  });

  test('a valid verification still works afterwards', async () => {
    const status = JSON.parse((await send(wire('GET', 'status'))).text);
    assert.equal(status.devices.length, 1);
    const verified = await send(wire('POST', 'totp/verify', { code: totpCode(secret, T0) }));
    assert.equal(verified.status, 200, verified.text);
    assert.equal(JSON.parse(verified.text).method, 'totp');
  });
});
