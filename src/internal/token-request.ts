import type { TokenRequest } from '../client/types.js';

/**
 * The token an element asks for, from its `token` and `scopes` attributes:
 * `scopes="wallet:export credential:unlink"` asks for step-up scopes (single-use with
 * `token="single-use"`, else persistent); otherwise `token="single-use"` or `token="persistent"`
 * asks for an MFA token; neither asks for nothing.
 */
export function tokenRequestFrom(
  token: string | undefined,
  scopes: string | undefined,
): TokenRequest | undefined {
  const list = scopeList(scopes);
  if (list.length > 0)
    return token === 'single-use' ? { scopes: list, singleUse: true } : { scopes: list };
  if (token === 'single-use') return { singleUse: true };
  if (token === 'persistent') return { singleUse: false };
  return undefined;
}

/** `scopes="wallet:export  credential:unlink"` → `['wallet:export', 'credential:unlink']`. */
export function scopeList(scopes: string | undefined): string[] {
  return (scopes ?? '').split(/\s+/).filter(Boolean);
}
