import type { Message, MessageParam, MessageParams } from './message-types.js';

/** Intl objects are costly to create; a page uses a handful of locales. */
const cache = new Map<string, Intl.PluralRules | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.PluralRules | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DateTimeFormat>(
  key: string,
  create: () => T,
): T {
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

/** A wait as the language says it: "in 45 seconds", "dans 2 minutes", "через 45 секунд". */
function relativeTime(locale: string, seconds: number): string {
  const format = cached(`r${locale}`, () => new Intl.RelativeTimeFormat(locale));
  const whole = Math.max(0, Math.ceil(seconds));
  return whole < 60 ? format.format(whole, 'second') : format.format(Math.ceil(whole / 60), 'minute');
}

function formatParam(locale: string, name: string, value: MessageParam): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return cached(`d${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long' })).format(value);
  return name === 'time' ? relativeTime(locale, value) : cached(`n${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/**
 * A message's text in `locale` (a tag `intlLocale` accepted): for a plural, the category
 * `Intl.PluralRules` picks for `params.count` (or `other` when the language's file lacks it);
 * then every `{placeholder}` formatted. An unknown placeholder stays as it is, which the
 * language tests catch.
 */
export function formatMessage(locale: string, message: Message, params: MessageParams = {}): string {
  const text =
    typeof message === 'string'
      ? message
      : (message[cached(`p${locale}`, () => new Intl.PluralRules(locale)).select(Number(params['count']))] ?? message.other);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : formatParam(locale, name, params[name] as MessageParam),
  );
}
