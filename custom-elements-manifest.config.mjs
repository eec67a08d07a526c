// @custom-elements-manifest/analyzer 0.11: `npm run analyze` writes custom-elements.json (and then
// scripts/readme-api.mjs regenerates the API tables of README.md from it). CI checks both are fresh.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

/**
 * Our tags are registered with `defineElement('mfa-x', MfaX)` (a guarded
 * `customElements.define`), which the analyzer does not know; record those calls as
 * custom-element-definition exports, exactly as it does for `customElements.define`.
 */
function defineElementCalls() {
  return {
    name: 'mfa-elements: defineElement() calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        !ts.isCallExpression(node) ||
        !ts.isIdentifier(node.expression) ||
        node.expression.text !== 'defineElement'
      )
        return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !classArg || !ts.isStringLiteral(tagArg) || !ts.isIdentifier(classArg)) return;
      const className = classArg.text;
      let module = moduleDoc.path;
      for (const statement of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier))
          continue;
        const named = statement.importClause?.namedBindings;
        if (
          named &&
          ts.isNamedImports(named) &&
          named.elements.some((element) => element.name.text === className)
        ) {
          module = posix
            .join(posix.dirname(moduleDoc.path), statement.moduleSpecifier.text)
            .replace(/\.js$/, '.ts');
        }
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tagArg.text,
          declaration: { name: className, module },
        },
      ];
    },
  };
}

/** Statics Lit and the platform read; not API of ours. */
const LIT_STATICS = new Set([
  'styles',
  'shadowRootOptions',
  'formAssociated',
  'properties',
  'elementStyles',
]);

/**
 * Drop private and protected members, Lit's `static styles` and unnamed events: the manifest is
 * public API.
 * Also point re-exports (`export { MfaX }` of an imported class in mfa-x.ts) at the module that
 * declares the class (the analyzer points them at the re-exporting module), and superclasses at
 * their module path (the analyzer keeps the import specifier).
 */
function publicMembersOnly() {
  return {
    name: 'mfa-elements: public members only',
    packageLinkPhase({ customElementsManifest }) {
      const declaredIn = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? [])
          declaredIn.set(declaration.name, module.path);
      }
      // Superclasses are recorded as `/src/x.js` (the import specifier); point at the module.
      const modulePaths = new Set(customElementsManifest.modules.map((module) => module.path));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const superclass = declaration.superclass;
          if (!superclass?.module) continue;
          const path = superclass.module.replace(/^\/+/, '').replace(/\.js$/, '.ts');
          if (modulePaths.has(path)) superclass.module = path;
        }
      }
      for (const module of customElementsManifest.modules) {
        for (const exported of module.exports ?? []) {
          const { declaration } = exported;
          if (exported.kind !== 'js' || declaration.package || declaration.module !== module.path)
            continue;
          const local = (module.declarations ?? []).some((d) => d.name === declaration.name);
          if (!local && declaredIn.has(declaration.name))
            declaration.module = declaredIn.get(declaration.name);
        }
      }
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          // `dispatchEvent(new MfaXEvent())` without a name the analyzer can read: the named
          // entries come from the @fires tags.
          if (declaration.events)
            declaration.events = declaration.events.filter((event) => event.name);
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) =>
              member.privacy !== 'private' &&
              member.privacy !== 'protected' &&
              !member.name.startsWith('#') &&
              !(member.static && LIT_STATICS.has(member.name)),
          );
        }
      }
    },
  };
}

/**
 * The manifest describes the published package: module paths are the built files under dist/
 * (what `import` and a bundler see; the `.ts` sources ship beside them for source maps), and only
 * public API is listed — the element classes and the modules that register them. Helpers and base
 * classes are read (their public members are inherited into each element) and then dropped;
 * `client`, observed as an attribute only to report a framework's mistake, stays a property.
 * Runs after the analyzer's own link phase, so inheritance is already applied.
 */
function publishedApiOnly() {
  const published = (path) =>
    /^(src|components)\/.+\.ts$/.test(path) ? `dist/${path.replace(/\.ts$/, '.js')}` : path;
  return {
    name: 'mfa-elements: published paths and public API only',
    packageLinkPhase({ customElementsManifest }) {
      // Elements live under components/; base classes under src/internal are never public.
      const isPublic = (module) =>
        module.path.startsWith('components/') &&
        ((module.declarations ?? []).some((d) => d.customElement) ||
          (module.exports ?? []).some((e) => e.kind === 'custom-element-definition'));
      const kept = customElementsManifest.modules.filter(isPublic);
      const keptPaths = new Set(kept.map((module) => module.path));
      const elementNames = new Set(
        kept.flatMap((module) =>
          (module.declarations ?? []).filter((d) => d.customElement).map((d) => d.name),
        ),
      );
      const relink = (reference) => {
        if (reference?.module && !reference.package) reference.module = published(reference.module);
      };
      for (const module of kept) {
        module.declarations = (module.declarations ?? []).filter((d) => d.customElement);
        module.exports = (module.exports ?? []).filter(
          (e) => e.kind === 'custom-element-definition' || elementNames.has(e.declaration.name),
        );
        for (const exported of module.exports) relink(exported.declaration);
        for (const declaration of module.declarations) {
          if (declaration.superclass?.module && !keptPaths.has(declaration.superclass.module)) {
            declaration.superclass = { name: 'LitElement', package: 'lit' };
          }
          relink(declaration.superclass);
          declaration.attributes = declaration.attributes?.filter(
            (a) => !(a.name === 'client' && !a.fieldName),
          );
          for (const item of [
            ...(declaration.members ?? []),
            ...(declaration.attributes ?? []),
            ...(declaration.events ?? []),
          ]) {
            if (item.inheritedFrom && !keptPaths.has(item.inheritedFrom.module))
              delete item.inheritedFrom;
            relink(item.inheritedFrom);
          }
        }
        module.path = published(module.path);
      }
      customElementsManifest.modules = kept;
    },
  };
}

export default {
  // The elements, and the base classes they inherit public members from.
  globs: ['components/**/*.ts', 'src/internal/**/*.ts'],
  exclude: [
    '**/*.styles.ts',
    '**/view-styles.ts',
    '**/public-detail.ts',
    '**/*.view.ts',
    '**/*.messages.ts',
    '**/*.test.ts',
    '**/*.d.ts',
    'test/**',
    'demo/**',
    'node_modules/**',
    'dist/**',
  ],
  outdir: '.',
  litelement: true,
  // package.json already has "customElements": "custom-elements.json"; the analyzer must not
  // rewrite the file (it reformats it and flips the field), so CI's diff check stays quiet.
  packagejson: false,
  dependencies: false,
  plugins: [defineElementCalls(), publicMembersOnly(), publishedApiOnly()],
  // The analyzer lists files in the order the file system walk returns them, which varies from
  // run to run; read them in path order so the manifest is the same every time (CI diffs it).
  overrideModuleCreation({ ts, globs }) {
    return [...globs]
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((path) =>
        ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2015, true),
      );
  },
};
