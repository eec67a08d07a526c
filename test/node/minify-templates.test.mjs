// scripts/minify-templates.mjs: what `npm run build` does to the `css` and `html` templates of
// dist/ (and `npm run size` measures). It may only drop what cannot change the result.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCss, minifyHtml, minifyTemplates } from '../../scripts/minify-templates.mjs';

test('css: comments and indentation go, line breaks and meaningful spaces stay', () => {
  const css =
    '\n  :host {\n    color: red;  /* why */\n  }\n  a, b > c :hover { margin: 0  1px }\n';
  assert.equal(minifyCss(css), '\n:host{\ncolor:red;\n}\na,b>c :hover{margin:0 1px}\n');
});

test('css: no space after `:` or `(`, one before `(` in a media query, no leading zero', () => {
  assert.equal(
    minifyCss('@media screen and (forced-colors: active) { a :is( b, c) { gap: 0.5rem 10.05px } }'),
    '@media screen and (forced-colors:active){a :is(b,c){gap:.5rem 10.05px}}',
  );
  // Spaces around `+` and `-` in calc() are part of the syntax.
  assert.equal(minifyCss('a { b: calc(100% - 0.25em + 1px) }'), 'a{b:calc(100% - .25em + 1px)}');
  // Next to an expression a number keeps its zero: the expression may end in a digit.
  assert.equal(minifyCss('0.5 ', { keepStart: true }), '0.5');
});

test('css: a quoted string is kept as written', () => {
  assert.equal(
    minifyCss('.a { content: \' ;  , { \' ; font-family: "A  B" }'),
    '.a{content:\' ;  , { \';font-family:"A  B"}',
  );
});

test('css: whitespace next to an expression stays a separator', () => {
  assert.equal(minifyCss(' solid ', { keepStart: true, keepEnd: true }), ' solid ');
  assert.equal(minifyCss('border: 1px solid ', { keepEnd: true }), 'border:1px solid ');
  assert.equal(minifyCss('  ;\n}', { keepStart: true }), ';\n}');
});

test('html: only the spaces around line breaks go', () => {
  assert.equal(
    minifyHtml('<div>\n    <b title="a  b">x</b>  y\n\n  </div> a  b'),
    '<div>\n<b title="a  b">x</b>  y\n\n</div> a  b',
  );
});

test('templates: css and html tags, nested ones included; other literals untouched', () => {
  const source = [
    'const styles = css`',
    '  :host {',
    '    border: 1px solid ${color};',
    '  }',
    '`;',
    'const view = html`<div>',
    '    ${open ? html`<b>',
    '      x</b>` : nothing}',
    '  </div>`;',
    'const text = `keep',
    '   me`;',
    'const other = svg`<g>',
    '   </g>`;',
  ].join('\n');
  const minified = minifyTemplates(source, 'view.ts');
  assert.equal(
    minified,
    [
      'const styles = css`',
      ':host{',
      'border:1px solid ${color};',
      '}',
      '`;',
      'const view = html`<div>',
      '${open ? html`<b>',
      'x</b>` : nothing}',
      '</div>`;',
      'const text = `keep',
      '   me`;',
      'const other = svg`<g>',
      '   </g>`;',
    ].join('\n'),
  );
  // Line breaks stay put, so dist/'s source maps still point at the right lines.
  assert.equal(minified.split('\n').length, source.split('\n').length);
});

test('templates: escapes in the raw text survive', () => {
  const source = "const s = css`.a::before {\n  content: '\\\\2014';\n}`;";
  assert.equal(
    minifyTemplates(source, 'a.js'),
    "const s = css`.a::before{\ncontent:'\\\\2014';\n}`;",
  );
});
