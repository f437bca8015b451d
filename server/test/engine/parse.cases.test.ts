// The page model on small made-up pages: each case is one layout fact from the brief, written
// with other words than the samples so that the rules are general.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage } from '../../src/engine';

const page = (lines: string[]) => parsePage(lines.join('\n'));

test('empty and blank input has no articles', () => {
  assert.equal(parsePage('').articles.length, 0);
  assert.equal(parsePage('\n\n  \n\t\n').articles.length, 0);
});

test('a headline, a byline and a dateline paragraph make one article', () => {
  const p = page(['江津柑橘丰收季', '', '本报记者 王小明', '', '本报讯(记者 王小明)11月3日,江津区柑橘进入采摘期。', '', '果农们忙着采摘装箱。']);
  assert.equal(p.articles.length, 1);
  const [a] = p.articles;
  assert.equal(a.name, '江津柑橘丰收季');
  assert.equal(a.byline?.text, '本报记者 王小明');
  assert.equal(a.dateline?.text, '本报讯(记者 王小明)');
  assert.equal(a.paragraphs.length, 2);
});

test('a dateline wrapped after a no-break space is the start of its paragraph’s text', () => {
  // Column extraction leaves a no-break space before the wrap (`…1月31日电\u00a0` ⏎ `（记者王迪）…`).
  const p = page(['总理会见卡塔尔埃米尔', '', '本报北京1月31日电\u00a0', '（记者王迪）国务院总', '理李克强1月31日在人', '民大会堂会见来华进行', '国事访问的埃米尔。', '', '双方表示将深化合作。']);
  const [a] = p.articles;
  assert.equal(a.dateline?.text, '本报北京1月31日电（记者王迪）');
  assert.ok(a.paragraphs[0].text.startsWith(a.dateline!.text), a.paragraphs[0].text);
});

test('each dateline starts an article; a headline between two bodies goes to the one that has none', () => {
  const p = page([
    '## 北碚举办读书节',
    '',
    '本报讯(记者 李华)4月1日,北碚区读书节开幕。',
    '',
    '本报讯(记者 赵强)4月2日,合川区召开春耕会议。会议部署了工作。',
    '',
    '## 合川部署春耕生产',
    '',
    '## 綦江新建三所学校',
    '',
    '本报讯(记者 钱进)4月3日,綦江区三所新学校开工。',
  ]);
  assert.deepEqual(
    p.articles.map((a) => [a.name, a.placement]),
    [
      ['北碚举办读书节', 'before'],
      ['合川部署春耕生产', 'after'],
      ['綦江新建三所学校', 'before'],
    ],
  );
});

test('a kicker above a longer headline and a subtitle below it stay with their headline', () => {
  const p = page(['在建项目提速', '', '全区重点项目完成投资超过一百亿元', '', '投资完成率达92%', '', '本报讯(记者 周敏)今年以来,全区重点项目加快建设。']);
  const [a] = p.articles;
  assert.equal(a.name, '全区重点项目完成投资超过一百亿元');
  assert.deepEqual(
    a.kickers.map((k) => k.text),
    ['在建项目提速'],
  );
  assert.deepEqual(
    a.subtitles.map((k) => k.text),
    ['投资完成率达92%'],
  );
});

test('column-wrapped text: paragraphs end at a short line with a full stop; a two-line subhead is a subhead', () => {
  const p = page([
    '南川茶园春意浓',
    '',
    '清明前后，南川区',
    '大观镇的茶园里一片',
    '繁忙，茶农们抢摘明',
    '前茶。',
    '今年全镇茶叶产量预',
    '计增长两成。',
    '',
    '抓品牌',
    '打响南川茶名号',
    '',
    '该镇注册了茶叶品牌，',
    '带动茶农增收。',
  ]);
  const [a] = p.articles;
  assert.equal(p.articles.length, 1);
  assert.deepEqual(
    a.paragraphs.map((x) => [x.firstLine, x.lastLine, x.layout]),
    [
      [2, 5, 'column'],
      [6, 7, 'column'],
      [12, 13, 'column'],
    ],
  );
  assert.equal(a.paragraphs[0].text, '清明前后，南川区大观镇的茶园里一片繁忙，茶农们抢摘明前茶。');
  assert.deepEqual(
    a.subheads.map((s) => s.text),
    ['抓品牌 打响南川茶名号'],
  );
});

test('a caption between the halves of a sentence stays inside the article as a caption', () => {
  const p = page(['大足石刻迎来游客高峰', '', '本报讯(记者 孙丽)国庆期间,大足石刻景区接待游客', '', '游客在宝顶山参观(大足区文旅委供图)', '', '超过二十万人次。']);
  assert.equal(p.articles.length, 1);
  assert.equal(p.articles[0].captions[0].text, '游客在宝顶山参观(大足区文旅委供图)');
  assert.equal(p.articles[0].paragraphs.length, 2);
});

test('one- and two-character lines are layout fragments, not headlines', () => {
  const p = page(['铜梁龙舞闹元宵', '', '图', '说', '铜梁', '', '本报讯(记者 吴刚)正月十五,铜梁龙舞表演吸引市民。']);
  assert.equal(p.articles.length, 1);
  assert.equal(p.articles[0].name, '铜梁龙舞闹元宵');
  assert.deepEqual(
    p.articles[0].residue.map((e) => e.kind),
    ['fragment'],
  );
});

