/**
 * The handler's store while it opens: opened once, on `ready()` or the first request; requests
 * that come earlier wait for it (at most `waitMs`), and a store that failed to open, or takes
 * longer, answers `StoreUnavailableError` (the handler turns it into a 503) instead of a hang.
 */
import { describeFault, type MfaLogger } from './logger.js';
import type { MfaStore } from './store/types.js';

/** The store could not be opened (see `cause`), or was not open within the wait. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}

/** No app's user: ids come from `authenticate`, which never returns an empty one. */
const WARM_UP_ID = '';

export interface StoreOpening {
  /** The open store; waits while it opens. Rejects with `StoreUnavailableError`. */
  get(): Promise<MfaStore>;
  /** Start opening now, if not yet; resolves once the store is open and migrated. */
  ready(): Promise<void>;
  /** Close the store if it was opened. */
  close(): Promise<void>;
}

export function storeOpening(
  open: () => Promise<MfaStore>,
  { waitMs, logger }: { waitMs: number; logger: MfaLogger },
): StoreOpening {
  let opened: MfaStore | undefined;
  let pending: Promise<MfaStore> | undefined;
  let warmedUp: Promise<void> | undefined;
  const start = (): Promise<MfaStore> =>
    (pending ??= (async () => {
      try {
        opened = await open();
        return opened;
      } catch (error) {
        // Logged once, here; every request after it gets the same refusal.
        logger.error('mfa.store.unavailable', describeFault(error));
        throw new StoreUnavailableError('mfa-elements: the store could not be opened', {
          cause: error,
        });
      }
    })());

  const waitForOpen = (): Promise<MfaStore> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new StoreUnavailableError(`mfa-elements: the store was not open after ${waitMs} ms`),
          ),
        waitMs,
      );
    });
    return Promise.race([start(), late]).finally(() => clearTimeout(timer));
  };

  return {
    // Once open, no timer and no race: the store itself.
    get: () => (opened !== undefined ? Promise.resolve(opened) : waitForOpen()),
    ready: async () => {
      const store = await start();
      // One read before serving: the database's first statement loads its catalogs and compiles
      // the account function (over half a second of PGlite's WebAssembly on a busy machine),
      // which would otherwise stall the first request and every other one with it. Best effort:
      // a failing read will show on the requests themselves.
      await (warmedUp ??= store.getAccount(WARM_UP_ID, WARM_UP_ID).then(
        () => {},
        () => {},
      ));
    },
    close: async () => {
      if (pending === undefined) return;
      const store = await pending.catch(() => undefined);
      await store?.close();
    },
  };
}
