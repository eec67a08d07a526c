import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveController } from 'lit';
import { MfaError, toMfaError } from '../client/errors.js';
import type { MfaClient } from '../client/types.js';
import { MfaErrorEvent } from '../events/mfa-error.js';
import type { MfaClientElement } from '../internal/mfa-client-element.js';

export interface ClientCallConfig<Args extends readonly unknown[], Result> {
  /** The one client call this controller makes; pass `signal` on to the client. */
  call: (client: MfaClient, args: Args, signal: AbortSignal) => Promise<Result>;
  onSuccess?: (result: Result, args: Args) => void;
  /** After the `mfa-error` event was fired (or not, for an error `notFailure` accepts). */
  onError?: (error: MfaError, args: Args) => void;
  /**
   * Errors that are an outcome rather than a failure (the user cancelling a passkey sheet): no
   * `mfa-error` is fired for them; the call still ends in `error` and `onError` still runs.
   */
  notFailure?: (error: MfaError) => boolean;
}

/** A value box the controller can empty, so a secret does not outlive its step inside the Task. */
interface Box<T> {
  value: T | undefined;
}

export type ClientCallStatus = 'initial' | 'pending' | 'complete' | 'error';

const statusNames: Record<number, ClientCallStatus> = {
  [TaskStatus.INITIAL]: 'initial',
  [TaskStatus.PENDING]: 'pending',
  [TaskStatus.COMPLETE]: 'complete',
  [TaskStatus.ERROR]: 'error',
};

/**
 * Every async client call of every element goes through this: it finds the client, passes an
 * `AbortSignal` (aborted when the element leaves the page or the call is started again), maps
 * failures to `MfaError`, fires `mfa-error`, and toggles `:state(pending)` on the host.
 *
 * Arguments never enter the underlying Task (it keeps its last arguments), so a code passed to
 * `run()` is not retained after the call.
 */
export class ClientCall<Args extends readonly unknown[], Result> implements ReactiveController {
  private readonly host: MfaClientElement;
  private readonly config: ClientCallConfig<Args, Result>;
  private readonly task: Task<[number], Box<Result>>;
  private readonly argsByRun = new Map<number, Args>();
  private runs = 0;

  constructor(host: MfaClientElement, config: ClientCallConfig<Args, Result>) {
    this.host = host;
    this.config = config;
    host.addController(this);
    this.task = new Task<[number], Box<Result>>(host, {
      autoRun: false,
      task: ([run], { signal }) => this.perform(run, signal),
    });
  }

  get status(): ClientCallStatus {
    return statusNames[this.task.status] ?? 'initial';
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** The last result, until `reset()`. */
  get value(): Result | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value?.value : undefined;
  }

  get error(): MfaError | undefined {
    return this.task.status === TaskStatus.ERROR ? (this.task.error as MfaError) : undefined;
  }

  /** Start the call; a call already under way is aborted. Resolves when this run settles. */
  async run(...args: Args): Promise<void> {
    const run = ++this.runs;
    this.argsByRun.set(run, args);
    await this.task.run([run]);
  }

  abort(): void {
    this.task.abort();
  }

  /** Forget the last result (e.g. a TOTP secret) once its step is over. */
  reset(): void {
    this.abort();
    const box = this.task.value;
    if (box) box.value = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.abort();
  }

  private async perform(
    run: number,
    signal: AbortSignal,
  ): Promise<Box<Result> | typeof initialState> {
    const args = this.argsByRun.get(run) as Args;
    this.argsByRun.delete(run);
    const client = this.host.activeClient;
    if (!client) {
      const error = new MfaError(
        'unknown',
        'No MfaClient: put the element inside <mfa-provider> or set .client',
      );
      this.host.missingClient?.noteUse();
      this.fail(error, args);
      throw error;
    }
    this.host.trackPending(1);
    try {
      const result = await this.config.call(client, args, signal);
      if (signal.aborted) return initialState;
      this.config.onSuccess?.(result, args);
      return { value: result };
    } catch (caught) {
      // An aborted call is not a failure: the element left or the user started over.
      if (signal.aborted) return initialState;
      const error = toMfaError(caught);
      this.fail(error, args);
      throw error;
    } finally {
      this.host.trackPending(-1);
    }
  }

  private fail(error: MfaError, args: Args): void {
    if (this.config.notFailure?.(error)) {
      this.config.onError?.(error, args);
      return;
    }
    this.host.dispatchEvent(
      new MfaErrorEvent({
        code: error.code,
        message: this.host.describeError(error),
        ...(error.retryAfter === undefined ? {} : { retryAfter: error.retryAfter }),
      }),
    );
    this.config.onError?.(error, args);
  }
}
