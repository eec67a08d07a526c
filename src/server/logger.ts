/**
 * Where the server reports what happened (replays, lockouts, server faults). Fields are ids,
 * counts and reasons — by construction never a secret, a code, a recovery code or a token value
 * (docs/SECURITY.md 5, 23); tests capture the logger and console to check it.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface MfaLogger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export const consoleLogger: MfaLogger = {
  info: (event, fields) => console.info(`[mfa] ${event}`, fields ?? {}),
  warn: (event, fields) => console.warn(`[mfa] ${event}`, fields ?? {}),
  error: (event, fields) => console.error(`[mfa] ${event}`, fields ?? {}),
};

/** What a fault may say in the log: its kind and SQLSTATE, not its message (which may quote values). */
export function describeFault(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error: typeof error };
  const code = (error as { code?: unknown }).code;
  return { error: error.name, sqlState: typeof code === 'string' ? code : undefined };
}
