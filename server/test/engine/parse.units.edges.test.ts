// The cut of blocks into units, one condition at a time: each row sits on one side of one limit
// of the title-block shape, the glued headline, the column measure of a two-line block and the
// sentence end that closes a paragraph, so that moving a limit by a cell fails a row. The lines are
// built to a width in cells (a Han character is one, a Latin letter half), because the limits are
// widths; their words do not matter to the cut.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceText } from '../../src/engine';
import { blocksOf, unitsOf, type Unit } from '../../src/engine/parse/units';
import { han, line } from './widths';

function unitsOfLast(blocks: string[][]): Unit[] {
  const source = new SourceText(blocks.map((b) => b.join('\n')).join('\n\n'));
  const all = blocksOf(source);
  return unitsOf(source, all).filter((u) => u.block === all.length - 1);
}

/** The last block's units: `T` for a title line, a hint's name, or the number of lines a unit holds. */
function cut(...blocks: string[][]): string {
  return unitsOfLast(blocks)
    .map((u) => (u.hint === 'title' ? 'T' : (u.hint ?? String(u.lastLine - u.firstLine + 1))))
    .join(' ');
}

/** The column width each unit of the last block was given (`-` where none). */
function columns(...blocks: string[][]): string {
  return unitsOfLast(blocks)
    .map((u) => (u.columnWidth === undefined ? '-' : String(u.columnWidth)))
    .join(' ');
}

test('a title block has two to six lines', () => {
  const six = [line(26), line(12), line(26), line(12), line(26), line(12)];
  assert.equal(cut(six), 'T T T T T T');
  assert.equal(cut([line(26), line(12)]), 'T T');
  assert.notEqual(cut([...six, line(12)]), 'T T T T T T T');
  // One line alone is a unit of one line: whatever it is, roles.ts decides.
  assert.equal(cut(['融入京津冀 寻找增长亮点']), '1');
});

test('a line of a title block ends on no mark', () => {
  // Read instead as a headline glued above a paragraph of one line.
  assert.equal(cut([line(26), line(12, '。')]), '1 1');
  assert.equal(cut([line(26), line(12, '，')]), '1 1');
});

test('a headline of phrases set apart closes a title block, however narrow its lines', () => {
  assert.equal(cut(['加快推进乡村振兴', '融入京津冀 寻找增长亮点']), 'T T');
  assert.equal(cut(['加快推进乡村振兴', '融入京津冀\u3000寻找增长亮点']), 'T T');
  assert.equal(cut(['加快推进乡村振兴', '融入京津冀  寻找增长亮点']), 'T T');
  // One Han character before the space is no phrase (`2019年 春运第一线`).
  assert.equal(cut(['加快推进乡村振兴', '2019年 春运第一线']), '2');
  assert.equal(cut(['加快推进乡村振兴', '春运第一线 第1站']), '2');
});

test('a column tag closes a title block, trailing spaces aside', () => {
  assert.equal(cut(['新春走基层', '返乡路上的温暖（2019春运一线）  ']), 'T T');
  assert.equal(cut(['新春走基层', '返乡路上的温暖（2019春运一线）']), 'T T');
  assert.equal(cut(['新春走基层', '返乡路上的温暖（二）']), '2');
});

test('a kicker ending on a dash leads a shorter headline, in a title of three lines at most', () => {
  assert.equal(cut(['天津基层党建述职评议会勇于揭短亮丑——', '就是要让水流到地头']), 'T T');
  assert.equal(cut(['天津基层党建述职评议会勇于揭短亮丑——  ', '就是要让水流到地头']), 'T T');
  assert.equal(cut(['改革开放再出发——', '一起奋斗新时代', '群众说变化大']), 'T T T');
  assert.equal(cut(['改革开放再出发——', '一起奋斗新时代新征']), '2');
  assert.equal(cut(['改革——开放再出发', '一起奋斗']), '2');
  assert.equal(cut(['改革开放再出发——', '一起奋斗新时代', '记者走访基层一线', '群众说变化']), '4');
});

test('lines of twenty cells or fewer stay one heading of several lines', () => {
  // Wider below, but narrow: a two-line subhead (`给政策` / `构建创业扶持政策集群`).
  assert.equal(cut([line(14), line(20)]), '2');
  assert.equal(cut([line(14), line(21)]), 'T T');
});

