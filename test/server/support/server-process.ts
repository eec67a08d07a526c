/// <reference types="node" />
// Start test/server/support/test-server.ts as a child process and talk to it over HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const TEST_SERVER = join(here, 'test-server.ts');
const root = resolve(here, '../../..');

export interface ServerProcess {
  port: number;
  /** The allowed origin to send as `Origin`. */
  origin: string;
  child: ChildProcess;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  /** `fetch` to `/mfa/<path>` as `user`, with Origin and JSON set. */
  call(
    user: string,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: any; headers: Headers }>;
  /** Send a signal and wait for the process to end. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function startServerProcess(
  env: Record<string, string | undefined>,
  { timeoutMs = 120_000 } = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', TEST_SERVER], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const ready = await new Promise<{ port: number; origin: string }>((done, fail) => {
    let out = '';
    const timer = setTimeout(
      () => fail(new Error(`test server not ready after ${timeoutMs} ms:\n${stderr}`)),
      timeoutMs,
    );
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) {
        clearTimeout(timer);
        done(JSON.parse(line));
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`test server exited (${code ?? signal}) before it was ready:\n${stderr}`));
    });
  });
  const base = `http://127.0.0.1:${ready.port}/mfa/`;
  return {
    ...ready,
    child,
    stderr: () => stderr,
    async call(user, method, path, body, headers = {}) {
      const response = await fetch(base + path, {
        method,
        headers: {
          origin: ready.origin,
          'x-test-user': user,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return {
        status: response.status,
        body: text ? JSON.parse(text) : null,
        headers: response.headers,
      };
    },
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
