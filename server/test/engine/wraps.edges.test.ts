// The wrap rules one branch at a time, on paragraphs built to a width in cells: which wrapped
// paragraphs NP101 reads as set in one column, and what NP105 takes for a cut number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { review } from '../../src/engine';

const POOL = '全区上下狠抓落实各项工作取得明显成效新认定高新技术企业科技型企业总数达到六百余家今年以来全市经济运行稳中有进';
/** A line of `cells` cells (a Latin letter for a half cell); `end` is set after them. */
const line = (cells: number, end = '') => {
  const whole = Math.floor(cells - (end ? 1 : 0));
  return POOL.slice(0, whole) + (cells - (end ? 1 : 0) - whole ? 'a' : '') + end;
};
const np101 = (lines: string[]) =>
  review(`## 标题行\n\n${lines.join('\n')}\n`, { families: ['wraps'] })
    .findings.filter((f) => f.ruleId === 'NP101')
    .map((f) => f.message);

test('NP101: narrow lines are a column however uneven; wider ones only within two and a half cells of their median, the last no wider', () => {
  assert.deepEqual(np101([line(20), line(12), line(20), line(8, '。')]), ['Paragraph hard-wrapped over 4 lines at 20 characters: reflow it to one line.']);
  assert.equal(np101([line(20), line(30), line(20), line(10, '。')]).length, 1);
  assert.equal(np101([line(24), line(24), line(23), line(10, '。')]).length, 1);
  assert.equal(np101([line(24), line(26.5), line(24), line(10, '。')]).length, 1);
  assert.deepEqual(np101([line(24), line(27), line(24), line(10, '。')]), []);
  assert.equal(np101([line(24), line(24), line(24), line(26.5, '。')]).length, 1);
  assert.deepEqual(np101([line(24), line(24), line(24), line(27, '。')]), []);
});

test('NP101 names the column width up to thirty cells', () => {
  assert.deepEqual(np101([line(30), line(30), line(30), line(10, '。')]), ['Paragraph hard-wrapped over 4 lines at 30 characters: reflow it to one line.']);
  assert.deepEqual(np101([line(31), line(31), line(31), line(10, '。')]), ['Paragraph hard-wrapped over 4 lines: reflow it to one line.']);
});
