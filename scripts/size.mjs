#!/usr/bin/env node
// Bundle size of the kit as a page would load it: src/all.ts bundled with Lit, minified, split
// into ESM chunks, each gzipped at level 9. Two numbers are checked against docs/ARCHITECTURE.md's budgets:
//   initial — the entry chunk plus every chunk it imports statically (what the page waits for)
//   qr      — the lazily imported chunk that holds the QR encoder (`uqr`), plus any chunk only it imports
// and reports each language module (src/i18n/<tag>.ts): the gzip bytes a page that imports it
// beside all.js loads up front on top of all.js (all.js itself never imports a language).
// It also reports, without a budget of its own (issue 14 aims at 40 KB for all elements):
//   all elements — all.js and every chunk a page can import() to render the 8 elements (views,
//                  the chunks they share, the QR encoder, the language observer); the dev-only
//                  missing-keys checker is left out
//   pages        — the same for three common pages, and the number of requests they make one
//                  after another before the page's first screen is there (see PAGES). Only
//                  chunks are counted: a view's request to the server comes on top (the QR
//                  encoder is fetched beside enrollTotp(), so it adds no step after it).
//
//   node scripts/size.mjs          table, exit 1 when over budget
//   node scripts/size.mjs --json   the same as JSON
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRODUCTION_BUNDLE } from './production-bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The initial budget was 16 KB until the code field's native input moved into the page's light
// DOM for password managers (docs/SECURITY.md 26), which the eager <mfa-otp-input> carries.
const BUDGET = { initial: 17 * 1024, qr: 12 * 1024 };
const json = process.argv.includes('--json');

const outdir = resolve(root, '.size');
const languageEntries = readdirSync(resolve(root, 'src/i18n'))
  .filter((file) => file.endsWith('.ts'))
  .sort()
  .map((file) => `src/i18n/${file}`);

/** How the budgets below bundle: as a page's bundler would, for production. */
const bundleOptions = {
  ...PRODUCTION_BUNDLE,
  absWorkingDir: root,
  outdir,
  splitting: true,
  metafile: true,
};
const result = await build({ ...bundleOptions, entryPoints: ['src/all.ts'] });

const rel = (path) => relative(root, path).split('\\').join('/');
const outputs = new Map(); // relative path -> { bytes, gzip, meta }
for (const file of result.outputFiles) {
  const path = rel(file.path);
  const meta = result.metafile.outputs[path];
  if (!meta || path.endsWith('.map')) continue;
  outputs.set(path, {
    raw: file.contents.byteLength,
    gzip: gzipSync(file.contents, { level: 9 }).byteLength,
    meta,
  });
}

/** The chunk and everything it imports statically, transitively. */
function staticClosure(start) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of outputs.get(path)?.meta.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(start);
  return seen;
}

const entry = [...outputs].find(([, { meta }]) => meta.entryPoint === 'src/all.ts')?.[0];
if (!entry) throw new Error('esbuild produced no chunk for src/all.ts');
const initialFiles = staticClosure(entry);

const holdsQr = (path) =>
  Object.keys(outputs.get(path).meta.inputs).some((input) => input.includes('node_modules/uqr/'));
const lazyRoots = new Set();
for (const path of outputs.keys()) {
  for (const imported of outputs.get(path).meta.imports) {
    if (imported.kind === 'dynamic-import' && !imported.external) lazyRoots.add(imported.path);
  }
}
const qrRoot = [...lazyRoots].find((path) =>
  [...staticClosure(path)].some((file) => !initialFiles.has(file) && holdsQr(file)),
);
const qrFiles = qrRoot
  ? new Set([...staticClosure(qrRoot)].filter((file) => !initialFiles.has(file)))
  : new Set();

