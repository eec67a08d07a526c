/**
 * POST tokens/verify {token, action?, scope?}: `verifyMfaToken` over HTTP, for apps written in
 * another language. It consumes single-use tokens like the in-process helper. Without `action`,
 * a `scope` is required and the token must not be bound to an action.
 */
import type { RouteHandler } from '../context.js';
import { jsonResponse } from '../http.js';
import { actionName, invalid, optional, parseBody, string } from '../input.js';
import { checkActionToken } from '../verify-token.js';

/** The action name used for scope-only checks; no real action can have it (it fails ACTION_PATTERN). */
const NO_ACTION = '';

export const verifyTokenRoute: RouteHandler = async (context) => {
  const input = parseBody(context.body, {
    token: string(128),
    action: optional(actionName),
    scope: optional(string(64)),
  });
  if (input.action === undefined && input.scope === undefined)
    throw invalid('Give an "action", a "scope", or both.');
  const { options, store, user, now } = context;
  const result = await checkActionToken(
    input.action === undefined
      ? { ...options, actions: { [NO_ACTION]: { required: true, token: 'persistent' } } }
      : options,
    store,
    user,
    input.token,
    { action: input.action ?? NO_ACTION, ...(input.scope !== undefined && { scope: input.scope }) },
    now,
  );
  return jsonResponse(200, result);
};
