// Reports copy file names and page text; in Markdown they must not start markup or carry raw HTML,
// in plain text they must not carry control characters, and ordinary Chinese stays as it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { digestOf, review, toMarkdown, toText, type FileReport } from '../../src/engine';
import { mdCell, mdInline, oneLine } from '../../src/engine/markdownText';
import type { Finding } from '../../src/engine/rules/rule';

const BODY = '本报讯 近年来，永川坚持科技是第一生产力，加快建设区域创新中心，带动就业2.6万人。';

function page(...headlines: string[]): string {
  return headlines.map((h) => `${h}\n\n${BODY}\n\n${BODY}\n`).join('\n\n');
}

function report(path: string, text: string, extra: Finding[] = []): FileReport {
  const r = review(text, { uri: 'file:///x.txt' });
  const withExtra = { ...r, findings: [...r.findings, ...extra] };
  return { path, encoding: 'utf-8', digest: digestOf(withExtra) };
}

/** The cells of a Markdown table row, split at unescaped `|`. */
function cells(row: string): string[] {
  return row
    .replace(/\\\\/g, '')
    .split(/(?<!\\)\|/)
    .slice(1, -1);
}

function tableRows(md: string): string[] {
  return md.split('\n').filter((l) => l.startsWith('|'));
}

const HOSTILE = ['<script>alert(1)</script>', '![x](http://e/x.png)', '[a](javascript:alert(1))', '<img src=x onerror=alert(1)>', '`code` **b** ~~s~~ a|b'];

test('Markdown: hostile headlines and file names reach the report as plain text', () => {
  const path = 'dir/evil\n# injected heading\r\n<b>x</b>.txt';
  const md = toMarkdown([report(path, page(...HOSTILE))]);
  assert.ok(!/<script/i.test(md), 'no raw <script');
  assert.ok(!/<img/i.test(md), 'no raw <img');
  assert.ok(!/<b>/.test(md), 'no raw HTML from the file name');
  assert.ok(!md.includes('](javascript:'), 'no javascript: link');
  assert.ok(!md.includes('!['), 'no image');
  assert.ok(!md.includes(']('), 'no link at all');
  const headings = md.split('\n').filter((l) => l.startsWith('#'));
  assert.deepEqual(headings.slice(0, 1), ['# Newsprint review report']);
  assert.equal(headings.length, 2, `one heading per file, on one line: ${JSON.stringify(headings)}`);
  assert.match(headings[1], /^## dir\/evil \\# injected heading &lt;b&gt;x&lt;\/b&gt;\.txt$/);
  // The headlines are there, escaped.
  assert.ok(md.includes('&lt;script&gt;alert\\(1\\)&lt;/script&gt;'), md);
  assert.ok(md.includes('\\!\\[x\\]\\(http://e/x.png\\)'), md);
});

test('Markdown: every table row keeps its column count when a headline or a rule label holds `|`', () => {
  const odd: Finding = {
    ruleId: 'NP999',
    rule: 'pipe|in|name',
    severity: 'warning',
    message: 'a | message | with pipes',
    start: 0,
    end: 1,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    fixes: [],
    related: [],
  };
  const md = toMarkdown([report('a|b.txt', page('左栏|右栏 标题', ...HOSTILE), [odd])]);
  const rows = tableRows(md);
  assert.ok(rows.length >= 8, `tables written:\n${md}`);
  for (const row of rows) assert.equal(cells(row).length, 3, `three cells in ${row}`);
  assert.ok(
    rows.some((r) => r.includes('左栏\\|右栏 标题')),
    md,
  );
  assert.ok(
    rows.some((r) => r.includes('NP999 pipe\\|in\\|name')),
    md,
  );
});

test('Markdown: ordinary Chinese headlines, figures and paths are left readable', () => {
  const md = toMarkdown([report('版面/第3版.txt', page('永川发力药品“永川造”', '带动就业2.6万人（含返乡创业）'))]);
  assert.ok(md.includes('## 版面/第3版.txt'), md);
  assert.ok(md.includes('| 永川发力药品“永川造” |'), md);
  assert.ok(md.includes('带动就业2.6万人（含返乡创业）'), md);
  assert.equal(mdInline('永川发力药品“永川造”，2.6万人。《报》：！？'), '永川发力药品“永川造”，2.6万人。《报》：！？');
  assert.equal(mdCell('  2.6万人 '), '2.6万人');
});

test('mdInline: one line, Markdown punctuation escaped, HTML characters as entities', () => {
  assert.equal(mdInline('a\nb\rc\r\nd\u2028e\u2029f'), 'a b c d e f');
  assert.equal(mdInline('\\*_[]()#!|`~'), '\\\\\\*\\_\\[\\]\\(\\)\\#\\!\\|\\`\\~');
  assert.equal(mdInline('a & b < c > d &lt;'), 'a &amp; b &lt; c &gt; d &amp;lt;');
  assert.equal(mdInline('x\u001b[31my'), 'x?\\[31my');
});

test('text: file names and page text stay on one line and carry no control characters', () => {
  const path = 'dir/a\u001b[2J\nb.txt';
  const text = toText([report(path, page('标题\u001b]0;pwned\u0007 一', '永川发力药品“永川造”'))]);
  // eslint-disable-next-line no-control-regex -- no control character may reach a terminal
  assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(text), JSON.stringify(text));
  const lines = text.split('\n');
  assert.equal(lines[0].startsWith('dir/a?[2J b.txt  ('), true, lines[0]);
  assert.ok(
    lines.some((l) => l.includes('永川发力药品“永川造”')),
    text,
  );
  assert.ok(
    lines.every((l) => !l.includes('dir/a') || l.includes('dir/a?[2J b.txt')),
    text,
  );
  assert.equal(oneLine('a\tb\u0085c\u202ed'), 'a b c?d');
});
