import type { Message, MessageParam, MessageParams, PluralMessage } from './message-types.js';

const PLACEHOLDER = /\{(\w+)\}/g;

/** Intl objects are costly to create; a page uses a handful of locales. */
const cache = new Map<string, Intl.PluralRules | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.PluralRules | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DateTimeFormat>(
  key: string,
  create: () => T,
): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

/** A tag Intl accepts (`lang="en_US"` or `lang="x"` would make Intl throw); English otherwise. */
export function intlLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The plural category's text, or `other` when the language's file lacks that category. */
export function pluralText(locale: string, message: PluralMessage, count: number): string {
  const category = cached(`p:${locale}`, () => new Intl.PluralRules(locale)).select(count);
  return message[category] ?? message.other;
}

/** A wait as the language says it: "in 45 seconds", "dans 2 minutes", "через 45 секунд". */
function relativeTime(locale: string, seconds: number): string {
  const format = cached(`r:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'long' }));
  const whole = Math.max(0, Math.ceil(seconds));
  if (whole < 60) return format.format(whole, 'second');
  if (whole < 3600) return format.format(Math.ceil(whole / 60), 'minute');
  return format.format(Math.ceil(whole / 3600), 'hour');
}

function formatParam(locale: string, name: string, value: MessageParam): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return cached(`d:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long' })).format(value);
  if (name === 'time') return relativeTime(locale, value);
  return cached(`n:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/**
 * A message's text in `locale` (a tag `intlLocale` accepted): the plural category of
 * `params.count`, then every `{placeholder}` formatted. An unknown placeholder stays as it is,
 * which a test of the language catches.
 */
export function formatMessage(locale: string, message: Message, params: MessageParams = {}): string {
  const text = typeof message === 'string' ? message : pluralText(locale, message, Number(params['count'] ?? 0));
  if (!text.includes('{')) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : formatParam(locale, name, value);
  });
}
