/**
 * A minimal MfaClient for tests of the shared plumbing (controllers, provider): every call is
 * recorded with its AbortSignal and stays pending until the test settles it. Element tests use
 * the memory client from src/clients/memory instead.
 */
import type { MfaClient, MfaStatus } from '../../src/client/types.js';

export interface RecordedCall {
  method: keyof MfaClient;
  input: unknown;
  signal: AbortSignal | undefined;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  settled: Promise<unknown>;
}

export interface DeferredClient extends MfaClient {
  calls: RecordedCall[];
  /** The latest call. */
  last(): RecordedCall;
}

export const idleStatus: MfaStatus = {
  pending: null,
  methods: [],
  devices: [],
  recoveryCodesRemaining: 0,
};

/**
 * @param honourAbort reject with an AbortError as soon as the signal aborts, as real clients do.
 */
export function createDeferredClient({ honourAbort = true } = {}): DeferredClient {
  const calls: RecordedCall[] = [];
  const record =
    (method: keyof MfaClient) =>
    (input?: unknown, options?: unknown): Promise<never> => {
      const signal =
        (input as { signal?: AbortSignal } | undefined)?.signal ??
        (options as { signal?: AbortSignal } | undefined)?.signal;
      let resolve!: (value: unknown) => void;
      let reject!: (error: unknown) => void;
      const settled = new Promise<never>((ok, fail) => {
        resolve = ok as (value: unknown) => void;
        reject = fail;
      });
      if (honourAbort && signal) {
        signal.addEventListener(
          'abort',
          () => reject(new DOMException('The call was aborted', 'AbortError')),
          { once: true },
        );
      }
      calls.push({ method, input, signal, resolve, reject, settled });
      return settled;
    };
  const client = {
    calls,
    last() {
      const call = calls.at(-1);
      if (!call) throw new Error('no call was made');
      return call;
    },
    status: record('status'),
    enrollTotp: record('enrollTotp'),
    verifyTotp: record('verifyTotp'),
    enrollPasskey: record('enrollPasskey'),
    verifyPasskey: record('verifyPasskey'),
    deleteDevice: record('deleteDevice'),
    recoveryCodes: record('recoveryCodes'),
    acknowledgeRecoveryCodes: record('acknowledgeRecoveryCodes'),
    verifyRecoveryCode: record('verifyRecoveryCode'),
    isRequiredForAction: record('isRequiredForAction'),
  };
  return client;
}
