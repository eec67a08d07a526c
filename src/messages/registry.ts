import { devMode } from './dev-mode.js';
import { en, type MessageKey, type MfaMessages, type MfaTranslation } from './en.js';
import { formatMessage, intlLocale } from './format.js';
import type { Message, MessageParams } from './message-types.js';

type Strings = Partial<Record<MessageKey, Message>>;

const translations = new Map<string, Strings>([['en', en]]);
/** Bumped by every registration, so a resolution made at another version is redone. */
export let messagesVersion = 0;

function register(lang: string, messages: Partial<MfaTranslation>, beneath: boolean): void {
  const key = lang.toLowerCase();
  const registered = translations.get(key);
  translations.set(
    key,
    beneath
      ? { ...(messages as Strings), ...registered }
      : { ...registered, ...(messages as Strings) },
  );
  messagesVersion++;
}

/**
 * Add or extend a language; `lang` is a BCP 47 tag such as `de` or `pt-BR` (any case). A
 * language module (`mfa-elements/i18n/de.js`) calls this with every string.
 */
export const registerMessages = (lang: string, messages: Partial<MfaTranslation>): void =>
  register(lang, messages, false);

/** Add strings that existing registrations override (a lazily loaded view's English defaults). */
export const registerDefaultMessages = (lang: string, messages: Partial<MfaTranslation>): void =>
  register(lang, messages, true);

/** `pt-BR` → `['pt-br', 'pt']`; `zh-Hant-TW` → `['zh-hant-tw', 'zh-hant', 'zh']`. */
export function languageChain(lang: string): string[] {
  const parts = lang.toLowerCase().split(/[-_]/);
  return parts.map((_, index) => parts.slice(0, parts.length - index).join('-')).filter(Boolean);
}

/**
 * The strings for `lang`: each key from the exact tag (`pt-br`), else the shorter tags (`pt`),
 * else English; `overrides` win over all. Messages with placeholders become functions that format
 * with `Intl` for the language their text is in.
 */
export function resolveMessages(lang: string, overrides?: Partial<MfaTranslation>): MfaMessages {
  const locale = intlLocale(lang);
  const own = languageChain(lang).flatMap((tag) => translations.get(tag) ?? []);
  if (devMode())
    void import('./missing-keys.js').then((module) => module.warnMissingKeys(lang, own, en));
  const layers = [(overrides ?? {}) as Strings, ...own];
  const english = translations.get('en') as Strings;
  const resolved: Record<string, unknown> = {};
  const keys = new Set(
    [english, ...layers].flatMap((layer) => Object.keys(layer)),
  ) as Set<MessageKey>;
  for (const key of keys) {
    const found = layers.find((layer) => layer[key] !== undefined)?.[key];
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs it
    const message = found ?? (english[key] as Message);
    // A string that fell back to English is formatted as English (its plural forms, its numbers).
    const messageLocale = found === undefined ? 'en' : locale;
    const reference = english[key] ?? message;
    resolved[key] =
      typeof reference !== 'string' || reference.includes('{')
        ? (params: MessageParams) => formatMessage(messageLocale, message, params)
        : formatMessage(messageLocale, message);
  }
  return resolved as MfaMessages;
}