test('a title block is set wider than a column: the widest line above the last counts', () => {
  assert.equal(cut([line(25), line(12)]), 'T T');
  assert.equal(cut([line(24), line(24)]), '2');
  // The last line's own width is no measure: a paragraph's last line may hang a cell wider.
  assert.equal(cut([line(24), line(25)]), '2');
  assert.equal(cut([line(24), line(25), line(24)]), 'T T T');
});

test('a title line wider by more than a cell and a half than the line above', () => {
  assert.equal(cut([line(21), line(23)]), 'T T');
  assert.equal(cut([line(21), line(22.5)]), '2');
  assert.equal(cut([line(21), line(20)]), '2');
});

test('a subtitle opens a line below the first on a dash, indented or not', () => {
  assert.equal(cut([line(22), '——' + line(20)]), 'T T');
  assert.equal(cut([line(22), '\u3000——' + line(20)]), 'T T');
  assert.equal(cut(['——' + line(20), line(22)]), '2');
  assert.equal(cut([line(22), line(10) + '——' + line(10)]), '2');
});

test('a last line more than a cell and a half short of the widest ends a display block', () => {
  assert.equal(cut([line(22), line(20)]), 'T T');
  assert.equal(cut([line(22), line(20.5)]), '2');
  assert.equal(cut([line(22), line(21)]), '2');
});

test('a title set over its summary in one block: lines with a column tag or a subtitle, then the summary', () => {
  const summary = line(18, '。');
  assert.equal(cut(['新春走基层 温暖回家路（2019春运一线）', '——' + line(20), summary]), 'T T 1');
  assert.equal(cut([line(22), '——' + line(20), summary]), 'T T 1');
  // Neither a tag nor a subtitle above the summary: a subtitle further down does not make one.
  assert.notEqual(cut([line(26), line(12), summary, '——' + line(10)]).slice(0, 3), 'T T');
  // The title lines are measured by their own widths, not the summary's.
  assert.notEqual(cut(['新春走基层记者返乡路上感受温暖（评论员观察）', line(21), line(5, '。')]).slice(0, 3), 'T T');
});

test('a headline glued above a column: unpunctuated, eighteen cells or more, more than two wider than a column of eight or more', () => {
  assert.equal(cut([line(18), line(15), line(15), line(10, '。')]), '1 3');
  assert.equal(cut([line(17.5), line(15), line(15), line(10, '。')]), '4');
  assert.equal(cut([line(18), line(16), line(16), line(10, '。')]), '4');
  assert.equal(cut([line(18), line(8), line(8), line(5, '。')]), '1 3');
  assert.equal(cut([line(18), line(7.5), line(7.5), line(5, '。')]), '4');
  assert.equal(cut([line(9) + '，' + line(9), line(15), line(15), line(10, '。')]), '4');
  assert.equal(cut([line(19, '。'), line(15), line(15), line(10, '。')]), '4');
});

test('a headline glued above a paragraph reflowed to one line narrower than it, hanging marks aside', () => {
  const head = line(10);
  const para = (cells: number, end: string) => han(0, 4) + '，' + han(4, cells - 1) + end;
  assert.equal(cut([head, para(11, '。')]), '1 1');
  assert.equal(cut([head, para(10, '。')]), '2');
  // Two hanging marks at the end count for nothing, nor one at the start (NP404), nor trailing spaces.
  assert.equal(cut([head, para(10, '。”')]), '2');
  assert.equal(cut([head, '，' + para(10, '。')]), '2');
  assert.equal(cut([head, para(10, '。') + '  ']), '2');
  assert.equal(cut([head + '  ', para(11, '。')]), '1 1');
  // Spaces in the headline count a cell each: a column sets `第五条  车辆…` to its full width.
  assert.equal(cut(['第五条  车辆管理办法如下', para(13, '。')]), '2');
  assert.equal(cut(['第五条  车辆管理办法如下', para(14, '。')]), '1 1');
});

test('in a block of two lines the column is the first line, or the second less a hanging cell', () => {
  assert.equal(cut([line(10, '。'), line(11)]), '2');
  assert.equal(cut([line(10, '。'), line(12.5)]), '1 1');
  assert.equal(cut([line(24, '。'), line(10)]), '2');
  // A first line wider than any column is a paragraph reflowed to one line.
  assert.equal(cut([line(25, '。'), line(10)]), '1 1');
});

