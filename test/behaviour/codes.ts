import type { MemoryMfaClient } from '../../src/clients/memory/index.js';
import type { ManualClock } from '../../src/clients/memory/manual-clock.js';

/**
 * The `n`-th six-digit code the client's authenticator app does not show now (nor a neighbour
 * step): different for each `n`, as the kit never sends the same code twice by itself.
 */
export function wrongTotp(client: MemoryMfaClient, clock: ManualClock, n: number): string {
  const valid = new Set(
    [-30_000, 0, 30_000].map((offset) => client.totpCode({ at: clock.now() + offset })),
  );
  let candidate = 123456 + n * 1111;
  while (valid.has(String(candidate % 1_000_000).padStart(6, '0'))) candidate++;
  return String(candidate % 1_000_000).padStart(6, '0');
}
