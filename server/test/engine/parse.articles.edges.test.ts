// Grouping units into articles and placing their titles, one condition at a time: which headings
// cluster into one title, which are subheads inside running text, which clusters are kicker,
// headline, subtitle or a subhead above the body, and what each element carries (its text, layout,
// column width, dateline).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage, SourceText, type Page } from '../../src/engine';
import { parseSteps } from '../../src/engine/parse/page';
import { clustersOf } from '../../src/engine/parse/articles';
import { roleOf, type RoledUnit } from '../../src/engine/parse/roles';
import type { Unit } from '../../src/engine/parse/units';

const P = '今年以来，全区上下狠抓落实，各项工作取得明显成效。';
const Q = '全区新认定高新技术企业42家，科技型企业总数达到六百余家。';
const page = (...blocks: string[]) => parsePage(blocks.join('\n\n'));
/** Each article's elements as `kind:text`, articles apart by ` | `. */
const shape = (p: Page) => p.articles.map((a) => a.elements.map((e) => `${e.kind}:${e.text}`).join(' ')).join(' | ');

// clustersOf on headings made by hand: a width in cells from the text, a level or a title block's hint where given.
let line = 0;
function heading(text: string, more: Partial<Unit> & { role?: RoledUnit['role']; level?: number } = {}): RoledUnit {
  const lines = text.split('\n');
  const u: Unit = { block: line, firstLine: line, lastLine: line + lines.length - 1, lines, continuesBlock: false, ...more };
  line += lines.length + 1;
  const r = roleOf(u);
  return { ...r, role: more.role ?? 'heading', level: more.level };
}
const clusterSizes = (...us: RoledUnit[]) =>
  clustersOf(us)
    .map((c) => c.length)
    .join(' ');
const LONG = '推动经济高质量发展取得新成效'; // 14 cells
const LONG2 = '全区上下狠抓落实各项工作见实效'; // 15 cells

test('a note or document number goes with the title it stands by, and the heading after it too', () => {
  const note = heading('（2022年12月20日重庆市第六届人民代表大会常务委员会主任会议通过）', { role: 'note' });
  assert.equal(clusterSizes(heading(LONG), note, heading(LONG2)), '3');
});

test('lines of one title block are one cluster; lines of two blocks, or a title line beside another heading, are not', () => {
  assert.equal(clusterSizes(heading(LONG, { hint: 'title', block: 0 }), heading(LONG2, { hint: 'title', block: 0 })), '2');
  assert.equal(clusterSizes(heading(LONG, { hint: 'title', block: 0 }), heading(LONG2, { hint: 'title', block: 1 })), '1 1');
  assert.equal(clusterSizes(heading(LONG, { hint: 'title', block: 0 }), heading(LONG2, { block: 0 })), '1 1');
  assert.equal(clusterSizes(heading(LONG, { block: 0 }), heading(LONG2, { hint: 'title', block: 0 })), '1 1');
});

test('marked levels cluster a kicker over its headline only, and a marked heading never with an unmarked one', () => {
  assert.equal(clusterSizes(heading('系列', { level: 2 }), heading(LONG, { level: 1 })), '2');
  assert.equal(clusterSizes(heading(LONG, { level: 1 }), heading('副题', { level: 2 })), '1 1');
  assert.equal(clusterSizes(heading('系列报道', { level: 2 }), heading('新春走基层')), '1 1');
  assert.equal(clusterSizes(heading('新春走基层'), heading('系列报道', { level: 2 })), '1 1');
});

test('unmarked: a line of twelve cells or fewer beside a wider one, up to three lines of one line each', () => {
  assert.equal(clusterSizes(heading('蔬菜大棚建设好日子就会回'), heading(LONG)), '2');
  assert.equal(clusterSizes(heading('蔬菜大棚建设好日子就会回A'), heading(LONG)), '1 1');
  assert.equal(clusterSizes(heading('新春走基层'), heading('返乡过大年')), '1 1');
  assert.equal(clusterSizes(heading('新春走基层'), heading(LONG), heading('返乡路上'), heading(LONG2)), '3 1');
  assert.equal(clusterSizes(heading('新春走基层'), heading('给政策\n构建创业扶持政策集群')), '1 1');
});

