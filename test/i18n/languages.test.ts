// Every language module against English (node:test, through tsx): run with
//   node --import tsx --test test/i18n/languages.test.ts
// or for one language: node --import tsx scripts/check-language.mjs de
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkLanguage } from './language-checks.js';
import { languageMessages, languageTags } from './language-files.js';
import { sameAsEnglish } from './same-as-english.js';

const english = await languageMessages('en');

test('English, the reference, has every key', () => {
  assert.ok(Object.keys(english).length > 100, `only ${Object.keys(english).length} English keys`);
});

test('at least the languages of phase 1 exist', () => {
  for (const tag of ['en', 'de', 'fr', 'es', 'ar', 'ja', 'ru', 'pt', 'pt-BR', 'pt-PT'])
    assert.ok(languageTags.includes(tag), `no src/i18n/${tag}.ts`);
});

for (const tag of languageTags.filter((tag) => tag !== 'en')) {
  test(`${tag}: every key of English, its placeholders and plural categories, translated`, async () => {
    const primary = tag.split('-')[0];
    const problems = checkLanguage(
      tag,
      await languageMessages(tag),
      english,
      sameAsEnglish[tag] ?? sameAsEnglish[primary] ?? [],
    );
    assert.deepEqual(problems, [], `${tag}:\n  ${problems.join('\n  ')}`);
  });
}

test('the checks catch what they promise to', () => {
  const reference = {
    a: 'Delete “{name}”',
    b: { one: '{count} code', other: '{count} codes' },
    c: 'Passkey',
  };
  const problems = checkLanguage(
    'ru',
    { a: 'Удалить', b: { one: '{count} код', other: '{count} кода' }, c: 'Passkey', d: 'x' },
    reference,
  );
  assert.ok(problems.includes('d: not a key of English'));
  assert.ok(problems.some((problem) => problem.startsWith('a: placeholders')));
  assert.ok(problems.some((problem) => problem.startsWith('b.few: missing')));
  assert.ok(problems.some((problem) => problem.startsWith('b.many: missing')));
  assert.ok(problems.some((problem) => problem.startsWith('c: same as English')));
  assert.deepEqual(checkLanguage('ru', { c: 'Passkey' }, { c: 'Passkey' }, ['c']), []);
});