/** Largest inputs of a group of chunks, by minified bytes they contribute. */
function topInputs(files, count = Number(process.env.MFA_SIZE_INPUTS ?? 6)) {
  const sums = new Map();
  for (const file of files) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs.get(file).meta.inputs)) {
      const name = input.includes('node_modules/')
        ? input.replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+).*$/, '$1')
        : input;
      sums.set(name, (sums.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...sums]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([input, bytes]) => ({ input, minified: bytes }));
}

function group(name, files, budget) {
  const list = [...files].map((file) => ({
    file,
    minified: outputs.get(file).raw,
    gzip: outputs.get(file).gzip,
  }));
  const gzip = list.reduce((sum, item) => sum + item.gzip, 0);
  return {
    name,
    gzip,
    budget,
    ok: list.length > 0 && gzip <= budget,
    files: list,
    largestInputs: list.length ? topInputs(files) : [],
  };
}

const groups = [group('initial', initialFiles, BUDGET.initial), group('qr', qrFiles, BUDGET.qr)];
const problems = [];
for (const g of groups)
  if (g.gzip > g.budget)
    problems.push(`${g.name} is ${g.gzip} B gzip, over its ${g.budget} B budget`);
if (!qrRoot)
  problems.push(
    'no lazily imported chunk contains uqr: the QR encoder must be loaded with import() when enrollment starts',
  );
if ([...initialFiles].some(holdsQr)) problems.push('the QR encoder (uqr) is in the initial load');
const others = [...outputs.keys()].filter((file) => !initialFiles.has(file) && !qrFiles.has(file));

// Languages: what a page that imports all.js and one language loads up front beyond all.js alone
// (the language's strings; the registry is already in all.js). all.ts imports no language, so
// its own bundle above is the same whether or not languages exist; check that none leaked in.
const languages = [];
for (const source of languageEntries) {
  const withLanguage = await build({
    ...bundleOptions,
    stdin: {
      contents: `import './src/all.ts';\nimport './${source}';\n`,
      resolveDir: root,
      sourcefile: 'page.js',
      loader: 'js',
    },
  });
  const outs = new Map();
  for (const file of withLanguage.outputFiles) {
    const path = rel(file.path);
    const meta = withLanguage.metafile.outputs[path];
    if (meta && !path.endsWith('.map'))
      outs.set(path, { gzip: gzipSync(file.contents, { level: 9 }).byteLength, meta });
  }
  const entryPath = [...outs].find(([, { meta }]) => meta.entryPoint === 'page.js')?.[0];
  const closure = new Set();
  const visit = (path) => {
    if (closure.has(path)) return;
    closure.add(path);
    for (const imported of outs.get(path)?.meta.imports ?? [])
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entryPath);
  const gzip = [...closure].reduce((sum, file) => sum + outs.get(file).gzip, 0);
  languages.push({ tag: source.replace(/^src\/i18n\/|\.ts$/g, ''), gzip: gzip - groups[0].gzip });
}
const leaked = [...initialFiles]
  .flatMap((file) => Object.keys(outputs.get(file).meta.inputs))
  .filter((input) => input.startsWith('src/i18n/'));
if (leaked.length > 0) problems.push(`all.js loads a language: ${leaked.join(', ')}`);

// ---------------------------------------------------------------------------------------------
// All elements, common pages and their request waterfalls

/** The chunk esbuild made for a source that is imported with import() (its own entry point). */
const chunkOf = (source) => [...outputs].find(([, { meta }]) => meta.entryPoint === source)?.[0];
const viewSource = (name) => `components/${name}/${name}.view.ts`;
const elementSource = (name) => `components/${name}/${name}.ts`;
const DEV_ONLY = new Set(['src/messages/missing-keys.ts']);
const viewRoots = new Set(
  [...lazyRoots].filter((file) => /\.view\.ts$/.test(outputs.get(file).meta.entryPoint ?? '')),
);

