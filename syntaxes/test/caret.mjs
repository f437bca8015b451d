#!/usr/bin/env node
// Prints a vscode-tmgrammar-test assertion line for a span of a source line, padded so
// that the carets sit under the span in a monospace editor even when the line is CJK.
//
//   node syntaxes/test/caret.mjs '<source line>' '<span>[@n]' '<scopes> [- <excluded scopes>]'
//
// <span> is the literal text to mark; `@n` picks its n-th occurrence (1-based, default 1).
// Example:
//   node syntaxes/test/caret.mjs '本报讯(渝西都市报记者 钟梅)12月19日,记者' '12月19日' 'constant.numeric.date.newsprint'
//
// The test files use the full-width comment token `／／` (two columns wide, like one CJK
// character), because test assertions count UTF-16 code units while editors draw CJK
// characters two columns wide. Under a wide character the padding is an ideographic
// space (U+3000), under a narrow one an ASCII space. Spans in the first two columns are
// written with the `<~~--` form instead of carets.

const TOKEN = '／／';

function isWide(ch) {
  const c = ch.codePointAt(0);
  return (
    (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0x303e) || (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)
  );
}

export function caret(line, span, scopes) {
  const m = /^(.*?)(?:@(\d+))?$/su.exec(span);
  const text = m[1];
  const nth = Number(m[2] ?? 1);
  let from = -1;
  for (let i = 0; i < nth; i++) {
    from = line.indexOf(text, from + 1);
    if (from < 0) throw new Error(`"${text}" (occurrence ${nth}) not found in: ${line}`);
  }
  const to = from + text.length;
  if (from < TOKEN.length) {
    return `${TOKEN} <${'~'.repeat(from)}${'-'.repeat(to - from)} ${scopes}`;
  }
  let pad = '';
  for (let i = TOKEN.length; i < from; i++) pad += isWide(line[i]) ? '\u3000' : ' ';
  return `${TOKEN}${pad}${'^'.repeat(to - from)} ${scopes}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [line, span, scopes] = process.argv.slice(2);
  if (!line || !span || !scopes) {
    console.error("usage: node syntaxes/test/caret.mjs '<source line>' '<span>[@n]' '<scopes>'");
    process.exit(2);
  }
  console.log(caret(line, span, scopes));
}