test('a block mark or a marked level of three or more makes a subhead inside running text', () => {
  assert.equal(shape(page('# 标题', P, '■优化营商环境兴投资', Q)), 'headline:标题 paragraph:' + P + ' subhead:■优化营商环境兴投资 paragraph:' + Q);
  assert.equal(page('# 标题', P, '  ■优化营商环境兴投资促进经济高质量发展', Q).articles.length, 1);
  assert.equal(page('# 标题', P, '■优化营商环境', LONG + '再上台阶', Q).articles.length, 2);
  assert.equal(page('# 标题', P, '### 抓品牌', Q).articles[0].subheads.length, 1);
  assert.equal(page('# 标题', P, '## 抓品牌', Q).articles.length, 2);
});

test('paired subheads: up to three short unmarked lines, none a title block line, each twelve cells or fewer', () => {
  const twelve = '蔬菜大棚建设好日子就会回';
  assert.equal(page('# 标题', P, twelve, '好日子就会回来', Q).articles.length, 1);
  assert.equal(page('# 标题', P, '只要蔬菜大棚在', '好日子就会回来', '日子越过越红火', Q).articles.length, 1);
  assert.equal(page('# 标题', P, '只要蔬菜大棚在', '好日子就会回来', '日子越过越红火', '乡亲们笑开颜', Q).articles.length, 2);
  assert.equal(page('# 标题', P, twelve + 'A', '好日子就会回来', Q).articles.length, 2);
  assert.equal(page('# 标题', P, '改革开放再出发——\n一起奋斗', Q).articles.length, 2);
});

test('a subhead looks through a caption under it to the body text', () => {
  const p = page('# 标题', P, '抓品牌', '图为村民在田间劳作（张三摄）', Q);
  assert.equal(p.articles.length, 1);
  assert.deepEqual(
    p.articles[0].subheads.map((e) => e.text),
    ['抓品牌'],
  );
});

test('a note under body text closes it, residue between them or not; a note under a title goes with the title', () => {
  const closed = page('# 标题', P, '图为村民在田间劳作（张三摄）', '（本系列评论到此结束）', '# 下一篇', Q);
  assert.equal(closed.articles.length, 2);
  assert.ok(closed.articles[0].elements.some((e) => e.kind === 'note'));
  const titled = page('# 标题', '（2022年12月20日重庆市第六届人民代表大会常务委员会主任会议通过）', P);
  assert.equal(titled.articles.length, 1);
  assert.deepEqual(titled.articles[0].residue, []);
  assert.equal(titled.articles[0].elements[1].kind, 'note');
  // At the top of a page a note is no closing note: it stands with what follows.
  const top = page('（上接第一版）', P);
  assert.equal(top.articles.length, 1);
  assert.deepEqual(top.articles[0].residue, []);
  assert.equal(top.articles[0].untitled, true);
});

test('residue set between the headings of one title stays on the page', () => {
  const p = page('新春走基层', '图为村民在田间劳作（张三摄）', LONG, P);
  assert.ok(p.elements.some((e) => e.kind === 'caption'));
  assert.equal(p.elements.length, 4);
});

test('elements run in page order, residue outside any article included', () => {
  const p = page('图为村民在田间劳作（张三摄）', '# 标题', P);
  assert.deepEqual(
    p.elements.map((e) => e.kind),
    ['caption', 'headline', 'paragraph'],
  );
});

test('a kicker, headline and subtitle set as one title block: the headline is the line between the lead-in and the dash', () => {
  const p = page('天津基层党建述职评议会勇于揭短亮丑——  \n就是要让水流到地头\n——记者蹲点基层纪实', '本报讯（记者 王小明）' + P);
  const [a] = p.articles;
  assert.equal(a.headline?.text, '就是要让水流到地头');
  assert.deepEqual(
    a.kickers.map((e) => e.kind),
    ['kicker'],
  );
  assert.deepEqual(
    a.subtitles.map((e) => e.text),
    ['——记者蹲点基层纪实'],
  );
  assert.equal(a.subtitles[0].kind, 'subtitle');
});

