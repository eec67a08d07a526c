import type { Message, MessageParam, MessageParams } from './message-types.js';

/** Intl objects are costly to create; a page uses a handful of locales. */
const cache = new Map<
  string,
  Intl.PluralRules | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DateTimeFormat
>();

export function cached<
  T extends Intl.PluralRules | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DateTimeFormat,
>(key: string, create: () => T): T {
  if (!cache.has(key)) cache.set(key, create());
  return cache.get(key) as T;
}

/** A tag Intl accepts (`lang="en_US"` or `lang="x"` would make Intl throw); English otherwise. */
export function intlLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * Placeholders that need more than a number format (`{time}`, `{date}`): their formats arrive
 * with the lazily loaded views that use them (param-formats.ts), not in the initial load.
 */
const paramFormats = new Map<string, (locale: string, value: number | Date) => string>();

export function registerParamFormat(
  name: string,
  format: (locale: string, value: number | Date) => string,
): void {
  paramFormats.set(name, format);
}

function formatParam(locale: string, name: string, value: MessageParam): string {
  if (typeof value === 'string') return value;
  const special = paramFormats.get(name);
  if (special) return special(locale, value);
  return cached(`n${locale}`, () => new Intl.NumberFormat(locale)).format(value as number);
}

/**
 * A message's text in `locale` (a tag `intlLocale` accepted): for a plural, the category
 * `Intl.PluralRules` picks for `params.count` (or `other` when the language's file lacks it);
 * then every `{placeholder}` formatted. An unknown placeholder stays as it is, which the
 * language tests catch.
 */
export function formatMessage(
  locale: string,
  message: Message,
  params: MessageParams = {},
): string {
  const text =
    typeof message === 'string'
      ? message
      : (message[
          cached(`p${locale}`, () => new Intl.PluralRules(locale)).select(Number(params['count']))
        ] ?? message.other);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : formatParam(locale, name, params[name]),
  );
}
