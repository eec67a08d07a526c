/**
 * The stand-in inside web-test-runner: Koa middleware at `/dynamic-api` (same origin as the test
 * page, so passkeys see the page's origin), and commands a browser test sends with
 * `executeServerCommand` to set up what only the server side can:
 *
 *   'dynamic-create-environment' { mfa?, rateLimit?, sessionSeconds?, freshProofSeconds?, issuer? }
 *        → { environmentId, apiBaseUrl }   (a manual clock, starting now)
 *   'dynamic-external-jwt'       { environmentId, userId, phone? }    → { jwt }
 *   'dynamic-email-code' / 'dynamic-sms-code' { environmentId, userId } → { code | null }
 *   'dynamic-advance-clock'      { environmentId, ms }                → { now }
 *   'dynamic-authorize-action'   { environmentId, userId, action, token } → { ok }
 *   'dynamic-delete-environment' { environmentId }                    → { ok }
 *
 * Each test makes its own environment, so test files running in parallel do not meet.
 * The config loads this TypeScript file through tsx (`tsImport`).
 */
import { ManualClock } from '../../src/clients/memory/manual-clock.js';
import { koaMiddleware } from './node.js';
import type { UserPhone } from './environment.js';
import type { EnvironmentOptions } from './options.js';
import { createDynamicStandIn } from './stand-in.js';

export const DYNAMIC_API_PATH = '/dynamic-api';

const standIn = createDynamicStandIn();
const clocks = new Map<string, ManualClock>();

export function dynamicStandInMiddleware() {
  return koaMiddleware(standIn, DYNAMIC_API_PATH);
}

type Payload = Record<string, unknown>;

function environmentOf(payload: Payload) {
  const id = String(payload['environmentId']);
  const env = standIn.environment(id);
  if (!env) throw new Error(`no stand-in environment ${id}`);
  return env;
}

export function dynamicStandInCommands() {
  return {
    name: 'dynamic-stand-in-commands',
    async executeCommand({
      command,
      payload = {},
    }: {
      command: string;
      payload?: Payload;
    }): Promise<unknown> {
      if (!command.startsWith('dynamic-')) return undefined;
      switch (command) {
        case 'dynamic-create-environment': {
          const clock = new ManualClock();
          const options: EnvironmentOptions = {
            ...(payload as EnvironmentOptions),
            now: () => clock.now(),
          };
          const env = await standIn.createEnvironment(options);
          clocks.set(env.id, clock);
          return {
            environmentId: env.id,
            apiBaseUrl: `${DYNAMIC_API_PATH}/api/v0`,
            now: clock.now(),
          };
        }
        case 'dynamic-external-jwt':
          return {
            jwt: await environmentOf(payload).externalJwt(
              String(payload['userId']),
              undefined,
              payload['phone'] as UserPhone | undefined,
            ),
          };
        case 'dynamic-advance-clock': {
          const clock = clocks.get(environmentOf(payload).id)!;
          return { now: clock.advance(Number(payload['ms'])) };
        }
        case 'dynamic-authorize-action': {
          const env = environmentOf(payload);
          return {
            ok: await env.authorizeAction(
              String(payload['action']),
              String(payload['userId']),
              String(payload['token']),
            ),
          };
        }
        case 'dynamic-email-code':
          // The stand-in's outbox: the code "emailed" to the user, for the test to type.
          return {
            code: environmentOf(payload).emailCodes.outbox(String(payload['userId'])) ?? null,
          };
        case 'dynamic-sms-code':
          // The stand-in's outbox of text messages, the same way.
          return {
            code: environmentOf(payload).smsCodes.outbox(String(payload['userId'])) ?? null,
          };
        case 'dynamic-delete-environment': {
          const env = environmentOf(payload);
          standIn.deleteEnvironment(env.id);
          clocks.delete(env.id);
          return { ok: true };
        }
        default:
          throw new Error(`Unknown command ${command}`);
      }
    },
  };
}
