/**
 * Keys whose text may equal the English, per language: brand-like terms the language really uses
 * as they are (German "Passkey", Portuguese "Status"). Any other value identical to English is
 * reported as untranslated. Add a key here only when a native speaker would write exactly the
 * English word; docs/TRANSLATING.md explains the rule.
 */
export const sameAsEnglish: Readonly<Record<string, readonly string[]>> = {
  de: [
    'verifyMethodPasskey',
    'actionGuardEnrollPasskey',
    'flowChoicePasskey',
    'devicesTypePasskey',
    'devicesState',
  ],
  fr: ['totpIssuer'],
  // Italian: "passkey" is Apple's and Google's Italian term; "account" is the standard Italian UI word.
  it: [
    'totpAccount',
    'verifyMethodPasskey',
    'actionGuardEnrollPasskey',
    'flowChoicePasskey',
    'devicesTypePasskey',
  ],
  pt: ['devicesState'],
  // Indonesian: "Status" is the Indonesian word (KBBI) and the label Google's Indonesian UI uses.
  id: ['devicesState'],
  // Malay: "Status" is the Malay word (DBP) and the label Google's Malay UI uses.
  ms: ['devicesState'],
  nb: ['devicesState'], // Norwegian UIs say "Status"
  no: ['devicesState'], // the same Bokmål strings as nb
  nl: ['totpAccount', 'devicesState'], // Dutch UIs say "Account" and "Status"
  da: ['devicesState'], // Danish UIs say "Status"
  sv: ['devicesState'], // Swedish UIs say "Status"
};
