#!/usr/bin/env node
// Regenerates the API reference of README.md — elements, properties, methods, events, parts,
// CSS custom properties, custom states, slots — from custom-elements.json, between
//   <!-- api:start --> and <!-- api:end -->
// and the list of package exports from package.json, between <!-- exports:start/end -->.
// Runs as part of `npm run analyze`, so CI's freshness check covers the README too.
//
//   node scripts/readme-api.mjs           rewrite README.md
//   node scripts/readme-api.mjs --check   exit 1 if README.md is not up to date
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Members only the kit's controllers or the browser call (lifecycle callbacks). */
const PLUMBING = new Set([
  'trackPending',
  'describeError',
  'formResetCallback',
  'formStateRestoreCallback',
  'formDisabledCallback',
  'formAssociatedCallback',
]);

const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

const cell = (text) =>
  String(text ?? '')
    .replace(/\r?\n+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
/** Inline code; `cell()` escapes its pipes, which GitHub's tables need even inside backticks. */
const code = (text) => (text ? `\`${text}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${headers.join(' | ')} |`,
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

const elements = manifest.modules
  .flatMap((module) =>
    (module.declarations ?? []).map((declaration) => ({ ...declaration, modulePath: module.path })),
  )
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) =>
    a.tagName === 'mfa-provider'
      ? -1
      : b.tagName === 'mfa-provider'
        ? 1
        : a.tagName.localeCompare(b.tagName),
  );

/** The package export that registers a tag, e.g. `mfa-elements/mfa-otp-input.js`. */
function importFor(tag) {
  return pkg.exports?.[`./${tag}.js`] ? `${pkg.name}/${tag}.js` : `${pkg.name}/all.js`;
}

function summaryOf(element) {
  return element.summary ?? element.description?.split('\n\n')[0] ?? '';
}

function section(element) {
  const lines = [`### \`<${element.tagName}>\``, '', summaryOf(element), ''];
  lines.push(
    `Class \`${element.name}\` · registered by \`import '${importFor(element.tagName)}'\``,
    '',
  );
  if (element.description && element.description !== element.summary)
    lines.push(element.description.trim(), '');

  const attributes = new Map(
    (element.attributes ?? []).filter((a) => a.fieldName).map((a) => [a.fieldName, a.name]),
  );
  const members = (element.members ?? []).filter(
    (member) =>
      !member.static &&
      member.privacy !== 'private' &&
      member.privacy !== 'protected' &&
      !PLUMBING.has(member.name),
  );
  const fields = members.filter((member) => member.kind === 'field');
  const methods = members.filter((member) => member.kind === 'method');

  const fieldRows = fields.map((field) => [
    code(field.name) + (field.readonly ? ' (read-only)' : ''),
    attributes.has(field.name) ? code(attributes.get(field.name)) : '–',
    code(field.type?.text),
    code(field.default),
    field.description ?? '',
  ]);
  if (fieldRows.length)
    lines.push(
      '**Properties**',
      '',
      table(['property', 'attribute', 'type', 'default', 'description'], fieldRows),
      '',
    );

  const methodRows = methods.map((method) => {
    const params = (method.parameters ?? [])
      .map((p) => `${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`)
      .join(', ');
    return [code(`${method.name}(${params})`), method.description ?? ''];
  });
  if (methodRows.length)
    lines.push('**Methods**', '', table(['method', 'description'], methodRows), '');

  const events = (element.events ?? []).filter((event) => event.name);
  const typed = events.some((event) => event.type?.text);
  const eventRows = events.map((event) => [
    code(event.name),
    ...(typed ? [code(event.type?.text)] : []),
    event.description ?? '',
  ]);
  if (eventRows.length)
    lines.push(
      '**Events**',
      '',
      table(['event', ...(typed ? ['type'] : []), 'description'], eventRows),
      '',
    );

  const partRows = (element.cssParts ?? []).map((part) => [
    code(part.name),
    part.description ?? '',
  ]);
  if (partRows.length)
    lines.push('**Parts** (`::part(…)`)', '', table(['part', 'description'], partRows), '');

  const propertyRows = (element.cssProperties ?? []).map((property) => [
    code(property.name),
    code(property.default),
    property.description ?? '',
  ]);
  if (propertyRows.length)
    lines.push(
      '**CSS custom properties**',
      '',
      table(['property', 'default', 'description'], propertyRows),
      '',
    );

  const stateRows = (element.cssStates ?? []).map((state) => [
    code(`:state(${state.name})`),
    state.description ?? '',
  ]);
  if (stateRows.length)
    lines.push('**Custom states**', '', table(['state', 'description'], stateRows), '');

  const slotRows = (element.slots ?? []).map((slot) => [
    slot.name ? code(slot.name) : '(default)',
    slot.description ?? '',
  ]);
  if (slotRows.length) lines.push('**Slots**', '', table(['slot', 'description'], slotRows), '');

  return lines.join('\n').trimEnd();
}

const overview = table(
  ['element', 'what it does', 'events'],
  elements.map((element) => [
    `[\`<${element.tagName}>\`](#${element.tagName})`,
    summaryOf(element),
    (element.events ?? [])
      .filter((event) => event.name)
      .map((event) => code(event.name))
      .join(', ') || '–',
  ]),
);