test('a two-line block that runs on below is measured by the column of a block before it', () => {
  const column = [line(20), line(20), line(20), line(12, '。')];
  const pair = [line(15, '。'), line(12)];
  assert.equal(cut(pair), '2');
  assert.equal(cut(column, pair), '1 1');
  // Looked back over two blocks, not three; blocks of one or two lines measure nothing.
  assert.equal(cut(column, ['新春走基层'], pair), '1 1');
  assert.equal(cut(column, ['新春走基层'], ['返乡过大年'], pair), '2');
  assert.equal(cut(column, [line(14), line(8, '。')], pair), '1 1');
  // A second line that ends on a mark may end the paragraph short: the neighbour is not asked.
  assert.equal(cut(column, [line(15, '。'), line(12, '。')]), '2');
  // The neighbour's column is the most common width of its full lines, its last line included when full.
  assert.equal(cut([line(18), line(20), line(10, '。')], [line(18, '。'), line(12)]), '1 1');
});

test('after a paragraph reflowed to one wide line, no line of a two-line block is wrapped', () => {
  const pair = [line(15, '。'), line(12)];
  const reflowed = [han(0, 10) + '，' + han(10, 28) + '。'];
  assert.equal(cut(reflowed, pair), '1 1');
  assert.equal(columns(reflowed, pair), '15 15');
  // Twenty-four cells is a column's width, and a wide line without a clause mark is a headline.
  assert.equal(cut([han(0, 10) + '，' + han(10, 22) + '。'], pair), '2');
  assert.equal(cut([line(30)], pair), '2');
});

test('in a longer block a sentence end closes a paragraph when it stops short of the median line', () => {
  assert.equal(cut([line(20), line(20), line(12, '。'), line(20), line(16)]), '3 2');
  assert.equal(cut([line(20), line(20), line(19, '。'), line(20), line(15)]), '5');
  assert.equal(cut([line(20), line(20), line(18.5, '。'), line(20), line(15)]), '3 2');
});

test('the column width a unit is given', () => {
  // The most common width of the full lines; of two equally common, the wider.
  assert.equal(columns([line(20), line(20), line(18), line(18), line(10, '。')]), '20');
  assert.equal(columns([line(20), line(20), line(18), line(18), line(18, '。')]), '20');
  assert.equal(columns([line(18), line(20), line(18), line(21), line(10, '。')]), '18');
  // Two lines: the first line, or the second less a hanging cell, rounded.
  assert.equal(columns([line(15), line(17)]), '16');
  assert.equal(columns([line(15.5), line(12)]), '16');
  // A glued headline has none and does not count; a paragraph of one line under it measures nothing.
  assert.equal(columns([line(24), line(18), line(17), line(10, '。')]), '- 18');
  assert.equal(columns([line(24), line(10, '。')]), '- -');
  // A unit with its own hint stands outside the cut.
  assert.equal(columns([line(20), line(20), line(12, '。'), '本报记者 王小明']), '20 -');
});

test('a byline stands at a block edge, indented or not; inside a column it is body text', () => {
  assert.equal(cut(['本报记者 王小明', line(20), line(20), line(12, '。')]), 'byline 3');
  assert.equal(cut(['  本报记者 王小明', line(20), line(20), line(12, '。')]), 'byline 3');
  assert.equal(cut([line(20), line(20), line(12, '。'), '本报记者 王小明']), '3 byline');
  assert.equal(cut([line(20), '本报记者 王小明', line(20), line(12, '。')]), '4');
});

test('an indented unpunctuated line of twenty cells or fewer is a banner', () => {
  assert.equal(cut(['\u3000\u3000' + line(20)]), 'banner');
  assert.equal(cut(['\u3000\u3000' + line(20.5)]), '1');
  assert.equal(cut([line(20)]), '1');
});

test('a unit keeps whether it continues its block, and title and hinted lines never do', () => {
  const units = unitsOfLast([[line(20), line(20), line(12, '。'), line(20), line(16)]]);
  assert.deepEqual(
    units.map((u) => u.continuesBlock),
    [false, true],
  );
  for (const u of unitsOfLast([[line(26), line(12)]])) assert.equal(u.continuesBlock, false);
  for (const u of unitsOfLast([['本报记者 王小明', line(20), line(12, '。')]])) if (u.hint) assert.equal(u.continuesBlock, false);
});
