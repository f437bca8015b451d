import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceText } from '../../src/engine';

test('positions are UTF-16 code units, with full-width marks and quotes counted as one', () => {
  const s = new SourceText('本报讯(记者 周雨)“永川造”，\n第二行');
  const quote = s.text.indexOf('“');
  assert.deepEqual(s.positionAt(quote), { line: 0, character: 10 });
  assert.equal(s.offsetAt({ line: 1, character: 1 }), s.text.indexOf('二'));
});

test('characters outside the BMP take two units, as LSP counts them', () => {
  const s = new SourceText('𠮷野家，2\n下');
  assert.deepEqual(s.positionAt(s.text.indexOf('野')), { line: 0, character: 2 });
  assert.deepEqual(s.positionAt(s.text.indexOf('下')), { line: 1, character: 0 });
});

test('CRLF, CR and LF all end lines, and the break is not part of the line', () => {
  const s = new SourceText('甲\r\n乙\r丙\n丁');
  assert.deepEqual(
    s.lines.map((l) => [l.text, l.eol]),
    [
      ['甲', '\r\n'],
      ['乙', '\r'],
      ['丙', '\n'],
      ['丁', ''],
    ],
  );
  assert.deepEqual(s.positionAt(s.text.indexOf('\n')), { line: 0, character: 1 });
  assert.deepEqual(s.lineRange(0, 1), { start: { line: 0, character: 0 }, end: { line: 1, character: 1 } });
});

test('a BOM kept in the text is an ordinary first character', () => {
  const s = new SourceText('\ufeff标题\n正文');
  assert.deepEqual(s.positionAt(s.text.indexOf('标')), { line: 0, character: 1 });
});

test('positions clamp at both ends', () => {
  const s = new SourceText('ab\ncd');
  assert.deepEqual(s.positionAt(-5), { line: 0, character: 0 });
  assert.deepEqual(s.positionAt(99), { line: 1, character: 2 });
  assert.equal(s.offsetAt({ line: 9, character: 0 }), 5);
  assert.equal(s.offsetAt({ line: 0, character: 99 }), 2);
});
