#!/usr/bin/env node
// Check one or more languages against English: every key, the same placeholders, every plural
// category of the language, nothing left in English except test/i18n/same-as-english.ts.
//
//   node --import tsx scripts/check-language.mjs de          one language
//   node --import tsx scripts/check-language.mjs de pt-PT    several
//   node --import tsx scripts/check-language.mjs             all of src/i18n
//
// Exit code 1 when any language has a problem; each problem is printed as `tag key: what`.
import { checkLanguage } from '../test/i18n/language-checks.ts';
import { languageMessages, languageTags } from '../test/i18n/language-files.ts';
import { sameAsEnglish } from '../test/i18n/same-as-english.ts';

const wanted = process.argv.slice(2);
const tags = wanted.length > 0 ? wanted : languageTags.filter((tag) => tag !== 'en');
const english = await languageMessages('en');
let failed = false;
for (const tag of tags) {
  if (!languageTags.some((known) => known.toLowerCase() === tag.toLowerCase())) {
    console.log(`${tag}: no src/i18n/${tag}.ts`);
    failed = true;
    continue;
  }
  const primary = tag.split('-')[0];
  const problems = checkLanguage(
    tag,
    await languageMessages(tag.toLowerCase()),
    english,
    sameAsEnglish[tag] ?? sameAsEnglish[primary] ?? [],
  );
  for (const problem of problems) console.log(`${tag} ${problem}`);
  console.log(
    problems.length === 0
      ? `${tag}: OK (${Object.keys(english).length} keys)`
      : `${tag}: ${problems.length} problem(s)`,
  );
  failed ||= problems.length > 0;
}
process.exitCode = failed ? 1 : 0;
