// The data behind the Articles view and "Compare Duplicate Copies", from the engine's reviews and
// workspace, without a server: which article a position names, its copies, what the diff editor
// shows, and an article's findings (hints aside, in text order, none of a neighbour's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { review, Workspace } from '../../src/engine';
import { duplicateCopies } from '../../src/lsp/compare';
import { articleFindings, fileNode } from '../../src/lsp/articlesData';
import { summarize } from '../../src/lsp/summaries';

const STORY = [
  '永川区新增就业岗位两万个',
  '本报讯(记者 李华)今年以来，永川区多措并举稳就业，全区新增就业岗位两万个，城镇登记失业率控制在百分之三以内。',
  '区人社局负责人介绍，该区全年开展了多场招聘会，帮助高校毕业生和农民工实现就业。',
];
const OTHER = ['合川区春耕生产有序推进', '本报讯(记者 赵强)连日来，合川区抢抓农时，组织农机手下田翻耕，全区已完成春耕面积十万亩。'];
/** A page of two articles, the reprinted story second, its paragraphs wrapped at twelve characters. */
const PAGE = `${OTHER.join('\n\n')}\n\n${STORY[0]}\n\n${STORY.slice(1)
  .map((p) => p.match(/.{1,12}/gu)!.join('\n'))
  .join('\n\n')}\n`;
/** The same story reflowed, with full-width brackets: the same words for the diff editor. */
const COPY = `${STORY.join('\n\n').replace('(', '（').replace(')', '）')}\n`;

function workspace(): Workspace {
  const ws = new Workspace();
  ws.set('mem:page', PAGE);
  ws.set('mem:copy', COPY);
  return ws;
}

test('duplicateCopies: the article at the position and its copy, normalised alike for the diff editor', () => {
  const ws = workspace();
  const storyLine = PAGE.split('\n').indexOf(STORY[0]);
  const found = duplicateCopies(ws, 'mem:page', { line: storyLine + 3 });
  assert.equal(found.article?.name, STORY[0]);
  assert.equal(found.article?.firstLine, storyLine);
  assert.deepEqual(
    found.copies.map((c) => [c.uri, c.name, c.firstLine]),
    [['mem:copy', STORY[0], 0]],
  );
  assert.equal(found.copies[0].similarity, 1);
  // Wraps undone, bracket width folded, a sentence a line: the two copies read the same.
  assert.equal(found.copies[0].text, found.article?.text);
  assert.equal(found.article?.text, `${STORY[1]}\n${STORY[2]}\n`.normalize('NFKC'), 'the body, a sentence a line, marks folded to one width');
});

test('duplicateCopies: an article without copies has none; a position between articles takes the first article that has some', () => {
  const ws = workspace();
  const first = duplicateCopies(ws, 'mem:page', { line: 0 });
  assert.equal(first.article?.name, OTHER[0]);
  assert.deepEqual(first.copies, []);
  const between = PAGE.split('\n').indexOf(STORY[0]) - 1;
  assert.equal(duplicateCopies(ws, 'mem:page', { line: between }).article?.name, STORY[0]);
  ws.set('mem:alone', '綦江新建三所学校\n\n本报讯(记者 钱进)4月3日，綦江区三所新学校开工建设，预计明年秋季投用。\n\n\n');
  assert.deepEqual(duplicateCopies(ws, 'mem:alone', { line: 5 }), { copies: [] }, 'no article there, and none with copies');
  assert.deepEqual(duplicateCopies(ws, 'mem:unknown', { line: 0 }), { copies: [] });
});

test('articleFindings: an article’s findings, hints aside, in text order, none from the article beside it', () => {
  const ws = workspace();
  const r = review(PAGE, { uri: 'mem:page', workspace: ws });
  const [other, story] = r.page.articles;
  const inStory = articleFindings(r, story.index);
  assert.ok(
    inStory.some((f) => f.ruleId === 'NP201'),
    'the reprint',
  );
  assert.ok(
    inStory.some((f) => f.ruleId === 'NP101'),
    'the wraps',
  );
  assert.ok(
    inStory.every((f) => f.severity !== 'hint'),
    'hints stay in the text',
  );
  assert.ok(
    inStory.every((f) => f.range.start.line >= story.firstLine && f.range.start.line <= story.lastLine),
    'inside the article',
  );
  const lines = inStory.map((f) => f.range.start.line);
  assert.deepEqual(
    lines,
    [...lines].sort((a, b) => a - b),
  );
  assert.ok(
    articleFindings(r, other.index).every((f) => f.range.start.line < story.firstLine),
    'the first article’s are its own',
  );
  assert.deepEqual(articleFindings(r, 99), []);
  // The Articles view's node counts the same findings, and links the copy.
  const node = fileNode('mem:page', summarize(r));
  assert.equal(node.uri, 'mem:page');
  const counted = node.articles[story.index];
  assert.equal(
    Object.values(counted.counts).reduce((n, c) => n + c, 0),
    inStory.length,
  );
  assert.deepEqual(
    counted.duplicates.map((d) => d.uri),
    ['mem:copy'],
  );
});
