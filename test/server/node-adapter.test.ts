/// <reference types="node" />
// The Node adapter: a real http server, Express/Connect-style middleware, the streaming body cap.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { nodeMiddleware, toNodeListener } from '../../src/server/node.js';
import { createTestServer, ORIGIN, uniqueUser, type TestServer } from './support/harness.js';

function listen(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ server: Server; url: string }> {
  const server = createServer(listener);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

/** A raw request, so the test controls Content-Length and chunking exactly. */
function raw(
  url: string,
  options: { method: string; headers: Record<string, string>; chunks: Buffer[] },
) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = httpRequest(url, { method: options.method, headers: options.headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on('error', reject);
      for (const chunk of options.chunks) req.write(chunk);
      req.end();
    },
  );
}

describe('toNodeListener', () => {
  let mfa: TestServer;
  let http: { server: Server; url: string };
  before(async () => {
    mfa = await createTestServer({ maxBodyBytes: 2048 });
    http = await listen(toNodeListener(mfa.mfa));
  });
  after(() => new Promise<void>((resolve) => http.server.close(() => resolve())));

  test('GET and POST round trips', async () => {
    const user = uniqueUser();
    const status = await fetch(`${http.url}/mfa/status`, { headers: { 'x-test-user': user } });
    assert.equal(status.status, 200);
    assert.equal((await status.json()).pending, 'enroll');
    const enroll = await fetch(`${http.url}/mfa/totp/enroll`, {
      method: 'POST',
      headers: { 'x-test-user': user, origin: ORIGIN, 'content-type': 'application/json' },
      body: '{}',
    });
    assert.equal(enroll.status, 201);
    assert.match(enroll.headers.get('content-type') ?? '', /application\/json/);
  });

  test('a declared oversized body is refused before it is read', async () => {
    const result = await raw(`${http.url}/mfa/totp/verify`, {
      method: 'POST',
      headers: {
        'x-test-user': uniqueUser(),
        origin: ORIGIN,
        'content-type': 'application/json',
        'content-length': '100000',
      },
      chunks: [Buffer.alloc(100_000, 0x20)],
    });
    assert.equal(result.status, 413);
    assert.equal(JSON.parse(result.body).reason, 'body-too-large');
  });

  test('a chunked body is cut off once it passes the cap', async () => {
    const result = await raw(`${http.url}/mfa/totp/verify`, {
      method: 'POST',
      headers: {
        'x-test-user': uniqueUser(),
        origin: ORIGIN,
        'content-type': 'application/json',
        'transfer-encoding': 'chunked',
      },
      chunks: Array.from({ length: 20 }, () => Buffer.alloc(1000, 0x20)),
    });
    assert.equal(result.status, 413);
    assert.equal(JSON.parse(result.body).code, 'invalid-request');
  });

  test('TRACE (a method the Fetch standard forbids) → 405 with Allow; TRACK never a 5xx', async () => {
    for (const path of ['/mfa/status', '/mfa/no-such-route', '/elsewhere']) {
      const result = await raw(`${http.url}${path}`, {
        method: 'TRACE',
        headers: { 'x-test-user': uniqueUser() },
        chunks: [],
      });
      assert.equal(result.status, 405, `TRACE ${path}`);
      assert.equal(result.headers['allow'], 'GET, POST, DELETE');
      assert.deepEqual(JSON.parse(result.body), {
        code: 'invalid-request',
        message: 'Method not allowed.',
        reason: 'method-not-allowed',
      });
    }
    // Node's own HTTP parser refuses methods it does not know (TRACK, lower case) with a 400
    // before any listener runs: a 4xx too.
    for (const method of ['TRACK', 'trace']) {
      const result = await raw(`${http.url}/mfa/status`, { method, headers: {}, chunks: [] }).catch(
        () => ({ status: 400 }),
      );
      assert.ok(result.status >= 400 && result.status < 500, `${method}: ${result.status}`);
    }
    // Methods a Request can carry but no route takes are the handler's 405 (or 404 off its routes).
    const propfind = await raw(`${http.url}/mfa/status`, {
      method: 'PROPFIND',
      headers: {},
      chunks: [],
    });
    assert.equal(propfind.status, 405);
    assert.equal(propfind.headers['allow'], 'GET');
    assert.ok(!mfa.logger.events().includes('mfa.server-fault'));
  });

  test('malformed JSON through Node is a 400', async () => {
    const response = await fetch(`${http.url}/mfa/totp/verify`, {
      method: 'POST',
      headers: { 'x-test-user': uniqueUser(), origin: ORIGIN, 'content-type': 'application/json' },
      body: '{"code":',
    });
    assert.equal(response.status, 400);
    assert.equal((await response.json()).reason, 'malformed-json');
  });
});