test('an article without any headline is named from its first words', () => {
  const p = page(['本报记者 郑和', '', '连日来,各区县扎实开展冬季安全生产大检查,排查隐患三百余处。']);
  const [a] = p.articles;
  assert.equal(a.untitled, true);
  assert.ok(a.name.startsWith('连日来,各区县扎实开展冬季安全'), a.name);
  assert.ok(a.name.endsWith('…') && a.name.length < 24, a.name);
});

test('CRLF and LF give the same structure', () => {
  const lines = ['## 荣昌夏布走向世界', '', '本报讯(记者 冯雪)荣昌夏布出口欧洲。', '', '企业负责人介绍了情况。'];
  const lf = parsePage(lines.join('\n'));
  const crlf = parsePage(lines.join('\r\n'));
  assert.deepEqual(
    crlf.articles.map((a) => [a.name, a.firstLine, a.lastLine, a.paragraphs.length]),
    lf.articles.map((a) => [a.name, a.firstLine, a.lastLine, a.paragraphs.length]),
  );
});

test('a page of only headlines becomes one article rather than none', () => {
  const p = page(['万州烤鱼节开幕', '', '涪陵榨菜销售旺']);
  assert.equal(p.articles.length, 1);
});

test('a quotation mark left open at a wrap does not make body text a headline', () => {
  const p = page(['本报记者 林立', '', '“此举是为了方便群众，同时也', '', '减少了跑腿次数。”他说。']);
  assert.equal(p.articles[0].subheads.length, 0);
  assert.equal(p.articles[0].paragraphs.length, 2);
});

test('a block of two lines: a short first line that ends a sentence ends its paragraph when the line below is wider', () => {
  // The first line alone is no measure of the column: the line below, wider, shows it was not full.
  const p = page(['乡村振兴见实效', '', '本报讯 全镇道路已全部硬化，路灯也亮了起来，村民们都说变化大，', '', '日子越过越红火。', '今年以来，镇里又新建了三座文化广场和', '', '两个农贸市场。']);
  const texts = p.articles[0].paragraphs.map((e) => e.text);
  assert.ok(texts.includes('日子越过越红火。'), JSON.stringify(texts));
  assert.ok(texts.includes('今年以来，镇里又新建了三座文化广场和'), JSON.stringify(texts));
  // …but a full first line over a shorter last one is one wrapped paragraph, sentence end or not.
  const q = page(['乡村振兴见实效', '', '本报讯 镇里新建了三座文化广场。', '村民们都说变化大。']);
  assert.deepEqual(
    q.articles[0].paragraphs.map((e) => e.text),
    ['本报讯 镇里新建了三座文化广场。村民们都说变化大。'],
  );
});

test('a headline glued above a one-line paragraph is told apart by the paragraph’s width, hanging marks aside', () => {
  const glued = page(['涪陵区：汇聚网信合力助推高质量发展示范区建设', '正能量是总要求，管得住是硬道理，用得好是真本事。']);
  assert.deepEqual(
    glued.elements.map((e) => e.kind),
    ['headline', 'paragraph'],
  );
  // The same widths once the marks that hang past the column edge are set aside: one paragraph.
  const wrapped = page(['这就意味着村镇要打造出让', '城市需之用之的“比较优势”。']);
  assert.deepEqual(
    wrapped.elements.map((e) => e.kind),
    ['paragraph'],
  );
});

test('a block of two lines whose second line runs on is measured against the column of the block before', () => {
  const column = ['当疫情发生后，通过应急调度系统', '可在一分钟内启动应急响应，各支', '队伍随即集结，十五分钟内赶赴现'];
  // 12 cells, then 14: alone, the two could be one paragraph wrapped at 13; the block above runs at 15.
  const p = page(['应急指挥平台投用', '', ...column, '', '场处置，效率提升了很多。', '中屏的合成平台能够迅速合成被', '', '调查人员的活动轨迹。']);
  const texts = p.articles[0].paragraphs.map((e) => e.text);
  assert.ok(texts.includes('场处置，效率提升了很多。'), JSON.stringify(texts));
  // A second line that ends on a mark may end its paragraph short: nothing says the first was not full.
  const q = page(['应急指挥平台投用', '', ...column, '', '“现在家里有多少耕地？', '收入多少？”']);
  assert.ok(
    q.articles[0].paragraphs.some((e) => e.text === '“现在家里有多少耕地？收入多少？”'),
    JSON.stringify(q.articles[0].paragraphs.map((e) => e.text)),
  );
});

test('on a reflowed page a block of two lines holds two paragraphs when the first ends a sentence', () => {
  const reflowed = '实时连线，迅速实现防控力量资源调集。当疫情发生后，通过应急调度系统，可在一分钟内启动应急响应。';
  // Two paragraphs reflowed to one line each and left without a blank between them.
  const p = page(['应急指挥平台投用', '', `${reflowed}十五分钟内队伍集结赶赴现场。`, '中屏的合成平台能够迅速合成被调查人员的活动轨迹，并形成调查报告。']);
  assert.equal(p.articles[0].paragraphs.length, 2, JSON.stringify(p.articles[0].paragraphs.map((e) => e.text)));
  // A short pair under a reflowed paragraph: the page shows no line is wrapped there.
  const q = page(['应急指挥平台投用', '', reflowed, '', '场处置，效率提升了很多。', '中屏的合成平台能够迅速合成被', '', '调查人员的活动轨迹。']);
  const texts = q.articles[0].paragraphs.map((e) => e.text);
  assert.ok(texts.includes('场处置，效率提升了很多。'), JSON.stringify(texts));
});
