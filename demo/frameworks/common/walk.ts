// What the four example apps share besides their markup: the client and the sign-in form's
// handler, so each app shows only its framework's way of binding them.
import { MfaError } from 'mfa-elements';
import { createMemoryClient } from 'mfa-elements/testing';

// The in-page memory client (never in production: it keeps the secrets in the page).
export const client = createMemoryClient({ actions: { 'wallet.export': true } });

/** Verifies the `code` a sign-in form holds and says how it went, for the page to show. */
export async function verifySignIn(form: HTMLFormElement): Promise<string> {
  const code = new FormData(form).get('code');
  try {
    const proof = await client.verifyTotp({ code: String(code ?? '') });
    return `Verified with ${proof.method}`;
  } catch (error) {
    return error instanceof MfaError ? `Refused: ${error.code}` : 'Refused';
  }
}