const api = [
  '<!-- Generated by scripts/readme-api.mjs from custom-elements.json (`npm run analyze`). Do not edit by hand. -->',
  '',
  overview,
  '',
  ...elements.map((element) => section(element) + '\n'),
].join('\n');

/** Tags a registering file registers besides its own, from its `import '…/mfa-x.js'` lines. */
function alsoRegisters(subpath) {
  const target = pkg.exports[subpath]?.default ?? '';
  const source = resolve(root, target.replace(/^\.\/dist\//, '').replace(/\.js$/, '.ts'));
  let text = '';
  try {
    text = readFileSync(source, 'utf8');
  } catch {
    return [];
  }
  return [...text.matchAll(/^import\s+['"][^'"]*\/(mfa-[a-z-]+)\.js['"];?$/gm)].map(
    (match) => match[1],
  );
}

/** What each package export is for. */
function exportPurpose(subpath) {
  if (subpath === '.')
    return 'Classes, types, events, errors, messages, context, controllers. Defines no tag; safe to import on a server.';
  if (subpath === './all.js') {
    const source = readFileSync(resolve(root, 'src/all.ts'), 'utf8');
    return `Registers every element${/^export /m.test(source) ? ' (and re-exports the root)' : '; exports nothing (import classes and types from the root)'}.`;
  }
  const tag = subpath.match(/^\.\/(mfa-[a-z-]+)\.js$/)?.[1];
  if (tag) {
    const also = alsoRegisters(subpath);
    return `Registers \`<${tag}>\`${also.length ? ` (and ${also.map((t) => `\`<${t}>\``).join(', ')}, which it renders)` : ''}.`;
  }
  if (subpath === './i18n/*.js') {
    const tags = readdirSync(resolve(root, 'src/i18n'))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => file.slice(0, -3))
      .sort();
    return `Registers one language when imported (\`i18n/de.js\`, \`i18n/pt-BR.js\`; \`i18n/en.js\` is the reference): ${tags.map((tag) => `\`${tag}\``).join(', ')}. See Languages.`;
  }
  if (subpath === './testing')
    return 'The in-page memory client and a manual clock, for tests and prototypes. **Never in production.**';
  if (subpath === './http')
    return '`createHttpClient({ baseUrl })`: the `MfaClient` for the reference server (WebAuthn through `@simplewebauthn/browser`).';
  if (subpath === './server')
    return '`createMfaHandler`, `nodeMiddleware`, the PGlite and PostgreSQL stores, `verifyMfaToken`: the reference server.';
  if (subpath === './dynamic')
    return "`createDynamicMfaClient(dynamicClient)`: the `MfaClient` over Dynamic's JavaScript SDK (an optional peer dependency).";
  if (subpath === './jsx')
    return "Types only: every tag's properties and `on<event>` handlers, for any JSX framework (see the framework sections).";
  const jsx = subpath.match(/^\.\/jsx\/(react|preact|solid)$/)?.[1];
  if (jsx)
    return `Types only: the tags in ${{ react: 'React 19', preact: 'Preact', solid: 'Solid' }[jsx]}'s \`JSX.IntrinsicElements\`, events typed.`;
  if (subpath === './vue')
    return "Types only: the tags in Vue's `GlobalComponents`, props and events typed (`strictTemplates` passes).";
  if (subpath === './svelte')
    return "Types only: the tags in Svelte's `SvelteHTMLElements`, props and `on<event>` handlers typed.";
  if (subpath === './web-types.json')
    return 'JetBrains IDEs (WebStorm): tags, attributes, properties, events, parts (package.json `web-types`).';
  if (subpath === './vscode.html-custom-data.json')
    return 'VS Code `html.customData`: tags and attributes.';
  if (subpath === './vscode.css-custom-data.json')
    return 'VS Code `css.customData`: `--mfa-*` properties, `::part()`s and `:state()`s.';
  if (subpath === './openapi.json')
    return "The reference server's protocol as OpenAPI 3.1, to implement it in another language.";
  if (subpath === './custom-elements.json')
    return 'The Custom Elements Manifest (IDE and framework tooling).';
  if (subpath === './package.json') return 'The package metadata.';
  return '';
}
const exportsTable = [
  '<!-- Generated by scripts/readme-api.mjs from package.json (`npm run analyze`). Do not edit by hand. -->',
  '',
  table(
    ['import', 'what'],
    Object.keys(pkg.exports).map((subpath) => [
      code(subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`),
      exportPurpose(subpath),
    ]),
  ),
  '',
].join('\n');

const readmePath = resolve(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');

/** Replace what is between `<!-- name:start -->` and `<!-- name:end -->`. */
function fill(text, name, content) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1 || to < from) {
    console.error(`README.md needs the markers ${start} and ${end}`);
    process.exit(1);
  }
  return `${text.slice(0, from)}${start}\n${content}\n${text.slice(to)}`;
}

const next = fill(fill(readme, 'api', api), 'exports', exportsTable);

if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md generated sections are stale: run `npm run analyze`.');
    process.exit(1);
  }
  console.log('README.md generated sections are up to date.');
} else if (next !== readme) {
  writeFileSync(readmePath, next);
  console.log(`README.md: API (${elements.length} elements) and exports regenerated.`);
} else {
  console.log('README.md: generated sections already up to date.');
}
