// The layout family on pages built for the purpose (not the samples): a headline extraction put
// after its body, in a CRLF file; residue stacked line by line; a section label that is not residue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, parsePage, review, SourceText } from '../../src/engine';
import { moveLinesAfter, moveLinesBefore, removeLines } from '../../src/engine/rules/layout/moveLines';
import { loadJieba } from '../../src/jieba';

const segmenter = loadJieba();
const of = (text: string, rule: string) => review(text, { segmenter }).findings.filter((f) => f.ruleId === rule);
const BODY = '文章指出，生态文明建设是关系中华民族永续发展的根本大计，要自觉把经济社会发展同生态文明建设统筹起来。';

test('NP501 on a CRLF page: the headline after its body is reported, and the move keeps the file’s line breaks', () => {
  const lines = [
    '本报北京2月11日电  （记者王观）中国银联11日发布数据，春节期间银联网络交易金额超过一万亿元。',
    '',
    BODY,
    '',
    // The next article has a title of its own above its body, so this one can only be the first article's.
    '春节期间银联网络交易金额超过一万亿元',
    '',
    '',
    '铁路部门积极应对雨雪天气保障旅客平安出行',
    '',
    '本报北京2月14日电  （记者王观）铁路部门迅速启动应急预案，加强运输组织。',
    '',
    BODY,
    '',
  ];
  const text = lines.join('\r\n');
  const [f, ...rest] = of(text, 'NP501');
  assert.equal(rest.length, 0);
  assert.equal(f.range.start.line, 4);
  assert.match(f.message, /line 1\b/u);
  const moved = applyEdits(text, f.fixes[0].edits);
  assert.ok(!/(?<!\r)\n/u.test(moved), 'no bare LF in a CRLF file');
  assert.equal(moved.split('\r\n')[0], '春节期间银联网络交易金额超过一万亿元');
  assert.equal(parsePage(moved).articles[0].placement, 'before');
  assert.deepEqual(of(moved, 'NP501'), []);
});

test('NP502: lines of one or two characters stacked in a block are residue; a section label on its own line is not', () => {
  const residue = `文章标题\n\n${BODY}\n\n聚\n焦\n\n${BODY}\n`;
  const [f] = of(residue, 'NP502');
  assert.match(f.message, /聚 \/ 焦/u);
  // Moving to the end of the article: the fragments leave the middle and end the article.
  const moved = applyEdits(residue, f.fixes[1].edits);
  assert.ok(moved.trimEnd().endsWith('聚\n焦'), moved);
  for (const label of ['速览', '东', '……']) assert.deepEqual(of(`文章标题\n\n${BODY}\n\n${label}\n\n${BODY}\n`, 'NP502'), [], label);
});

test('NP502: one run of residue spans a blank line, not two; the move is offered only where text of the article follows', () => {
  const page = (middle: string, after = `\n\n${BODY}`) => `文章标题\n\n${BODY}\n\n${middle}${after}\n`;
  // (A line of two Han characters alone between finished paragraphs would head a section.)
  const [one, ...none] = of(page('外媒\n看\n\n川'), 'NP502');
  assert.equal(none.length, 0);
  assert.match(one.message, /外媒 \/ 看 \/ 川/u);
  assert.equal(one.fixes.length, 2);
  // Two blank lines apart: two runs, and the single line alone is a label.
  const [apart, ...more] = of(page('外媒\n看\n\n\n川'), 'NP502');
  assert.equal(more.length, 0);
  assert.match(apart.message, /“外媒 \/ 看”/u);
  // Labels a blank line apart are each a line of their own: no residue.
  assert.deepEqual(of(page('速览\n\n合肥'), 'NP502'), []);
  // At the article's end there is nowhere further to move them.
  const [last] = of(page('聚\n焦', ''), 'NP502');
  assert.deepEqual(
    last.fixes.map((f) => f.title),
    ['Remove the fragments'],
  );
  // Before any article they belong to none: remove only.
  const [outside] = of(`聚\n焦\n\n文章标题\n\n${BODY}\n`, 'NP502');
  assert.equal(outside.fixes.length, 1);
});

test('NP501 moves the kicker with the headline, and leaves a title whose lines other text stands between', () => {
  const body = `本报讯（记者 周雨）${BODY}`;
  const [f, ...rest] = of(`${body}\n\n新春走基层\n\n永川发力药品“永川造”\n`, 'NP501');
  assert.equal(rest.length, 0);
  assert.match(f.message, /“新春走基层 永川发力药品“永川造””/u);
  assert.equal(f.range.start.line, 2);
  assert.deepEqual(of(`${body}\n\n新春走基层\n\n图为村民在田间劳作（张三摄）\n\n永川发力药品“永川造”\n`, 'NP501'), []);
  assert.deepEqual(of(`永川发力药品“永川造”\n\n${body}\n`, 'NP501'), []);
});

test('NP501 names the whole title in reading order, where it stands and where the body starts, and points at the body', () => {
  const body = '本报讯（记者 周雨）永川区新增培育药品企业12家，全区工业经济稳步增长。';
  const [f, ...rest] = of(`${body}\n\n引题：医药产业\n\n永川发力药品“永川造”\n\n——全区新增培育药品企业12家\n`, 'NP501');
  assert.equal(rest.length, 0);
  assert.equal(
    f.message,
    'The headline “引题：医药产业 永川发力药品“永川造” ——全区新增培育药品企业12家” (line 3) comes after its article’s body, which starts at line 1: the printed page sets it above.',
  );
  assert.deepEqual(
    [f.range.start, f.range.end],
    [
      { line: 2, character: 0 },
      { line: 6, character: 15 },
    ],
  );
  assert.deepEqual(f.related, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 36 } }, message: 'The article’s body starts here.' }]);
});

test('moving lines takes the blank lines after them along, keeps the file’s line breaks, and works at the file’s end', () => {
  const lf = new SourceText('甲\n\n乙\n丙\n\n\n丁\n');
  assert.equal(applyEdits(lf.text, moveLinesBefore(lf, 2, 3, 0)), '乙\n丙\n\n甲\n\n丁\n');
  assert.equal(applyEdits(lf.text, moveLinesAfter(lf, 0, 0, 6)), '乙\n丙\n\n\n丁\n\n甲\n');
  assert.equal(applyEdits(lf.text, removeLines(lf, 2, 3)), '甲\n\n丁\n');
  // A line of spaces is blank too.
  const spaced = new SourceText('甲\n\n乙\n  \n丁\n');
  assert.equal(applyEdits(spaced.text, removeLines(spaced, 2, 2)), '甲\n\n丁\n');
  // The last lines, with no line break after them.
  const end = new SourceText('甲\n\n乙');
  assert.equal(applyEdits(end.text, removeLines(end, 2, 2)), '甲\n\n');
  assert.equal(applyEdits(end.text, moveLinesBefore(end, 2, 2, 0)), '乙\n\n甲\n\n');
  const crlf = new SourceText('甲\r\n\r\n乙\r\n');
  assert.equal(applyEdits(crlf.text, moveLinesBefore(crlf, 2, 2, 0)), '乙\r\n\r\n甲\r\n\r\n');
});
