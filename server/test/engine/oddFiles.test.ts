// Files that are not ordinary newspaper pages get a sensible result, never an exception: each case
// names what the review must say. Times are printed (diagnostics), not asserted: this is not a
// benchmark, but a case that turns quadratic shows here first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { digestOf, fixAll, MAX_FINDINGS_PER_RULE, review, toJson, type Review } from '../../src/engine';
import { loadJieba } from '../../src/jieba';
import { seed } from '../helpers';

const segmenter = loadJieba();
const page = seed('001').text;

function reviewed(name: string, text: string, t: { diagnostic(message: string): void }): Review {
  const started = performance.now();
  const r = review(text, { segmenter, uri: `file:///${name}.txt`, maxFindings: 500 });
  const ms = performance.now() - started;
  t.diagnostic(`${name}: ${text.length.toLocaleString('en')} UTF-16 units, ${r.page.articles.length} articles, ${r.findings.length} findings, ${ms.toFixed(0)} ms`);
  // Every result can be written out (the CLI and the views do), and every range is inside the text.
  assert.doesNotThrow(() => toJson([{ path: `${name}.txt`, encoding: 'utf-8', digest: digestOf(r) }], '0.0.0'));
  for (const f of r.findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, `${f.ruleId} in range`);
  return r;
}

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

test('one 5 MB line: reviewed in bounded findings, every rule capped', (t) => {
  const line = page
    .replace(/\s+/gu, '')
    .repeat(Math.ceil(2_600_000 / page.length))
    .slice(0, 2_600_000); // ~5 MB of UTF-8 on one line
  const r = reviewed('one-line', line, t);
  assert.equal(r.page.source.lines.length, 1);
  const shown = r.findings.filter((f) => f.severity !== 'hint');
  assert.ok(shown.length <= 501, `at most maxFindings shown, with a notice when cut (${shown.length})`);
  const perRule = new Map<string, number>();
  for (const f of r.findings) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
  for (const [id, n] of perRule) assert.ok(n <= MAX_FINDINGS_PER_RULE + 1, `${id}: ${n} findings`);
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

test('的 × 100,000: repeated-word findings stay capped and fix-all terminates', (t) => {
  const text = '的'.repeat(100_000);
  const r = reviewed('de', text, t);
  assert.ok(r.findings.filter((f) => f.ruleId === 'NP204').length <= MAX_FINDINGS_PER_RULE + 1);
  const fixed = fixAll(text, { segmenter });
  assert.ok(fixed.text.length > 0 && fixed.text.length < text.length, 'fix-all removes some 的, keeps text, and stops');
  assert.match(fixed.text, /^的+$/u, 'only 的 removed, nothing else written');
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