/**
 * A page: its elements, and for each the views it renders first, one after another (a view that
 * renders another element must arrive before that element connects and asks for its own view).
 * The first screen of a flow is an enrollment: a new user's, with one method to offer (with a
 * choice, the choice is the first screen and comes a round earlier). `later`: what the page
 * fetches as well, at once but not needed for its first screen — the devices list renders its
 * two guards (delete, new codes) hidden, and they load their view when they connect. Counted in
 * the page's bytes and files, not in its requests in sequence.
 */
const PAGES = [
  { name: 'guard only', chains: [['action-guard']] },
  { name: 'enroll + recovery codes', chains: [['totp-enroll'], ['recovery-codes']] },
  {
    name: 'flow + devices',
    chains: [['flow', 'totp-enroll'], ['devices']],
    later: [['devices', 'action-guard']],
  },
];
const ALL = ['action-guard', 'totp-enroll', 'recovery-codes', 'passkey-prompt', 'flow', 'devices'];

/**
 * Which chunks a page fetches and in which round. Round 1 is all.js with its static imports
 * (a bundler preloads those with it). An element's view is asked for when the element connects,
 * one round after whatever rendered the element. Other import()s are requested in the round of
 * the view when the element asks for them (they start when it connects), or one round after the
 * view when the view asks for them. A chunk's static imports come in the same round.
 */
function pageLoad(chains) {
  const round = new Map();
  const take = (root, at) => {
    for (const file of staticClosure(root))
      if (!initialFiles.has(file) && !(round.get(file) <= at)) round.set(file, at);
  };
  for (const file of initialFiles) round.set(file, 1);
  for (const chain of chains) {
    let at = 1;
    for (const name of chain) {
      at += 1;
      const view = chunkOf(viewSource(name));
      if (!view) throw new Error(`no lazily loaded chunk for ${viewSource(name)}`);
      take(view, at);
      // import()s made by the element's own module (as it connects) or by its view's chunks.
      const viewSources = [...staticClosure(view)]
        .filter((file) => !initialFiles.has(file))
        .flatMap((file) => Object.keys(outputs.get(file).meta.inputs));
      for (const [sources, when] of [
        [[elementSource(name)], at],
        [viewSources, at + 1],
      ]) {
        for (const source of sources) {
          for (const imported of result.metafile.inputs[source]?.imports ?? []) {
            const root =
              imported.kind === 'dynamic-import' && !imported.external
                ? chunkOf(imported.path)
                : undefined;
            if (root && !viewRoots.has(root) && !DEV_ONLY.has(imported.path)) take(root, when);
          }
        }
      }
    }
  }
  // Every element loads the page-language observer when it first connects (mfa-element.ts).
  for (const root of lazyRoots)
    if (outputs.get(root).meta.entryPoint === 'src/internal/lang-observer.ts') take(root, 2);
  const files = [...round.keys()];
  return {
    gzip: files.reduce((sum, file) => sum + outputs.get(file).gzip, 0),
    files: files.length,
    rounds: Math.max(...round.values()),
    chunks: files
      .map((file) => ({ file, round: round.get(file), gzip: outputs.get(file).gzip }))
      .sort((a, b) => a.round - b.round),
  };
}

const allElements = pageLoad(ALL.map((name) => [name]));
const pages = PAGES.map((page) => {
  const firstScreen = pageLoad(page.chains);
  const whole = pageLoad([...page.chains, ...(page.later ?? [])]);
  return {
    name: page.name,
    chains: page.chains,
    gzip: whole.gzip,
    files: whole.files,
    rounds: firstScreen.rounds,
    chunks: firstScreen.chunks,
    later: whole.chunks.filter((chunk) => !firstScreen.chunks.some((c) => c.file === chunk.file)),
  };
});
const unaccounted = [...outputs.keys()].filter(
  (file) =>
    !allElements.chunks.some((chunk) => chunk.file === file) &&
    ![...outputs.keys()].some(
      (root) => DEV_ONLY.has(outputs.get(root).meta.entryPoint) && staticClosure(root).has(file),
    ),
);
if (unaccounted.length)
  problems.push(
    `chunks that no element loads (update PAGES in scripts/size.mjs?): ${unaccounted.join(', ')}`,
  );

