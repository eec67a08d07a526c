import { en, type MfaMessages } from './en.js';

const translations = new Map<string, Partial<MfaMessages>>([['en', en]]);

/**
 * Add or extend a translation; `lang` is a BCP 47 tag such as `de` or `pt-BR`. Lazily loaded
 * element views add their English strings beneath it when they arrive.
 */
export function registerMessages(lang: string, messages: Partial<MfaMessages>): void {
  const key = lang.toLowerCase();
  translations.set(key, { ...translations.get(key), ...messages });
}

/** Add strings that existing registrations override (a lazily loaded view's English defaults). */
export function registerDefaultMessages(lang: string, messages: Partial<MfaMessages>): void {
  const key = lang.toLowerCase();
  translations.set(key, { ...messages, ...translations.get(key) });
}

/** English, then the primary language (`pt`), then the exact tag (`pt-br`), then overrides. */
export function resolveMessages(lang: string, overrides?: Partial<MfaMessages>): MfaMessages {
  const tag = lang.toLowerCase();
  const primary = tag.split('-')[0] ?? tag;
  return {
    ...(translations.get('en') as MfaMessages),
    ...translations.get(primary),
    ...translations.get(tag),
    ...overrides,
  };
}
