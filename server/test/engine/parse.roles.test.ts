// What a unit is, decided by its shape and its neighbours: a two-character label heads what
// follows only under a finished sentence; two phrases set apart head the body under a finished
// story but sign it at the end; one- and two-character lines are layout fragments; a heading has no
// sentence end, no bare clause mark (unless its column's tag closes it) and no trailing pause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage, SourceText } from '../../src/engine';

const P = '今年以来，全区上下狠抓落实，各项工作取得明显成效。';
const Q = '全区新认定高新技术企业42家，科技型企业总数达到六百余家。';
const kinds = (text: string) =>
  parsePage(new SourceText(text))
    .elements.map((e) => e.kind)
    .join(' ');
/** The kind of the piece set between two paragraphs of one story. */
const between = (piece: string, above = P) => kinds(`# 标题\n\n${above}\n\n${piece}\n\n${Q}`);

test('a two-character label heads what follows under a finished sentence, and is residue inside an unfinished one', () => {
  assert.equal(between('速览'), 'headline paragraph subhead paragraph');
  assert.equal(between('速览', '今年以来，全区上下狠抓落实'), 'headline paragraph fragment paragraph');
});

test('two phrases set apart: a headline over body text, the editors at the end', () => {
  assert.equal(between('品书香 过大年'), 'headline paragraph subhead paragraph');
  assert.equal(kinds(`# 标题\n\n${P}\n\n何婧 杨雪婷`), 'headline paragraph editors');
});

test('one or two characters a line are layout fragments', () => {
  assert.equal(between('外媒\n看\n永川'), 'headline paragraph fragment paragraph');
});

test('a heading ends on no mark: a clause mark or a pause makes body text, a column tag keeps a headline', () => {
  assert.equal(between('春运，一场共享发展的旅程（评论员观察）'), 'headline paragraph headline paragraph');
  assert.equal(between('春运，一场共享发展的旅程'), 'headline paragraph paragraph paragraph');
  assert.equal(between('加快推进乡村振兴、'), 'headline paragraph paragraph paragraph');
  assert.equal(between('加快推进乡村振兴'), 'headline paragraph subhead paragraph');
  assert.equal(between('加快推进乡村振兴。'), 'headline paragraph paragraph paragraph');
});
