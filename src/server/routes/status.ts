/** GET status · GET actions/{action}: where MFA stands, and whether an action needs it. */
import { buildStatus, loadAccount } from '../account.js';
import type { RouteHandler } from '../context.js';
import { jsonResponse } from '../http.js';
import { actionName } from '../input.js';
import { policyFor } from '../options.js';

export const getStatus: RouteHandler = async (context) => {
  const account = await loadAccount(context.store, context.user);
  return jsonResponse(200, buildStatus(account, context.now));
};

export const getActionRequirement: RouteHandler = async (context) => {
  const action = actionName(context.params['action'], 'action');
  const policy = policyFor(context.options, action);
  let required = policy.required === true;
  if (policy.required === 'if-enrolled')
    required = (await loadAccount(context.store, context.user)).hasFactor;
  return jsonResponse(200, { required });
};
