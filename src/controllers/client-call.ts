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
   * client (set or provided after connecting too): once per connection (a run for
   * `[connection, ...key]` made in `hostUpdate`), and again when `key` changes. `false` holds it
   * back (`manual`, another mode). A run started with `run()` counts as the automatic one for the
   * same connection and key. A new client alone starts nothing: an element moves to it with its
   * next step.
   */
  auto?: () => readonly unknown[] | false;
}

/** What a call runs for: the connection, `auto()`'s key, and the number of a `run()` (0: automatic). */
type RunKey = readonly unknown[];

/** What an automatic run waits with while `auto()` holds it back. */
const HOLD: RunKey = [];

/** The same connection and key, whichever run number. */
const sameKey = (a: RunKey, b: RunKey): boolean =>
  a.length === b.length && a.every((value, i) => i === a.length - 1 || value === b[i]);

/** A value box the controller can empty, so a secret does not outlive its step. */
interface Box<T> {
  value: T | undefined;
}

export type ClientCallStatus = 'initial' | 'pending' | 'complete' | 'error';

/**
 * Every async client call of every element goes through this: it finds the client, passes an
 * `AbortSignal` (aborted when the element leaves the page or the call is started again), maps
 * failures to `MfaError`, fires `mfa-error`, and toggles `:state(pending)` on the host.
 *
 * Arguments are kept only until their run starts, so a code passed to `run()` is not retained
 * after the call. (`@lit/task`'s `Task` did this before; the part of it this needs — one current
 * call, aborting the one before, a status — is a few lines here, and 0.7 KB gzip less in every
 * page with a view.)
 */
export class ClientCall<Args extends readonly unknown[], Result> implements ReactiveController {
  private readonly host: MfaClientElement;
  private readonly config: ClientCallConfig<Args, Result>;
  private readonly argsByRun = new Map<number, Args>();
  private runs = 0;
  private connection = 0;
  /** What the last run was for: an automatic run waits for something else. */
  private ranFor: RunKey = HOLD;
  /** The number of the current call: the outcome of an earlier one is stale. */
  private callId = 0;
  private controller: AbortController | undefined;
  private state: ClientCallStatus = 'initial';
  private result: Box<Result> | undefined;
  private failure: MfaError | undefined;

  constructor(host: MfaClientElement, config: ClientCallConfig<Args, Result>) {
    this.host = host;
    this.config = config;
    host.addController(this);
  }

  /** The key of an automatic run now, with run number 0; `HOLD` when there is none to make. */
  private autoKey(): RunKey {
    const extra = this.config.auto?.();
    const client = this.host.activeClient;
    return extra && client && this.host.isConnected ? [this.connection, ...extra, 0] : HOLD;
  }

  get status(): ClientCallStatus {
    return this.state;
  }

  get pending(): boolean {
    return this.state === 'pending';
  }

  /** The last result, until `reset()`. */
  get value(): Result | undefined {
    return this.state === 'complete' ? this.result?.value : undefined;
  }

  get error(): MfaError | undefined {
    return this.state === 'error' ? this.failure : undefined;
  }

  /** Start the call; a call already under way is aborted. Resolves when this run settles. */
  async run(...args: Args): Promise<void> {
    const run = ++this.runs;
    this.argsByRun.set(run, args);
    const extra = this.config.auto?.();
    await this.start([this.connection, ...(extra || []), run]);
  }

  abort(): void {
    if (this.state === 'pending') this.controller?.abort();
  }

  /** Forget the last result (e.g. a TOTP secret) once its step is over. */
  reset(): void {
    this.abort();
    if (this.result) this.result.value = undefined;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.connection++;
    // A new connection is a new automatic run: it starts in the update this asks for.
    if (this.config.auto) this.host.requestUpdate();
  }

  /** Before each render: the automatic run, when there is one to make that has not been made. */
  hostUpdate(): void {
    if (!this.config.auto) return;
    const key = this.autoKey();
    if (key !== HOLD && !sameKey(key, this.ranFor)) void this.start(key);
  }

  hostDisconnected(): void {
    this.abort();
  }

  /** Makes `key`'s call the current one (aborting the one before) and records how it ends. */
  private async start(key: RunKey): Promise<void> {
    this.abort();
    this.state = 'pending';
    this.host.requestUpdate();
    const id = ++this.callId;
    const controller = (this.controller = new AbortController());
    let outcome: Box<Result> | undefined;
    let failure: MfaError | undefined;
    try {
      outcome = await this.perform(key, controller.signal);
    } catch (caught) {
      failure = caught as MfaError;
    }
    if (id !== this.callId) return;
    // An aborted call ends where nothing was asked yet; its earlier result is not brought back.
    this.state = failure ? 'error' : outcome ? 'complete' : 'initial';
    if (outcome || failure) {
      this.result = outcome;
      this.failure = failure;
    }
    this.host.requestUpdate();
  }

  /** The call itself: its result in a box, `undefined` when aborted; throws an `MfaError`. */
  private async perform(key: RunKey, signal: AbortSignal): Promise<Box<Result> | undefined> {
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
      if (signal.aborted) return undefined;
      this.config.onSuccess?.(result, args);
      return { value: result };
    } catch (caught) {
      // An aborted call is not a failure: the element left or the user started over.
      if (signal.aborted) return undefined;
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
