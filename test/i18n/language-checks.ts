/**
 * The checks every language must pass against English (the reference): same keys, same kind of
 * message (string or plural), same placeholders, every plural category of the language written
 * and formatting to a complete sentence, nothing left in English unless allowed. Shared by the
 * node test (test/i18n/languages.test.ts) and `node --import tsx scripts/check-language.mjs <tag>`.
 */
import { formatMessage } from '../../src/messages/format.js';
import type { Message } from '../../src/messages/message-types.js';

type Strings = Readonly<Record<string, Message>>;

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const left = [...new Set(a)].sort();
  const right = [...new Set(b)].sort();
  return left.length === right.length && left.every((item, index) => item === right[index]);
};

/** A number `Intl.PluralRules(tag)` puts in `category` (integers first, then decimals). */
export function sampleFor(tag: string, category: string): number {
  const rules = new Intl.PluralRules(tag);
  const integers = Array.from({ length: 201 }, (_, n) => n);
  for (const n of [...integers, 1000, 10_000, 100_000, 1_000_000, 0.5, 1.5, 2.5, 0.1, 1.1])
    if (rules.select(n) === category) return n;
  throw new Error(`no sample number for plural category ${category} of ${tag}`);
}

/** Values for a message's placeholders, of the type each name takes. */
function sampleParams(
  names: readonly string[],
  count: number,
): Record<string, string | number | Date> {
  const params: Record<string, string | number | Date> = {};
  for (const name of names)
    params[name] =
      name === 'count'
        ? count
        : name === 'time'
          ? 45
          : name === 'date'
            ? new Date(2026, 0, 31)
            : 'Sample';
  return params;
}

/** Problems of `messages` (the language merged with its fallback chain) for `tag`; empty when it passes. */
export function checkLanguage(
  tag: string,
  messages: Strings,
  english: Strings,
  allowedSame: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories as string[];
  for (const key of Object.keys(messages))
    if (!(key in english)) problems.push(`${key}: not a key of English`);
  for (const [key, reference] of Object.entries(english)) {
    const message = messages[key];
    if (message === undefined) {
      problems.push(`${key}: missing`);
      continue;
    }
    if (typeof reference === 'string') {
      if (typeof message !== 'string') {
        problems.push(`${key}: must be a string, as in English`);
        continue;
      }
      if (!sameSet(placeholders(message), placeholders(reference))) {
        problems.push(
          `${key}: placeholders ${JSON.stringify(placeholders(message))}, English has ${JSON.stringify(placeholders(reference))}`,
        );
      }
      checkText(key, message, problems);
      if (message === reference && !allowedSame.includes(key))
        problems.push(
          `${key}: same as English (translate it, or allow it in test/i18n/same-as-english.ts)`,
        );
      continue;
    }
    if (typeof message === 'string') {
      problems.push(`${key}: must be a plural ({ ${categories.join(', ')} }), as in English`);
      continue;
    }
    const englishNames = [
      ...new Set(Object.values(reference).flatMap((text) => placeholders(text ?? ''))),
    ];
    const needed = englishNames.filter((name) => name !== 'count');
    for (const category of Object.keys(message)) {
      if (!categories.includes(category))
        problems.push(
          `${key}.${category}: ${tag} has no plural category "${category}" (it has ${categories.join(', ')})`,
        );
    }
    for (const category of categories) {
      const text = (message as Record<string, string | undefined>)[category];
      if (text === undefined) {
        problems.push(`${key}.${category}: missing (${tag} uses ${categories.join(', ')})`);
        continue;
      }
      checkText(`${key}.${category}`, text, problems);
      const names = placeholders(text);
      const unknown = names.filter((name) => !englishNames.includes(name));
      if (unknown.length > 0)
        problems.push(`${key}.${category}: unknown placeholders ${JSON.stringify(unknown)}`);
      const lacking = needed.filter((name) => !names.includes(name));
      if (lacking.length > 0)
        problems.push(`${key}.${category}: lacks placeholders ${JSON.stringify(lacking)}`);
      const count = sampleFor(tag, category);
      const formatted = formatMessage(tag, message, sampleParams(englishNames, count));
      if (formatted.trim() === '' || /[{}]/.test(formatted))
        problems.push(`${key}.${category}: formats ${count} as ${JSON.stringify(formatted)}`);
    }
    if (!placeholders(message.other).includes('count'))
      problems.push(`${key}.other: must show {count}`);
    if (message.other === reference.other && !allowedSame.includes(key))
      problems.push(`${key}: same as English`);
  }
  return problems;
}

function checkText(where: string, text: string, problems: string[]): void {
  if (text.trim() === '') problems.push(`${where}: empty`);
  else if (text !== text.trim()) problems.push(`${where}: starts or ends with white space`);
  // Braces only ever wrap a placeholder name.
  if (text.replace(/\{\w+\}/g, '').match(/[{}]/)) problems.push(`${where}: stray brace`);
}