const ok = problems.length === 0;

if (json) {
  const other = others.map((file) => ({
    file,
    minified: outputs.get(file).raw,
    gzip: outputs.get(file).gzip,
  }));
  console.log(
    JSON.stringify(
      {
        ok,
        budget: BUDGET,
        initial: groups[0],
        qr: groups[1],
        otherChunks: other,
        allElements,
        pages,
        languages,
        problems,
      },
      null,
      2,
    ),
  );
} else {
  const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
  const pad = (text, width) => String(text).padStart(width);
  const width = Math.max(...[...outputs.keys()].map((file) => file.length)) + 2;
  for (const g of groups) {
    console.log(
      `${g.name === 'initial' ? 'Initial load (src/all.ts + static imports)' : 'QR chunk (loaded when enrollment starts)'}`,
    );
    for (const f of g.files)
      console.log(
        `  ${f.file.padEnd(width)} ${pad(f.minified, 7)} B min  ${pad(f.gzip, 6)} B gzip`,
      );
    console.log(
      `  ${'total'.padEnd(width)} ${pad('', 13)}  ${pad(g.gzip, 6)} B gzip = ${kb(g.gzip)}  (budget ${kb(g.budget)})  ${g.ok ? 'OK' : 'OVER'}`,
    );
    if (g.largestInputs.length) {
      console.log(
        `  largest inputs (minified): ${g.largestInputs.map((i) => `${i.input} ${i.minified} B`).join(', ')}`,
      );
    }
    console.log('');
  }
  if (others.length) {
    console.log(
      'Other lazily imported chunks (not in either budget; loaded when their import() runs)',
    );
    for (const file of others) {
      console.log(
        `  ${file.padEnd(width)} ${pad(outputs.get(file).raw, 7)} B min  ${pad(outputs.get(file).gzip, 6)} B gzip`,
      );
    }
    console.log('');
  }
  const waterfall = (load) => {
    const byRound = [];
    for (const chunk of load.chunks) (byRound[chunk.round - 1] ??= []).push(chunk);
    return byRound
      .map(
        (chunks, i) =>
          `${i + 1}: ${chunks.map((c) => c.file.replace(/^\.size\//, '').replace(/-[A-Z0-9]{8}\.js$/, '')).join(' ')}`,
      )
      .join('  →  ');
  };
  console.log(
    'Everything to render: gzip of all.js plus what each page fetches with import(), and how many',
  );
  console.log(
    'requests it makes one after another before its first screen is there (all.js = request 1)',
  );
  console.log(
    `  ${'all 8 elements'.padEnd(26)} ${pad(allElements.gzip, 6)} B gzip = ${kb(allElements.gzip)} in ${allElements.files} files`,
  );
  for (const page of pages) {
    console.log(
      `  ${page.name.padEnd(26)} ${pad(page.gzip, 6)} B gzip = ${kb(page.gzip)} in ${page.files} files, ${page.rounds} requests in sequence`,
    );
    console.log(`    ${waterfall(page)}`);
    if (page.later.length)
      console.log(
        `    then, not needed for the first screen: ${page.later.map((c) => c.file.replace(/^\.size\//, '').replace(/-[A-Z0-9]{8}\.js$/, '')).join(' ')}`,
      );
  }
  console.log('');
  console.log(
    'Languages (mfa-elements/i18n/<tag>.js): what importing one beside all.js adds up front',
  );
  for (const language of languages)
    console.log(`  ${language.tag.padEnd(8)} ${pad(language.gzip, 6)} B gzip`);
  console.log('');
  for (const problem of problems) console.log(`size: ${problem}`);
  console.log(ok ? 'size: within budget' : 'size: FAILED');
}
process.exitCode = ok ? 0 : 1;
