/**
 * A local stand-in for Dynamic's API — for tests and the demo, never for production. See
 * stand-in.ts for what it is; node.ts mounts it; web-test-runner.ts exposes it to browser tests.
 */
export { createDynamicStandIn, type DynamicStandIn } from './stand-in.js';
export { StandInEnvironment, type UserRecord } from './environment.js';
export type { ActionPolicy, EnvironmentOptions, MfaSettings } from './options.js';
export { ACTION_SCOPES } from './options.js';
export { connectMiddleware, koaMiddleware, listen, type RunningStandIn } from './node.js';
