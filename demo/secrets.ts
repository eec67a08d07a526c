/**
 * What this page has seen that must never travel in an event: codes typed into the demo's own
 * fields, the setup key the enrollment showed, the codes the demo helper computed, the recovery
 * codes on screen. The event log checks every event detail against this list.
 */
const seen = new Set<string>();

/** Compare without spaces, dashes or case: `abcd-efgh` and `ABCD EFGH` are the same secret. */
export function normalize(text: string): string {
  return text.replace(/[\s-]/g, '').toUpperCase();
}

/** Remember a sensitive value (ignored when shorter than six characters: too likely by chance). */
export function rememberSecret(value: string | null | undefined): void {
  const normalized = normalize(value ?? '');
  if (normalized.length >= 6) seen.add(normalized);
}

/** Recovery codes and setup keys currently drawn by elements on the page (their shown text). */
function shownSecrets(): string[] {
  const found: string[] = [];
  for (const host of document.querySelectorAll('mfa-recovery-codes, mfa-totp-enroll')) {
    for (const node of host.shadowRoot?.querySelectorAll('[part~="code"], [part~="secret"]') ??
      []) {
      if (node.textContent) found.push(node.textContent);
    }
  }
  return found;
}

/** The sensitive values found in `text` (normally none). */
export function leakedSecrets(text: string): string[] {
  for (const value of shownSecrets()) rememberSecret(value);
  const haystack = normalize(text);
  return [...seen].filter((secret) => haystack.includes(secret));
}

export function forgetSecrets(): void {
  seen.clear();
}
