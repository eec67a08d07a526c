import { devMode } from './dev-mode.js';
import { en, type MessageKey, type MfaMessages, type MfaTranslation } from './en.js';
import { formatMessage, intlLocale } from './format.js';
import type { Message, MessageParams } from './message-types.js';

type Strings = Partial<Record<MessageKey, Message>>;

const translations = new Map<string, Strings>([['en', en]]);
/** Bumped by every registration, so cached resolutions know they are stale. */
let version = 0;

/** The registrations' version; a resolution made at another version must be redone. */
export function messagesVersion(): number {
  return version;
}

/**
 * Add or extend a language; `lang` is a BCP 47 tag such as `de` or `pt-BR` (any case). A
 * language module (`mfa-elements/i18n/de.js`) calls this with every string.
 */
export function registerMessages(lang: string, messages: Partial<MfaTranslation>): void {
  const key = lang.toLowerCase();
  translations.set(key, { ...translations.get(key), ...(messages as Strings) });
  version++;
}

/** Add strings that existing registrations override (a lazily loaded view's English defaults). */
export function registerDefaultMessages(lang: string, messages: Partial<MfaTranslation>): void {
  const key = lang.toLowerCase();
  translations.set(key, { ...(messages as Strings), ...translations.get(key) });
  version++;
}

/** `pt-BR` → `['pt-br', 'pt']`; `zh-Hant-TW` → `['zh-hant-tw', 'zh-hant', 'zh']`. */
export function languageChain(lang: string): string[] {
  const parts = lang.toLowerCase().split(/[-_]/).filter(Boolean);
  const chain: string[] = [];
  for (let length = parts.length; length > 0; length--) chain.push(parts.slice(0, length).join('-'));
  return chain;
}

const warned = new Set<string>();

/** In development, one warning per language listing the keys it lacks (English shows instead). */
function warnMissing(lang: string): void {
  const primary = languageChain(lang).at(-1);
  if (!primary || primary === 'en' || warned.has(lang.toLowerCase())) return;
  warned.add(lang.toLowerCase());
  // The reference module holds every key, including those of views not loaded yet.
  void import('../i18n/en.js').then(({ english }) => {
    const layers = languageChain(lang).map((tag) => translations.get(tag) ?? {});
    const missing = (Object.keys(english) as MessageKey[]).filter((key) => layers.every((layer) => layer[key] === undefined));
    if (missing.length === 0) return;
    const known = layers.some((layer) => Object.keys(layer).length > 0);
    console.warn(
      known
        ? `mfa-elements: language "${lang}" lacks ${missing.length} strings, shown in English: ${missing.join(', ')}`
        : `mfa-elements: no strings are registered for language "${lang}"; showing English. Import mfa-elements/i18n/<tag>.js.`,
    );
  });
}

/**
 * The strings for `lang`: each key from the exact tag (`pt-br`), else the shorter tags (`pt`),
 * else English; `overrides` win over all. Messages with placeholders become functions that format
 * with `Intl` for the language their text is in.
 */
export function resolveMessages(lang: string, overrides?: Partial<MfaTranslation>): MfaMessages {
  const locale = intlLocale(lang);
  const layers = [overrides as Strings | undefined, ...languageChain(lang).map((tag) => translations.get(tag))].filter(
    (layer): layer is Strings => layer !== undefined,
  );
  const english = translations.get('en') as Strings;
  if (devMode()) warnMissing(lang);
  const resolved: Record<string, string | ((params: MessageParams) => string)> = {};
  const keys = new Set([...Object.keys(english), ...layers.flatMap((layer) => Object.keys(layer))]) as Set<MessageKey>;
  for (const key of keys) {
    const own = layers.find((layer) => layer[key] !== undefined)?.[key];
    const message = own ?? (english[key] as Message);
    // A string that fell back to English is formatted as English (its plural forms, its numbers).
    const messageLocale = own === undefined ? 'en' : locale;
    const reference = english[key] ?? message;
    const takesParams = typeof reference !== 'string' || reference.includes('{');
    resolved[key] = takesParams
      ? (params: MessageParams) => formatMessage(messageLocale, message, params)
      : formatMessage(messageLocale, message);
  }
  return resolved as unknown as MfaMessages;
}