test('of two equally wide lines of a title block the one nearer the body is the headline', () => {
  const wide = '全区上下狠抓落实各项工作取得明显成效新认定高新技';
  const p = page(`${wide}术\n${wide}企`, P);
  assert.equal(p.articles[0].headline?.text, `${wide}企`);
  assert.equal(p.articles[0].kickers[0]?.text, `${wide}术`);
});

test('the lowest marked level is the headline; a heading below it in the lead is a subtitle, one of two lines a subhead above the body', () => {
  const p = page('# 标题', '## 副题很长的一行标题', P);
  assert.equal(p.articles[0].headline?.text, '标题');
  assert.deepEqual(
    p.articles[0].subtitles.map((e) => e.kind),
    ['subtitle'],
  );
  const series = page('新春走基层特别报道之乡村振兴', LONG, '给政策\n构建创业扶持政策集群', P);
  const [a] = series.articles;
  assert.equal(a.headline?.text, LONG);
  assert.deepEqual(
    a.kickers.map((e) => e.text),
    ['新春走基层特别报道之乡村振兴'],
  );
  assert.deepEqual(
    a.subheads.map((e) => e.text),
    ['给政策 构建创业扶持政策集群'],
  );
});

test('of headlines after a body, the first is the headline and the others extra', () => {
  const p = page('本报讯（记者 王小明）' + P, LONG, LONG2 + '再上台阶');
  const [a] = p.articles;
  assert.equal(a.headline?.text, LONG);
  assert.deepEqual(
    a.extraHeadlines.map((e) => e.text),
    [LONG2 + '再上台阶'],
  );
});

test('an untitled article is named by its first words after the dateline, eighteen at most', () => {
  assert.equal(page('本报讯 记者张三报道' + '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未。').articles[0].name, '记者张三报道甲乙丙丁戊己庚辛壬癸子丑…');
  assert.equal(page('本报讯　甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未').articles[0].name, '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未');
});

test('an element of one line is reflowed and carries no column width; only a marked heading has a level', () => {
  const p = page('# 标题', ['全区上下狠抓落实各项工作取得明显', '成效新认定高新技术企业科技型企', '业总数达到六百余家。', '今年以来全市经济运行稳中有进。'].join('\n'));
  const [head, column, one] = p.articles[0].elements;
  assert.equal(head.level, 1);
  assert.equal(column.layout, 'column');
  assert.equal(column.columnWidth, 16);
  assert.equal(one.layout, 'reflowed');
  assert.equal('columnWidth' in one, false);
  assert.equal('level' in one, false);
});

test('a dateline wrapped at a column edge is read whole, and its ends lie where its words do', () => {
  const wrapped = page('# 标题', '重庆日报讯（渝西都市报记者\n张玲）今年以来，全区上下狠\n抓落实。');
  assert.equal(wrapped.articles[0].dateline?.text, '重庆日报讯（渝西都市报记者张玲）');
  const indented = '\u3000\u3000本报讯（记者 王小明）今天，全区上下狠抓落实各项工作';
  const p = page('# 标题', `${indented}\n取得明显成效。`);
  const d = p.articles[0].dateline!;
  assert.equal(d.text, '本报讯（记者 王小明）');
  assert.equal(p.source.text.slice(d.start, d.end), '本报讯（记者 王小明）');
  const atEnd = page('# 标题', '本报讯（记者 王小明）\n今天，全区上下狠抓落实各项工作，取得明显成效。');
  const e = atEnd.articles[0].dateline!;
  assert.equal(e.end, atEnd.source.lines[2].start + '本报讯（记者 王小明）'.length);
});

test('parseSteps yields once per 3,000 blocks and once per 400 articles', () => {
  const steps = (text: string) => {
    const it = parseSteps(new SourceText(text));
    let n = 0;
    while (!it.next().done) n++;
    return n;
  };
  const articles = (n: number) => Array.from({ length: n }, (_, i) => `本报讯（记者 王小明）第${i}条消息。`).join('\n\n');
  assert.equal(steps(''), 3);
  assert.equal(steps(articles(400)) - steps(articles(399)), 1);
});