describe('nodeMiddleware', () => {
  let mfa: TestServer;
  before(async () => {
    mfa = await createTestServer();
  });

  test('serves its base path and calls next() for everything else', async () => {
    const middleware = nodeMiddleware(mfa.mfa);
    const http = await listen((req, res) =>
      middleware(req, res, () => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('the app');
      }),
    );
    try {
      const app = await fetch(`${http.url}/dashboard`);
      assert.equal(await app.text(), 'the app');
      const lookalike = await fetch(`${http.url}/mfa-other/status`);
      assert.equal(
        await lookalike.text(),
        'the app',
        'a prefix that is not a path segment is not ours',
      );
      const ours = await fetch(`${http.url}/mfa/status`, {
        headers: { 'x-test-user': uniqueUser() },
      });
      assert.equal(ours.status, 200);
    } finally {
      await new Promise<void>((resolve) => http.server.close(() => resolve()));
    }
  });

  test('Express-style mounting: uses originalUrl when req.url had the mount path stripped', async () => {
    const middleware = nodeMiddleware(mfa.mfa);
    const http = await listen((req, res) => {
      const mounted = req as IncomingMessage & { originalUrl?: string };
      mounted.originalUrl = req.url;
      req.url = req.url!.replace(/^\/mfa/, '') || '/';
      middleware(req, res, () => res.end('next'));
    });
    try {
      const response = await fetch(`${http.url}/mfa/status`, {
        headers: { 'x-test-user': uniqueUser() },
      });
      assert.equal(response.status, 200);
    } finally {
      await new Promise<void>((resolve) => http.server.close(() => resolve()));
    }
  });

  test('without next(), paths outside the base path get a JSON 404', async () => {
    const http = await listen((req, res) => nodeMiddleware(mfa.mfa)(req, res));
    try {
      const response = await fetch(`${http.url}/elsewhere`);
      assert.equal(response.status, 404);
      assert.equal((await response.json()).code, 'invalid-request');
    } finally {
      await new Promise<void>((resolve) => http.server.close(() => resolve()));
    }
  });
});

describe('responses', () => {
  test('several Set-Cookie headers survive; a throwing handler is a JSON 500', async () => {
    const cookies = await listen(
      toNodeListener(async () => {
        const headers = new Headers({ 'content-type': 'application/json' });
        headers.append('set-cookie', 'a=1; Path=/');
        headers.append('set-cookie', 'b=2; Path=/');
        return new Response('{}', { headers });
      }),
    );
    const throwing = await listen(
      toNodeListener(async () => {
        throw new Error('boom');
      }),
    );
    try {
      const response = await fetch(`${cookies.url}/`);
      assert.deepEqual(response.headers.getSetCookie(), ['a=1; Path=/', 'b=2; Path=/']);
      const failed = await fetch(`${throwing.url}/`);
      assert.equal(failed.status, 500);
      assert.equal((await failed.json()).code, 'unknown');
    } finally {
      await new Promise<void>((resolve) => cookies.server.close(() => resolve()));
      await new Promise<void>((resolve) => throwing.server.close(() => resolve()));
    }
  });
});

/** A raw request to an exact path (fetch and http.request(url) would normalise it first). */
function rawPath(
  url: string,
  options: { method: string; path: string; headers: Record<string, string>; body?: string },
) {
  const { hostname, port } = new URL(url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = httpRequest(
        { hostname, port, method: options.method, path: options.path, headers: options.headers },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end(options.body);
    },
  );
}

