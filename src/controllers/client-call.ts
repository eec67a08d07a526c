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
  /** The `mfa-error` message, when the view words this call's failures its own way. */
  describe?: (error: MfaError) => string;
  /**
   * Run by itself, with no arguments, before a render of the connected element once it has a
   * client (set or provided after connecting too): once per connection (the Task's `autoRun` over
   * `[connection, ...key]`), and again when `key` changes. `false` holds it back (`manual`,
   * another mode). A run started with `run()` counts as the automatic one for the same connection
   * and key. A new client alone starts nothing: an element moves to it with its next step.
   */
  auto?: () => readonly unknown[] | false;
}

/** What the Task runs for: the connection, `auto()`'s key, and the number of a `run()` (0: automatic). */
type RunKey = readonly unknown[];

/** What an automatic run waits with while `auto()` holds it back. */
const HOLD: RunKey = [];

/** The same connection and key, whichever run number. */
const sameKey = (a: RunKey, b: RunKey): boolean =>
  a.length === b.length && a.every((value, i) => i === a.length - 1 || value === b[i]);

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
  private readonly task: Task<RunKey, Box<Result> | undefined>;
  private readonly argsByRun = new Map<number, Args>();
  private runs = 0;
  private connection = 0;
  /** What the last run was for: an automatic run waits for something else. */
  private ranFor: RunKey = HOLD;

  constructor(host: MfaClientElement, config: ClientCallConfig<Args, Result>) {
    this.host = host;
    this.config = config;
    host.addController(this);
    this.task = new Task<RunKey, Box<Result> | undefined>(host, {
      autoRun: config.auto !== undefined,
      args: () => this.autoKey(),
      // Starts the Task's previous arguments at HOLD (the Task runs on its first update otherwise);
      // `status` reads this empty value as 'initial'.
      initialValue: undefined,
      argsEqual: (_previous, next) => next === HOLD || sameKey(next, this.ranFor),
      task: (key, { signal }) => this.perform(key, signal),
    });
  }

  /** The key of an automatic run now, with run number 0; `HOLD` when there is none to make. */
  private autoKey(): RunKey {
    // Asked once while the Task is being made, before anything may run.
    if (!this.task) return HOLD;
    const extra = this.config.auto?.();
    const client = this.host.activeClient;
    return extra && client && this.host.isConnected ? [this.connection, ...extra, 0] : HOLD;
  }

  get status(): ClientCallStatus {
    const { status, value } = this.task;
    return status === TaskStatus.COMPLETE && !value ? 'initial' : statusNames[status];
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
    const extra = this.config.auto?.();
    await this.task.run([this.connection, ...(extra || []), run]);
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

  hostConnected(): void {
    this.connection++;
    // A new connection is a new automatic run: an update gives the Task its turn.
    if (this.config.auto) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.abort();
  }

  private async perform(
    key: RunKey,
    signal: AbortSignal,
  ): Promise<Box<Result> | typeof initialState> {
    this.ranFor = key;
    const run = key[key.length - 1] as number;
    // An automatic run (number 0) takes no arguments.
    const args = (this.argsByRun.get(run) ?? []) as unknown as Args;
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
        message: this.config.describe?.(error) ?? this.host.describeError(error),
        ...(error.retryAfter === undefined ? {} : { retryAfter: error.retryAfter }),
      }),
    );
    this.config.onError?.(error, args);
  }
}
