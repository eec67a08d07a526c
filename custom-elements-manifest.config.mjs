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
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !classArg || !ts.isStringLiteral(tagArg) || !ts.isIdentifier(classArg)) return;
      const className = classArg.text;
      let module = moduleDoc.path;
      for (const statement of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
        const named = statement.importClause?.namedBindings;
        if (named && ts.isNamedImports(named) && named.elements.some((element) => element.name.text === className)) {
          module = posix.join(posix.dirname(moduleDoc.path), statement.moduleSpecifier.text).replace(/\.js$/, '.ts');
        }
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tagArg.text, declaration: { name: className, module } },
      ];
    },
  };
}

/** Statics Lit and the platform read; not API of ours. */
const LIT_STATICS = new Set(['styles', 'shadowRootOptions', 'formAssociated', 'properties', 'elementStyles']);

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
        for (const declaration of module.declarations ?? []) declaredIn.set(declaration.name, module.path);
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
          if (exported.kind !== 'js' || declaration.package || declaration.module !== module.path) continue;
          const local = (module.declarations ?? []).some((d) => d.name === declaration.name);
          if (!local && declaredIn.has(declaration.name)) declaration.module = declaredIn.get(declaration.name);
        }
      }
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          // `dispatchEvent(new MfaXEvent())` without a name the analyzer can read: the named
          // entries come from the @fires tags.
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
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

export default {
  // The elements, and the base classes they inherit public members from.
  globs: ['components/**/*.ts', 'src/internal/**/*.ts'],
  exclude: ['**/*.styles.ts', '**/view-styles.ts', '**/public-detail.ts', '**/*.view.ts', '**/*.messages.ts', '**/*.test.ts', '**/*.d.ts', 'test/**', 'demo/**', 'node_modules/**', 'dist/**'],
  outdir: '.',
  litelement: true,
  // package.json already has "customElements": "custom-elements.json"; the analyzer must not
  // rewrite the file (it reformats it and flips the field), so CI's diff check stays quiet.
  packagejson: false,
  dependencies: false,
  plugins: [defineElementCalls(), publicMembersOnly()],
  // The analyzer lists files in the order the file system walk returns them, which varies from
  // run to run; read them in path order so the manifest is the same every time (CI diffs it).
  overrideModuleCreation({ ts, globs }) {
    return [...globs]
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((path) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2015, true));
  },
};