describe('the Node path of createMfaHandler (no Web Request or Response in between)', () => {
  let mfa: TestServer;
  let http: { server: Server; url: string };
  before(async () => {
    mfa = await createTestServer();
    http = await listen(toNodeListener(mfa.mfa));
  });
  after(() => new Promise<void>((resolve) => http.server.close(() => resolve())));

  test('answers exactly what the Web entry answers, refusals and odd paths included', async () => {
    const json = { 'content-type': 'application/json' };
    const cases: {
      method: string;
      path: string;
      headers?: Record<string, string>;
      body?: string;
    }[] = [
      { method: 'GET', path: '/mfa/status' },
      { method: 'GET', path: '/mfa/status?x=1&y=/../z' },
      { method: 'GET', path: '/mfa/./status' },
      { method: 'GET', path: '/mfa/devices/../status' },
      { method: 'GET', path: '/mfa/%2e%2e/mfa/status' },
      { method: 'GET', path: '/mfa/totp%2Fverify' },
      { method: 'GET', path: '/mfa/%ZZ' },
      { method: 'GET', path: '/mfa//status' },
      { method: 'GET', path: '/mfa/actions/wallet.export' },
      { method: 'GET', path: '/mfa/actions/wallet%2Eexport' },
      { method: 'GET', path: '/mfa/status', headers: { 'sec-fetch-site': 'cross-site' } },
      { method: 'GET', path: '/elsewhere' },
      { method: 'DELETE', path: '/mfa/status', headers: { origin: ORIGIN } },
      { method: 'POST', path: '/mfa/totp/verify', headers: json, body: '{"code":"123456"}' },
      {
        method: 'POST',
        path: '/mfa/totp/verify',
        headers: { ...json, origin: 'https://evil.example' },
        body: '{"code":"123456"}',
      },
      {
        method: 'POST',
        path: '/mfa/totp/verify',
        headers: { origin: ORIGIN, 'content-type': 'text/plain' },
        body: '{"code":"123456"}',
      },
      {
        method: 'POST',
        path: '/mfa/totp/verify',
        headers: { ...json, origin: ORIGIN },
        body: '{"code":',
      },
      {
        method: 'POST',
        path: '/mfa/totp/verify',
        headers: { ...json, origin: ORIGIN },
        body: '[]',
      },
      {
        method: 'POST',
        path: '/mfa/totp/verify',
        headers: { ...json, origin: ORIGIN },
        body: '{"cod":"1"}',
      },
      {
        method: 'POST',
        path: '/mfa/totp/verify',
        headers: { ...json, origin: ORIGIN },
        body: '{"code":"123456"}',
      },
      { method: 'POST', path: '/mfa/totp/verify', headers: { origin: ORIGIN } },
    ];
    for (const [index, item] of cases.entries()) {
      const label = `${item.method} ${item.path} #${index}`;
      // A user of its own per case and entry, both without a factor: the same state for each.
      const headers = (user: string) => ({ ...item.headers, 'x-test-user': user });
      const viaNode = await rawPath(http.url, { ...item, headers: headers(uniqueUser()) });
      const init: RequestInit = { method: item.method, headers: headers(uniqueUser()) };
      if (item.body !== undefined) init.body = item.body;
      const viaWeb = await mfa.mfa(new Request(`${ORIGIN}${item.path}`, init));
      assert.equal(
        Object.getPrototypeOf(viaWeb),
        Response.prototype,
        `${label}: the Web entry answers a real Response`,
      );
      assert.equal(viaNode.status, viaWeb.status, label);
      const webText = await viaWeb.text();
      const normalise = (text: string) => JSON.stringify(JSON.parse(text));
      assert.equal(normalise(viaNode.body), normalise(webText), label);
      for (const name of ['content-type', 'cache-control', 'allow', 'retry-after']) {
        assert.equal(viaNode.headers[name] ?? null, viaWeb.headers.get(name), `${label}: ${name}`);
      }
      assert.equal(viaNode.headers['content-length'], String(Buffer.byteLength(viaNode.body)));
      assert.equal(viaNode.headers['transfer-encoding'], undefined, `${label}: not chunked`);
    }
    assert.ok(!mfa.logger.events().includes('mfa.server-fault'));
  });

  test("the app's authenticate gets a working Request", async () => {
    const seen: Record<string, unknown> = {};
    const app = await createTestServer({
      authenticate: async (request) => {
        seen['isRequest'] = request instanceof Request;
        seen['headersAreHeaders'] = request.headers instanceof Headers;
        seen['method'] = request.method;
        seen['url'] = request.url;
        seen['cookie'] = request.headers.get('Cookie');
        seen['hasCookie'] = request.headers.has('cookie');
        seen['missing'] = request.headers.get('x-missing');
        // Whether the client sends `connection` depends on its version: not asserted.
        seen['names'] = [...request.headers.keys()].filter((name) => name !== 'connection');
        seen['clonedBody'] = await request.clone().text();
        seen['throwsOnBadName'] = (() => {
          try {
            request.headers.get('bad name');
            return false;
          } catch (error) {
            return error instanceof TypeError;
          }
        })();
        const user = uniqueUser();
        return { userId: user, userName: user, sessionId: 'session-1' };
      },
    });
    const server = await listen(toNodeListener(app.mfa));
    try {
      const body = '{"code":"12345"}';
      const response = await rawPath(server.url, {
        method: 'POST',
        path: '/mfa/totp/verify?from=test',
        headers: {
          host: 'app.example.test',
          origin: ORIGIN,
          'content-type': 'application/json',
          cookie: 'session=abc',
        },
        body,
      });
      // The route read the body after the app did: not enrolled, not a malformed body.
      assert.equal(response.status, 409, response.body);
      assert.equal(JSON.parse(response.body).code, 'not-enrolled');
      assert.deepEqual(seen, {
        isRequest: true,
        headersAreHeaders: true,
        method: 'POST',
        url: 'http://app.example.test/mfa/totp/verify?from=test',
        cookie: 'session=abc',
        hasCookie: true,
        missing: null,
        names: ['content-length', 'content-type', 'cookie', 'host', 'origin'],
        clonedBody: body,
        throwsOnBadName: true,
      });
    } finally {
      await new Promise<void>((resolve) => server.server.close(() => resolve()));
    }
  });
});
