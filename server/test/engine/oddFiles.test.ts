// Files that are not ordinary newspaper pages get a sensible result, never an exception: each case
// names what the review must say. Times are printed (diagnostics), not asserted: this is not a
// benchmark, but a case that turns quadratic shows here first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type Review } from '../../src/engine';
import { page, reviewed } from '../oddFile';

const ids = (r: Review) => [...new Set(r.findings.map((f) => f.ruleId))].sort();

test('empty and whitespace-only files: no articles, no findings', (t) => {
  for (const [name, text] of [
    ['empty', ''],
    ['whitespace', ' \n\n\t\u3000\r\n  \n'],
  ] as const) {
    const r = reviewed(name, text, t);
    assert.equal(r.page.articles.length, 0, name);
    assert.deepEqual(r.findings, [], name);
  }
});

test('a binary file renamed .txt: one NP001 finding, nothing parsed', (t) => {
  const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, ...Array.from({ length: 4000 }, (_, i) => (i * 37) % 256)]);
  const r = reviewed('binary', bytes.toString('latin1'), t);
  assert.deepEqual(ids(r), ['NP001']);
  assert.match(r.findings[0].message, /binary/);
  assert.equal(r.page.articles.length, 0);
});

test('punctuation only and Latin only: no articles invented, no crash', (t) => {
  const marks = reviewed('punctuation', '，。、；：！？“”‘’（）《》——……\n'.repeat(2000), t);
  assert.ok(
    marks.findings.every((f) => f.ruleId !== 'NP201' && f.ruleId !== 'NP311'),
    'no duplicate articles or figure findings in marks',
  );
  const latin = reviewed('latin', 'The quick brown fox jumps over the lazy dog, 42 times.\n\nLorem ipsum dolor sit amet.\n'.repeat(500), t);
  assert.ok(!ids(latin).includes('NP401'), 'English commas are not Chinese half-width marks');
});

test('CRLF, lone CR, mixed line ends and a BOM give the same articles as LF', (t) => {
  const lf = reviewed('lf', page, t);
  const variants: [string, string][] = [
    ['crlf', page.replace(/\n/g, '\r\n')],
    [
      'mixed',
      page
        .split('\n')
        .map((l, i) => l + (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\n' : '\r'))
        .join('')
        .replace(/\r$/u, ''),
    ],
  ];
  for (const [name, text] of variants) {
    const r = reviewed(name, text, t);
    assert.deepEqual(
      r.page.articles.map((a) => a.name),
      lf.page.articles.map((a) => a.name),
      name,
    );
    assert.deepEqual(ids(r), ids(lf), name);
  }
  const bom = reviewed('bom', `\ufeff${page}`, t);
  assert.deepEqual(
    bom.page.articles.map((a) => a.name),
    lf.page.articles.map((a) => a.name),
    'a BOM left in the text changes nothing',
  );
});

test('text decoded with the wrong encoding: NP001 says so, once', (t) => {
  const gbkAsUtf8 = Buffer.from(page, 'utf8').toString('latin1');
  const r = reviewed('mojibake', gbkAsUtf8, t);
  assert.equal(r.findings.filter((f) => f.ruleId === 'NP001').length, 1);
  assert.match(r.findings.find((f) => f.ruleId === 'NP001')!.message, /encoding|Latin-1|mojibake/i);
});
