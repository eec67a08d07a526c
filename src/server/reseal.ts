/**
 * Secrets stored before the app configured an `encryptionKey` were kept as `plain:` text. Once a
 * key is given, they are sealed (docs/SECURITY.md 5): each row is rewritten by one conditional
 * UPDATE that applies only if the row still holds the plaintext it was read with, so a device
 * replaced or confirmed meanwhile, or another instance sealing at the same time, is never
 * overwritten. The handler runs this once, in the background, when it first opens its store;
 * `mfa.sealPlaintextSecrets()` runs it on demand.
 */
import type { MfaLogger } from './logger.js';
import type { SecretBox } from './secret-box.js';
import { totpSecretContext } from './totp-secret.js';
import type { MfaStore } from './store/types.js';

const BATCH = 100;

/** Seal every plaintext TOTP secret; resolves with how many rows this call sealed. */
export async function sealPlaintextSecrets(
  store: MfaStore,
  box: SecretBox,
  logger: MfaLogger,
): Promise<number> {
  if (!box.encrypts) return 0;
  let sealed = 0;
  for (;;) {
    const rows = await store.listPlaintextTotpSecrets(BATCH);
    if (rows.length === 0) break;
    let progressed = false;
    for (const row of rows) {
      const context = totpSecretContext(row.id);
      const secret = await box.open(row.secretSealed, context);
      if (
        await store.replaceTotpSecret(row.id, row.secretSealed, await box.seal(secret, context))
      ) {
        sealed += 1;
        progressed = true;
      }
    }
    // Rows another instance sealed first are gone from the next page; stop if none moved.
    if (!progressed || rows.length < BATCH) break;
  }
  if (sealed > 0) logger.info('mfa.secrets.sealed', { count: sealed });
  return sealed;
}
