/**
 * The mocha globals web-test-runner gives browser tests (`describe`, `it`, hooks), typed for
 * `npm run typecheck`. @types/mocha is not installed and tsconfig.json sets `"types": []`, so the
 * small subset the tests use is declared here. Declared as functions so they merge harmlessly.
 */
declare namespace Mocha {
  interface Context {
    timeout(ms: number): this;
    slow(ms: number): this;
    retries(n: number): this;
    skip(): never;
  }
  type Done = (error?: unknown) => void;
  type Func = (this: Context, done: Done) => void;
  type AsyncFunc = (this: Context) => PromiseLike<unknown> | void;
  interface Runnable {
    timeout(ms: number): this;
  }
}

declare function describe(title: string, fn: (this: Mocha.Context) => void): void;
declare function it(title: string, fn?: Mocha.Func | Mocha.AsyncFunc): Mocha.Runnable;
declare function before(fn: Mocha.Func | Mocha.AsyncFunc): void;
declare function after(fn: Mocha.Func | Mocha.AsyncFunc): void;
declare function beforeEach(fn: Mocha.Func | Mocha.AsyncFunc): void;
declare function afterEach(fn: Mocha.Func | Mocha.AsyncFunc): void;
