/**
 * Dynamic's step-up rules (environments whose minimum API version is 2026-04-01,
 * shared/DYNAMIC.md §8): adding a factor needs an elevated `credential:link` token and removing
 * one a `credential:unlink` token, earned by a verification with `requestedScopes`. The SDK
 * attaches a held token to the call that needs it; the adapter's job is to ask for the right
 * scope when the user proves it is them.
 */
import type { DynamicClient } from '@dynamic-labs-sdk/client';

export const LINK_SCOPE = 'credential:link';
export const UNLINK_SCOPE = 'credential:unlink';

/** The kit's action names (elements' guards) → the scope Dynamic checks for them. */
const KIT_ACTION_SCOPES: Record<string, string> = {
  'device.add': LINK_SCOPE,
  'device.delete': UNLINK_SCOPE,
};

/**
 * The kit's own actions always take a fresh proof (docs/SECURITY.md 16), whatever Dynamic's
 * action list says: Dynamic knows no such action, and removing a factor needs an MFA token.
 */
export function isKitAction(action: string): boolean {
  return action in KIT_ACTION_SCOPES || action === 'recovery-codes.regenerate';
}

/** Dynamic's legacy action names → scopes (the mapping Dynamic's React SDK uses). */
const DYNAMIC_ACTION_SCOPES: Record<string, string> = {
  'user.update': 'user:update',
  'wallet.waas.export': 'wallet:export',
  'wallet.waas.refresh': 'wallet:delegate',
  'wallet.waas.reshare': 'wallet:delegate',
  'wallet.waas.sign': 'wallet:sign',
};

/** Whether the environment runs the 2026-04 rules (read from the project settings per call). */
export function usesStepUp(client: DynamicClient): boolean {
  const sdk = client.projectSettings?.sdk as { minApiVersion?: unknown } | undefined;
  return sdk?.minApiVersion === '2026_04_01';
}

/**
 * The scope an action name stands for on 2026-04 rules: the kit's own names, Dynamic's legacy
 * action names, or a scope given directly (`wallet:export`). Undefined: not a step-up scope.
 */
export function scopeOfAction(action: string): string | undefined {
  return (
    KIT_ACTION_SCOPES[action] ??
    DYNAMIC_ACTION_SCOPES[action] ??
    (action.includes(':') ? action : undefined)
  );
}
