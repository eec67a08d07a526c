// Minifies the text of Lit's `css` and `html` tagged templates in JavaScript or TypeScript source:
// what `npm run build` writes to dist/ and what `npm run size` measures (docs/ARCHITECTURE.md,
// "Performance targets"). A minifier leaves template literals alone; their indentation and the
// CSS's spacing would otherwise ship as is.
//
// Only what cannot change the result is removed, and line breaks stay where they are so that
// dist/'s source maps still point at the right lines:
// - css: comments and indentation; a run of spaces becomes one space, none next to `{ } ; , >`,
//   after `:` or `(`, or at either end of the template (quoted strings are kept as written). A
//   space before `:`, `(` or `[` stays: in a selector it is a descendant combinator, and `and (`
//   in a media query needs it. The leading zero of a number goes (`0.5rem` is `.5rem`).
// - html: the spaces around a line break (the page collapses whitespace the same way; no template
//   of the kit has a `<pre>`, a `<textarea>` or `white-space: pre` text).
// Expressions (`${…}`) are left as they are, nested templates included (each is minified itself).
import ts from 'typescript';

const CSS_PUNCTUATION = new Set(['{', '}', ';', ',', '>']);
/** No space is needed after these (`color: red`), but one before may be a descendant combinator. */
const CSS_OPENERS = new Set([':', '(']);
/** Where a number starts: `0.5rem` can be written `.5rem` after one of these. */
const BEFORE_NUMBER = new Set(['', ' ', '\n', ':', ',', '(', '/']);

/**
 * One static part of a `css` template, minified. Next to an expression (`keepStart`, `keepEnd`)
 * whitespace stays a separator: `solid ${color}` must not become `solid${color}`.
 */
export function minifyCss(text, { keepStart = false, keepEnd = false } = {}) {
  let out = '';
  let space = false; // whitespace or a comment since the last character written
  let lines = 0; // line breaks in it
  const gap = (next) => {
    const needed =
      (out === '' ? keepStart : !CSS_PUNCTUATION.has(out.at(-1)) && !CSS_OPENERS.has(out.at(-1))) &&
      (next === undefined ? keepEnd : !CSS_PUNCTUATION.has(next));
    if (lines > 0) out += '\n'.repeat(lines);
    else if (space && needed) out += ' ';
    space = false;
    lines = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      const end = close === -1 ? text.length : close + 2;
      lines += text.slice(i, end).split('\n').length - 1;
      space = true;
      i = end - 1;
      continue;
    }
    if (/\s/.test(char)) {
      if (char === '\n') lines++;
      space = true;
      continue;
    }
    gap(char);
    if (char === '"' || char === "'") {
      let end = i + 1;
      while (end < text.length && text[end] !== char) end += text[end] === '\\' ? 2 : 1;
      out += text.slice(i, end + 1);
      i = end;
      continue;
    }
    if (
      char === '0' &&
      text[i + 1] === '.' &&
      /\d/.test(text[i + 2] ?? '') &&
      BEFORE_NUMBER.has(out === '' && keepStart ? 'x' : (out.at(-1) ?? ''))
    )
      continue;
    out += char;
  }
  gap(undefined);
  return out;
}

/** One static part of an `html` template, minified. */
export function minifyHtml(text) {
  return text.replace(/[^\S\n]*\n\s*/g, (run) => '\n'.repeat(run.split('\n').length - 1));
}

const MINIFIERS = { css: minifyCss, html: minifyHtml };

/**
 * Rewrites the static text of every `css` and `html` tagged template in `source`. `fileName`
 * picks the parser (`.ts` or `.js`); the source comes back unchanged when it has no such template.
 */
export function minifyTemplates(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false);
  const edits = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      Object.hasOwn(MINIFIERS, node.tag.text)
    ) {
      const minify = MINIFIERS[node.tag.text];
      const template = node.template;
      const pieces = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const piece of pieces) {
        // The raw text between the delimiters: `` ` `` or `}` before, `` ` `` or `${` after.
        const start = piece.getStart(file) + 1;
        const end =
          piece.getEnd() -
          (piece.kind === ts.SyntaxKind.TemplateHead || piece.kind === ts.SyntaxKind.TemplateMiddle
            ? 2
            : 1);
        const raw = source.slice(start, end);
        const minified = minify(raw, {
          keepStart: piece.kind !== ts.SyntaxKind.TemplateHead && piece !== template,
          keepEnd:
            piece.kind === ts.SyntaxKind.TemplateHead ||
            piece.kind === ts.SyntaxKind.TemplateMiddle,
        });
        if (minified !== raw) edits.push({ start, end, text: minified });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (edits.length === 0) return source;
  edits.sort((a, b) => b.start - a.start);
  let out = source;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** An esbuild plugin that minifies the templates of the kit's own sources as they load. */
export function minifyTemplatesPlugin(root) {
  return {
    name: 'minify-templates',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        if (path.includes('/node_modules/') || !path.startsWith(root)) return undefined;
        const { readFile } = await import('node:fs/promises');
        const source = await readFile(path, 'utf8');
        return { contents: minifyTemplates(source, path), loader: 'ts' };
      });
    },
  };
}
