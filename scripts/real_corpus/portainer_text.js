// Extracts the user-facing text of Portainer CE's TypeScript/JavaScript front end, for
// build_templates309.py (`extract`). Usage: node portainer_text.js < files.json, where files.json
// is [[path, source], …]; needs the `typescript` npm package on NODE_PATH (5.6.3 was used).
// Prints one JSON object per text: {file, line, kind, text}, in file and source order:
//   kind "string": the value of every string literal and substitution-free template literal
//     (a template literal with `${…}` is kept as written between its back-quotes);
//   kind "jsx": the visible text of one run of JSX children: consecutive JsxText nodes, inline
//     elements (a, b, strong, em, i, code, span, u, small, kbd, Link) rendered by their own text,
//     and {…} expressions (a string literal gives its value, an identifier or property access is
//     kept as `{name}`, anything else is `{…}`); any other child ends the run. White space runs
//     collapse to one space as JSX renders them, and HTML character references in JSX text
//     (&apos;, &#39;, &amp;, …) are decoded as JSX renders them.
'use strict';
const ts = require('typescript');

const INLINE = new Set(['a', 'b', 'strong', 'em', 'i', 'code', 'span', 'u', 'small', 'kbd', 'Link']);
const files = JSON.parse(require('fs').readFileSync(0, 'utf8'));

function tagName(el) {
  const open = ts.isJsxElement(el) ? el.openingElement : el;
  return open.tagName.getText();
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(t) {
  return t.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(parseInt(e[1] === 'x' ? e.slice(2) : e.slice(1), e[1] === 'x' ? 16 : 10));
    return e in ENTITIES ? ENTITIES[e] : m;
  });
}

function exprText(e, sf) {
  if (!e) return '';
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
  if (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e)) return `{${e.getText(sf)}}`;
  return '{…}';
}

function inlineText(node, sf) {
  if (ts.isJsxText(node)) return decodeEntities(node.text);
  if (ts.isJsxExpression(node)) return exprText(node.expression, sf);
  if (ts.isJsxSelfClosingElement(node)) return '';
  if (ts.isJsxElement(node) || ts.isJsxFragment(node)) {
    return node.children.map((c) => inlineText(c, sf)).join('');
  }
  return '';
}

function isInline(node) {
  if (ts.isJsxText(node) || ts.isJsxExpression(node)) return true;
  if (ts.isJsxElement(node)) return INLINE.has(tagName(node));
  return false;
}

for (const [file, source] of files) {
  const kind = file.endsWith('.tsx') || file.endsWith('.jsx') ? ts.ScriptKind.TSX
    : file.endsWith('.js') ? ts.ScriptKind.JSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const out = [];
  const emit = (node, k, text) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    out.push({ file, line, kind: k, text });
  };
  const runs = (children) => {
    let run = [];
    const flush = () => {
      if (run.length) {
        const text = run.map((c) => inlineText(c, sf)).join('').replace(/\s+/g, ' ').trim();
        if (/[A-Za-z]/.test(text)) emit(run[0], 'jsx', text);
      }
      run = [];
    };
    for (const c of children) {
      if (isInline(c)) run.push(c);
      else flush();
    }
    flush();
  };
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      emit(node, 'string', node.text);
    } else if (ts.isTemplateExpression(node)) {
      emit(node, 'string', node.getText(sf).slice(1, -1));
    }
    if (ts.isJsxElement(node) || ts.isJsxFragment(node)) {
      // An inline element inside JSX is read as part of its parent's run; at the top of a JSX
      // tree it makes its own runs.
      const insideJsx = node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent));
      if (!(ts.isJsxElement(node) && INLINE.has(tagName(node)) && insideJsx)) runs(node.children);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  for (const o of out) process.stdout.write(JSON.stringify(o) + '\n');
}
