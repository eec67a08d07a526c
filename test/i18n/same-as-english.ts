/**
 * Keys whose text may equal the English, per language: brand-like terms the language really uses
 * as they are (German "Passkey", Portuguese "Status"). Any other value identical to English is
 * reported as untranslated. Add a key here only when a native speaker would write exactly the
 * English word; docs/TRANSLATING.md explains the rule.
 */
export const sameAsEnglish: Readonly<Record<string, readonly string[]>> = {
  de: ['verifyMethodPasskey', 'actionGuardEnrollPasskey', 'flowChoicePasskey', 'devicesTypePasskey', 'devicesState'],
  fr: ['totpIssuer'],
  nb: ['devicesState'], // Norwegian UIs say "Status"
  nl: ['totpAccount', 'devicesState'], // Dutch UIs say "Account" and "Status"
  pt: ['devicesState'],
  da: ['devicesState'], // Danish UIs say "Status"
  sv: ['devicesState'], // Swedish UIs say "Status"
};
