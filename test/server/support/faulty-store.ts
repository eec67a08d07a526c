/**
 * A store that throws from one method a given number of times — inside transactions too — to
 * prove that a server fault changes nothing and spends no attempt.
 */
import type { MfaStore } from '../../../src/server/store/types.js';

export class InjectedFault extends Error {
  override readonly name = 'InjectedFault';
}

export function faultyStore(
  inner: MfaStore,
  method: keyof MfaStore,
  times = 1,
): MfaStore & { faultsLeft(): number } {
  let left = times;
  const wrap = (store: MfaStore): MfaStore =>
    new Proxy(store, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        if (property === 'transaction') {
          return (fn: (tx: MfaStore) => Promise<unknown>) =>
            target.transaction((tx) => fn(wrap(tx)));
        }
        if (property === method) {
          return async (...args: unknown[]) => {
            if (left > 0) {
              left -= 1;
              throw new InjectedFault(`injected fault in ${String(method)}`);
            }
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return (value as (...a: unknown[]) => unknown).bind(target);
      },
    });
  return Object.assign(wrap(inner), { faultsLeft: () => left });
}
