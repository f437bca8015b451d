// What a unit is, decided by its shape and its neighbours: a two-character label heads what
// follows only under a finished sentence; two phrases set apart head the body under a finished
// story but sign it at the end; one- and two-character lines are layout fragments; a heading has no
// sentence end, no bare clause mark (unless its column's tag closes it) and no trailing pause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage, SourceText } from '../../src/engine';
import { labelSections, roleOf, type Role, type RoledUnit } from '../../src/engine/parse/roles';
import type { Unit } from '../../src/engine/parse/units';

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

// One unit at a time, each row on one side of one condition of roles.ts.
const unit = (lines: string[], more: Partial<Unit> = {}): Unit => ({ block: 0, firstLine: 0, lastLine: lines.length - 1, lines, continuesBlock: false, ...more });
const roleOfLines = (lines: string[], more: Partial<Unit> = {}) => roleOf(unit(lines, more)).role;
/** The roles after labelling, of units given as [role, text] (lines apart by `\n`): a paragraph's dateline read from its text. */
function labelled(...units: [Role, string][]): string {
  const roled = units.map(([role, text], k): RoledUnit => {
    const lines = text.split('\n');
    const u = roleOf(unit(lines, { firstLine: 4 * k, lastLine: 4 * k + lines.length - 1 }));
    return { ...u, role, dateline: role === 'paragraph' ? u.dateline : 0 };
  });
  labelSections(roled);
  return roled.map((u) => u.role).join(' ');
}

test('a line of a title block is a heading, or a paragraph when a dateline opens it (its length counted trimmed)', () => {
  assert.equal(roleOfLines(['总理会见卡塔尔埃米尔'], { hint: 'title' }), 'heading');
  const dated = roleOf(unit(['  本报讯（记者 王小明）今天'], { hint: 'title' }));
  assert.equal(dated.role, 'paragraph');
  assert.equal(dated.dateline, '本报讯（记者 王小明）'.length);
});

test('only a heading marked in the source has a level', () => {
  assert.equal(roleOf(unit(['## 北碚举办读书节'], { hint: 'markdown' })).level, 2);
  assert.equal('level' in roleOf(unit(['北碚举办读书节'])), false);
});

test('a label looks through layout residue to what it heads, and from the first unit or the last', () => {
  assert.equal(labelled(['paragraph', P], ['fragment', '速览'], ['caption', '图为读者在书店选书'], ['paragraph', Q]), 'paragraph heading caption paragraph');
  assert.equal(labelled(['fragment', '速览'], ['paragraph', Q]), 'heading paragraph');
  assert.equal(labelled(['paragraph', P], ['fragment', '速览']), 'paragraph fragment');
  assert.equal(labelled(['heading', '新春走基层'], ['fragment', '速览'], ['paragraph', Q]), 'heading heading paragraph');
});

test('a label is two Han characters on one line, trailing spaces aside', () => {
  assert.equal(labelled(['paragraph', P], ['fragment', '看'], ['paragraph', Q]), 'paragraph fragment paragraph');
  assert.equal(labelled(['paragraph', P], ['fragment', 'AI'], ['paragraph', Q]), 'paragraph fragment paragraph');
  assert.equal(labelled(['paragraph', P], ['fragment', '速览  '], ['paragraph', Q]), 'paragraph heading paragraph');
  // Exactly two: a fragment given by another reader may hold more.
  assert.equal(labelled(['paragraph', P], ['fragment', '速览看'], ['paragraph', Q]), 'paragraph fragment paragraph');
  assert.equal(labelled(['paragraph', P], ['fragment', '看速览'], ['paragraph', Q]), 'paragraph fragment paragraph');
  assert.equal(labelled(['paragraph', P], ['fragment', '速览\n看'], ['paragraph', Q]), 'paragraph fragment paragraph');
});

test('a label heads body text or a heading below it, not a dateline paragraph or a byline', () => {
  assert.equal(labelled(['paragraph', P], ['fragment', '速览'], ['paragraph', '本报讯（记者 王小明）今天，全区召开大会。']), 'paragraph fragment paragraph');
  assert.equal(labelled(['paragraph', P], ['fragment', '速览'], ['heading', '全区召开大会']), 'paragraph heading heading');
  assert.equal(labelled(['paragraph', P], ['fragment', '速览'], ['byline', '本报记者 王小明']), 'paragraph fragment byline');
});

test('phrases set apart head body text only under a finished paragraph, and only names-shaped ones', () => {
  assert.equal(labelled(['paragraph', P], ['editors', '品书香 过大年'], ['paragraph', Q]), 'paragraph heading paragraph');
  assert.equal(labelled(['editors', '品书香 过大年'], ['paragraph', Q]), 'editors paragraph');
  // A note in brackets ends on a full stop inside them, yet is no finished paragraph.
  assert.equal(labelled(['note', '（本文图片均由作者提供。）'], ['editors', '品书香 过大年'], ['paragraph', Q]), 'note editors paragraph');
  assert.equal(labelled(['paragraph', P], ['editors', '本版制图：沈亦伶'], ['paragraph', Q]), 'paragraph editors paragraph');
  // Only an editors' line of one line is asked: a paragraph of names' shape stays a paragraph.
  assert.equal(labelled(['paragraph', P], ['paragraph', '何婧 杨雪婷'], ['paragraph', Q]), 'paragraph paragraph paragraph');
  assert.equal(labelled(['paragraph', P], ['editors', '何婧 杨雪婷\n王小明 李华'], ['paragraph', Q]), 'paragraph editors paragraph');
});

test('layout fragments are one or two characters a line, spaces aside', () => {
  assert.equal(roleOfLines(['  看  ']), 'fragment');
  assert.equal(roleOfLines(['外媒', '看']), 'fragment');
  assert.equal(roleOfLines(['外媒看']), 'heading');
});

test('a heading has three lines at most, of twenty cells or fewer when more than one', () => {
  assert.equal(roleOfLines(['加快推进', '乡村振兴', '推动发展']), 'heading');
  assert.equal(roleOfLines(['加快推进', '乡村振兴', '推动发展', '再上台阶']), 'paragraph');
  assert.equal(roleOfLines(['加快推进乡村振兴推动高质量发展再上新台阶', '全区上下']), 'heading');
  assert.equal(roleOfLines(['加快推进乡村振兴推动高质量发展再上新台阶啊', '全区上下']), 'paragraph');
  assert.equal(roleOfLines(['加快推进乡村振兴推动高质量发展再上新台阶啊']), 'heading');
});

test('a heading is two to sixty cells wide', () => {
  assert.equal(roleOfLines(['ABC']), 'paragraph');
  assert.equal(roleOfLines(['ABCD']), 'heading');
  const han = '加快推进乡村振兴推动高质量发展再上新台阶';
  assert.equal(roleOfLines([han + han + han]), 'heading');
  assert.equal(roleOfLines([han + han + han + 'A']), 'paragraph');
});

test('a heading with a clause mark: one line, no sentence end, its column tag closing it', () => {
  assert.equal(roleOfLines(['春运，一场共享发展的旅程（评论员观察）']), 'heading');
  assert.equal(roleOfLines(['春运，一场共享', '发展的旅程（评论员观察）']), 'paragraph');
  assert.equal(roleOfLines(['春运。一场共享发展的旅程（评论员观察）']), 'paragraph');
  // A colon is no clause mark, but a line ending on a pause continues a sentence.
  assert.equal(roleOfLines(['主要措施如下：']), 'paragraph');
  assert.equal(roleOfLines(['主要措施如下']), 'heading');
});
