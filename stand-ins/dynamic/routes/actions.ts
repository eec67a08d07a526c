/**
 * Not a Dynamic endpoint: the stand-in's idea of the APP's own server, so the demo can show a
 * guarded action end to end. POST stand-in/actions/{action} runs the action when it needs no MFA,
 * or when the request carries a token for it (an MFA token in `x-mfa-auth-token`, or an elevated
 * token with the action's scope in `x-dyn-elevated-access-token`); single-use tokens work once.
 */
import { ACTION_SCOPES } from '../options.js';
import { json, mfaRequired } from '../http.js';
import type { RouteContext } from './context.js';

export async function runAction({ request, env, params }: RouteContext): Promise<Response> {
  const caller = await env.caller(request);
  env.requireFull(caller);
  const action = params['action'] ?? '';
  if (env.actionNeedsMfa(action, caller.user)) {
    const scope = ACTION_SCOPES[action] ?? action;
    if (!(await env.acceptProof(request, caller.user, scope)))
      throw mfaRequired(`MFA is required for ${action}`);
  }
  return json({ ok: true, action });
}
