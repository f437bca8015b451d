// Real newspaper structure the page model and the wrap rules must read as such, one shape per
// test, in the forms the national-paper corpus prints them (issue 19): wire datelines set off by
// no-break spaces, title blocks line by line, headings that carry a column tag, paired subheads,
// page furniture, and the conventional spaces and breaks that are not defects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage, review, type Finding } from '../../src/engine';
import { loadJieba } from '../../src/jieba';

const segmenter = loadJieba();
const NBSP = '\u00a0';
const findings = (text: string, rule: string): Finding[] => review(text, { segmenter }).findings.filter((f) => f.ruleId === rule);
const shown = (text: string, rule: string) => findings(text, rule).filter((f) => f.severity !== 'hint');
const BODY = '文章指出，生态文明建设是关系中华民族永续发展的根本大计，要自觉把经济社会发展同生态文明建设统筹起来。';

test('a wire dateline set off by no-break spaces is a dateline, and its space is not stray', () => {
  const text = `标题一行\n\n新华社北京1月31日电${NBSP}${NBSP}2月1日出版的第3期《求是》杂志将发表重要文章。\n\n${BODY}\n`;
  const p = parsePage(text);
  assert.equal(p.articles.length, 1);
  assert.equal(p.articles[0].dateline?.text, '新华社北京1月31日电');
  assert.deepEqual(findings(text, 'NP106'), []);
  // 据新华社…电 too.
  assert.equal(parsePage(`据新华社柏林2月25日电${NBSP}${NBSP}19岁的中国女网新秀获胜。\n`).elements[0].dateline?.text, '据新华社柏林2月25日电');
});

test('a title block set line by line (kicker and headline) is two display lines above its dateline paragraph, not a wrapped paragraph', () => {
  const text = `韩正在推进“一带一路”建设工作领导小组会议上强调\n坚持问题导向 聚焦重点工作推动共建“一带一路”向高质量发展转变\n\n新华社北京1月31日电${NBSP}${NBSP}中共中央政治局常委韩正主持召开会议。\n\n${BODY}\n`;
  const p = parsePage(text);
  assert.equal(p.articles.length, 1, 'one article: the title block opens the dateline paragraph’s article');
  const [a] = p.articles;
  assert.equal(a.placement, 'before');
  assert.deepEqual([...a.kickers, a.headline!].map((e) => e.firstLine).sort(), [0, 1]);
  assert.deepEqual(findings(text, 'NP101'), []);
  assert.deepEqual(shown(text, 'NP102'), []);
  // The space between the headline's phrases is set on purpose.
  assert.deepEqual(findings(text, 'NP106'), []);
});

test('a column paragraph is still one wrapped paragraph, and a two-line narrow subhead is still one subhead', () => {
  const text = ['南川茶园春意浓', '', '清明前后，南川区', '大观镇的茶园里一片', '繁忙，茶农们抢摘明', '前茶。', '', '抓品牌', '打响南川茶名号', '', '该镇注册了茶叶品', '牌，带动茶农增收。', ''].join(
    '\n',
  );
  const [a] = parsePage(text).articles;
  assert.deepEqual(
    a.subheads.map((s) => s.text),
    ['抓品牌 打响南川茶名号'],
  );
  assert.equal(findings(text, 'NP101').length, 2);
});

test('a heading that ends in a column tag after running text opens a new article; a short subhead does not', () => {
  const tagged = `第一篇文章标题\n\n${BODY}\n\n警示教育要真正触及灵魂（红船观澜）\n\n${BODY}\n`;
  assert.equal(parsePage(tagged).articles.length, 2);
  const sub = `第一篇文章标题\n\n${BODY}\n\n抓品牌\n\n${BODY}\n`;
  assert.equal(parsePage(sub).articles.length, 1);
  // Paired subheads printed a line per paragraph stay inside the article too.
  const paired = `第一篇文章标题\n\n${BODY}\n\n只要蔬菜大棚在\n\n好日子就会回来\n\n${BODY}\n`;
  const p = parsePage(paired);
  assert.equal(p.articles.length, 1);
  assert.equal(p.articles[0].subheads.length, 2);
});

test('page furniture and a note’s signature are editors’ lines, not headlines', () => {
  for (const line of ['本版制图：沈亦伶', '版式设计：蔡华伟', '——编  者']) {
    const p = parsePage(`文章标题\n\n${BODY}\n\n${line}\n`);
    assert.equal(p.articles.length, 1, line);
    assert.ok(
      p.elements.some((e) => e.kind === 'editors' && e.text.replace(/\s/g, '') === line.replace(/\s/g, '')),
      line,
    );
  }
});

test('NP106: law article numbers, list labels and padded names keep their spaces; a space inside a sentence does not', () => {
  const text = `标题\n\n第十五条  从事食品生产经营活动，应当依法取得许可。\n\n李红英　　北方民族大学化学与化学工程学院学生，获国家奖学金。\n\n本报记者  陈  然\n\n市政府日前发出通知，通知要求 在元旦、春节期间做好安全工作。\n`;
  const spaces = findings(text, 'NP106');
  assert.equal(spaces.length, 1, spaces.map((f) => f.message).join('\n'));
  assert.match(spaces[0].message, /要求␣在元旦/);
});

test('NP105: a column line may end between a number and its unit; digits cut apart or a blank line there are defects', () => {
  const column = ['标题', '', '全市已有近4', '个小时的高峰时段客', '流量增长了两成。', ''].join('\n');
  assert.deepEqual(findings(column, 'NP105'), []);
  assert.equal(findings(column, 'NP101').length, 1, 'the reflow joins them');
  const digits = ['标题', '', '全市已有近20', '19个项目开工建设并', '投入使用了。', ''].join('\n');
  assert.equal(findings(digits, 'NP105').length, 1);
  const blank = `标题\n\n接到指令后可在1分钟内启动应急响应，15\n\n分钟内队伍集结完毕。\n`;
  assert.equal(findings(blank, 'NP105').length, 1);
});

test('NP102 says less where the text leaves it open, and nothing after a dash lead-in', () => {
  // A short line without a final mark above a paragraph may be a subhead: a hint, not a warning.
  const subhead = `标题\n\n${BODY}\n\n守好生态根基，全域旅游底气足\n\n金秋十月，游客纷纷来到这里。\n`;
  assert.deepEqual(shown(subhead, 'NP102'), []);
  assert.equal(findings(subhead, 'NP102').length, 1, 'still there as a hint');
  // A lead-in that ends in a dash introduces what follows.
  const dash = `标题\n\n${BODY}\n\n云南玉溪顾芸——\n\n买上鲜花过大年，心情好。\n`;
  assert.deepEqual(findings(dash, 'NP102'), []);
  // A cut after a comma, or after a long piece that runs on, is still a warning.
  const comma = `标题\n\n此类公司在欧美国家已非常成熟，\n\n在我国正处于快速发展阶段。\n`;
  assert.equal(shown(comma, 'NP102').length, 1);
});

test('a narrow title block whose headline sets phrases apart or carries a column tag is display lines, and its spaces are not stray', () => {
  for (const title of ['河北香河承接产业转移，寻找增长亮点\n融入京津冀 寻找新动能', '返程高峰多地降雪，铁路部门积极应对\n雪不停 人不歇（2019春运一线）']) {
    const text = `上一篇的结尾。\n\n\n${title}\n\n${BODY}\n\n${BODY}\n`;
    const p = parsePage(text);
    assert.equal(p.articles.length, 2, title);
    assert.equal(p.articles[1].headline?.firstLine, 3, title);
    assert.deepEqual(findings(text, 'NP106'), [], title);
    assert.deepEqual(findings(text, 'NP101'), [], title);
  }
});

test('NP102: a summary line under a headline is an open question; words that run on across the break are not', () => {
  // The standfirst a page prints between a headline and the body: no sentence end, right under the title.
  const summary = `春运的温度\n\n不断提速的车轮，让赶路的身影更加从容，让发展的阳光照进每一个普通人的回家路\n\n这几天，2019年春运拉开了大幕，40天时间里全国旅客发送量将近30亿人次。\n`;
  assert.equal(findings(summary, 'NP102').length, 1);
  assert.deepEqual(shown(summary, 'NP102'), []);
  // A quotation opened before the break and closed after it; a piece ending on `是`; one starting on `的`.
  for (const [left, right] of [
    ['践行“三严三', '实”，从斗争严起。2018年6月9日，安徽全面推开。'],
    ['杨鼎新决赛的对手是', '时越。当年时越凭借“力战”棋风横扫棋坛。'],
    ['“现在‘复兴号’动车也是我们', '的客户。”运行一年来，新生产线效率大增。'],
  ]) {
    const text = `文章标题\n\n${BODY}\n\n${left}\n\n${right}\n`;
    assert.equal(shown(text, 'NP102').length, 1, left);
  }
});

test('NP106: a role before a name, a numbered step, a slogan and a joint title keep their spaces; spaces in speech, a dateline figure and a percentage do not', () => {
  const keeps = [
    `本报记者 吴储岐\n\n${BODY}\n`,
    `${BODY}\n\n法国重建布雷顿森林体系委员会执行董事 马克·乌赞：中国的发展为世界带来机遇。\n`,
    `${BODY}\n\n5　悬挂流苏，灯笼就做好了。\n`,
    `${BODY}\n\n中央电视塔将推出以“礼赞新中国 奋进新时代！”为主题的灯光秀。\n`,
    `${BODY}\n\n两部门联合发布《中国人民银行 国家外汇管理局关于印发〈跨境业务办法〉的通知》。\n`,
  ];
  for (const text of keeps) assert.deepEqual(findings(text, 'NP106'), [], text);
  const stray = [`${BODY}\n\n他说：“火车跑得快，全靠车 头带。党支部是火车头。”\n`, `本报圣多明各2月9 日电  多米尼加举行活动。\n`, `${BODY}\n\n中老年旅客占比同比增加39 %，50岁以上旅客增多。\n`];
  for (const text of stray) assert.equal(findings(text, 'NP106').length, 1, text);
});

test('photographers’ credits with the desk’s tag are credits, running text ending in 摄 or naming what it 提供 is not, and 图为… is a caption', () => {
  const of = (line: string) => parsePage(`${BODY}\n\n${line}\n\n${BODY}\n`).elements[1].kind;
  for (const line of ['蒙钟德摄（影像中国）', '刘振清  张  敏摄影报道（影像中国）', '程学武摄（新华社发）']) assert.equal(of(line), 'credit', line);
  assert.equal(of('图为工人在车间生产。'), 'caption');
  for (const line of ['旅客在刷身份证的同时将脸部对准摄', '从而为农业生产提供服务']) assert.notEqual(of(line), 'credit', line);
  assert.notEqual(of('从而为农业生产提供服务'), 'caption');
  // A sentence cut around such a caption is one sentence with a caption dropped into it.
  const cut = `文章标题\n\n${BODY}\n\n经过几代航天人的接续奋斗，我们的航天事业从无到有、从小到大，我\n\n图为工人在车间生产。\n\n国航天事业创造了以“两弹一星”为代表的辉煌成就。\n`;
  assert.equal(shown(cut, 'NP103').length, 1);
});

test('a headline of two clauses closed by its column tag is a headline, and with digits in the tag too', () => {
  for (const title of ['春运，一场共享发展的旅程（评论员观察）', '风驰电掣（动感2019）', '国图春节期间到馆人次超12万（礼赞70年）']) {
    const text = `第一篇文章标题\n\n${BODY}\n\n${title}\n\n${BODY}\n`;
    const p = parsePage(text);
    assert.equal(p.articles.length, 2, title);
    assert.equal(p.articles[1].headline?.text, title);
  }
  // A body line with a comma and no sentence end, closed by a bracket of a part number, is no column tag.
  assert.equal(parsePage(`第一篇文章标题\n\n${BODY}\n\n据统计，参赛者来自十个国家（2）\n\n${BODY}\n`).articles.length, 1);
});

test('a note under the body closes its article; a heading under it, a credit or the page furniture opens the next', () => {
  for (const closing of ['（作者为北京大学文化资源研究中心主任）\n\n（本系列评论到此结束）', '本报记者 孙广勇摄', '版式设计：蔡华伟']) {
    const text = `第一篇文章标题\n\n${BODY}\n\n${closing}\n\n\n照亮你回家的路\n\n${BODY}\n`;
    const p = parsePage(text);
    assert.equal(p.articles.length, 2, closing);
    assert.equal(p.articles[1].name, '照亮你回家的路', closing);
    assert.ok(p.articles[0].lastLine >= 4, `${closing}: stays with the first article`);
  }
  // A note under a title (a law's adoption note) still goes with the title.
  const law = `中华人民共和国某某法\n（2019年2月1日第十三届全国人民代表大会常务委员会第八次会议通过）\n\n${BODY}\n`;
  const [a] = parsePage(law).articles;
  assert.equal(a.headline?.text, '中华人民共和国某某法');
  assert.ok(a.elements.some((e) => e.kind === 'note' && e.firstLine === 1));
});

test('a two-character section label between stories heads what follows; between the halves of a sentence it stays residue', () => {
  const label = `第一篇文章标题\n\n${BODY}\n\n速览\n\n证监会鼓励证券公司权益类投资\n\n${BODY}\n`;
  const p = parsePage(label);
  assert.equal(p.articles.length, 2);
  assert.deepEqual(
    p.articles[1].kickers.map((k) => k.text),
    ['速览'],
  );
  const cut = `第一篇文章标题\n\n文章指出，生态文明建设是关系中华民族\n\n外媒\n\n永续发展的根本大计。\n`;
  assert.ok(parsePage(cut).elements.some((e) => e.kind === 'fragment' && e.text === '外媒'));
});

test('a kicker ending in a dash over a short headline is a title block even when both lines are narrow', () => {
  const text = `${BODY}\n\n\n天津基层党建述职评议会勇于揭短亮丑——\n就是要让水流到地头\n\n${BODY}\n`;
  const p = parsePage(text);
  assert.equal(p.articles.length, 2);
  assert.equal(p.articles[1].headline?.text, '就是要让水流到地头');
  assert.deepEqual(
    p.articles[1].kickers.map((k) => k.text),
    ['天津基层党建述职评议会勇于揭短亮丑——'],
  );
  assert.deepEqual(findings(text, 'NP101'), []);
});

test('NP102: a standfirst of several unpunctuated lines under the headline is an open question at each break', () => {
  const text = `丰富群众“菜篮子”也是政绩（话说新农村）\n\n餐桌虽小，方寸见真情\n\n各地应瞄着补短板、强筋骨、保供给、稳增收不断发力、持续加力，形成菜价稳、供应足、群众满意的制度供给\n\n杭州雨雪交加，道路湿滑，老人们的蔬菜供应怎么办？\n`;
  const all = findings(text, 'NP102');
  // The second line is wider than a lead line set as a subhead (40 cells): only the climb to the heading makes it open.
  assert.equal(all.length, 2, 'both breaks are still there to look at');
  assert.ok(all.every((f) => f.severity === 'hint'));
  // The same line under running text is no standfirst: a warning.
  const body = `标题\n\n${BODY}\n\n各地应瞄着补短板、强筋骨、保供给、稳增收不断发力、持续加力，形成菜价稳、供应足、群众满意的制度供给\n\n杭州雨雪交加，道路湿滑，老人们的蔬菜供应怎么办？\n`;
  assert.equal(shown(body, 'NP102').length, 1);
});

test('NP102: a piece whose next part opens with a clause of time or source is an open question', () => {
  for (const opening of ['春节前夕，', '最近几天，', '这两年，', '曾几何时，', '据报道，', '随着《流浪地球》的热映，']) {
    const text = `标题\n\n${BODY}\n\n各地应瞄着补短板、强筋骨、保供给，形成菜价稳、供应足的制度供给\n\n${opening}发生在杭州的一件小事引起了人们一致好评。\n`;
    assert.deepEqual(shown(text, 'NP102'), [], opening);
  }
});

test('NP102: a part that opens on a word leaning back (a lone conjunction or place word) is a cut sentence, a comparison is not', () => {
  const cut = `标题\n\n${BODY}\n\n总书记的话给了我极大的激励\n\n和鼓舞，让我信心更足、干劲更大。\n`;
  assert.equal(shown(cut, 'NP102').length, 1);
  const after = `标题\n\n${BODY}\n\n张静是脱贫摘帽\n\n后被派来的驻村工作队长。\n`;
  assert.equal(shown(after, 'NP102').length, 1);
  const comparison = `标题\n\n${BODY}\n\n冬奥会筹办推动京津冀协同发展，提升整体效能\n\n与冰雪强国相比，我们的差距依然明显。\n`;
  assert.deepEqual(shown(comparison, 'NP102'), []);
});

test('NP102: verse set a line per paragraph is an open question; two short pieces of one sentence are not verse', () => {
  const verse = `标题\n\n${BODY}\n\n我俩的结婚整整已经有了十年，\n\n不知流过了多少的伤心泪，\n\n也曾受尽了艰苦与辛酸，\n\n丝毫也不能摧毁我们铁的心愿。\n`;
  assert.deepEqual(shown(verse, 'NP102'), []);
  const cut = `标题\n\n${BODY}\n\n此类公司在欧美国家已非常成熟，\n\n在我国正处于快速发展阶段。\n\n${BODY}\n`;
  assert.equal(shown(cut, 'NP102').length, 1);
});

test('a title block with its summary under it: the title lines are display lines, the summary sentences body text', () => {
  const text = `上一篇的结尾。\n\n\n构建良好政治生态 推动经济爬坡过坎（在习近平新时代中国特色社会主义思想指引下——新时代新作为新篇章）\n——辽宁落实习近平总书记全国两会重要讲话精神纪实\n2700多亿元\n落实“三去一降一补”重点任务，近两年辽宁减免税费2700多亿元。\n\n${BODY}\n`;
  const p = parsePage(text);
  assert.equal(p.articles.length, 2);
  const a = p.articles[1];
  assert.equal(a.headline?.firstLine, 3, 'the long line with its column tag is the headline, not the summary sentence');
  assert.deepEqual(
    a.subtitles.map((s) => s.firstLine),
    [4, 5],
  );
  assert.ok(a.paragraphs.some((e) => e.firstLine === 6));
  assert.deepEqual(findings(text, 'NP106'), [], 'spaces between the headline’s phrases are set on purpose');
});

test('NP106 in titles and display lines: figures set apart are left alone, a space inside a date or a figure and its unit is not', () => {
  const infographic = `上一篇的结尾。\n\n\n参与全球经济治理体系变革\n93个 75亿\n\n${BODY}\n`;
  assert.deepEqual(findings(infographic, 'NP106'), []);
  const date = `上一篇的结尾。\n\n\n春节假期2月 9日迎返程高峰\n\n${BODY}\n`;
  assert.equal(findings(date, 'NP106').length, 1);
  const unit = `上一篇的结尾。\n\n\n全县新建厂房12 个\n\n${BODY}\n`;
  assert.equal(findings(unit, 'NP106').length, 1);
});

test('two short phrases set apart over body text, under a finished story, are a heading; the editors’ names at a story’s end stay furniture', () => {
  const phrases = `第一篇文章标题\n\n${BODY}\n\n品书香 过大年\n\n2月7日，许多读者来到国家图书馆，阅读图书，品味书香。\n`;
  const p = parsePage(phrases);
  assert.ok(p.elements.some((e) => e.text === '品书香 过大年' && e.kind !== 'editors'));
  const editors = `第一篇文章标题\n\n${BODY}\n\n何婧 杨雪婷\n`;
  assert.ok(parsePage(editors).elements.some((e) => e.text === '何婧 杨雪婷' && e.kind === 'editors'));
});

test('short subheads of three characters (`抓品牌`, `强服务`) head their sections; a line of one or two characters between them is a layout fragment', () => {
  const text =
    '## 永川发展特色农业\n\n本报讯(记者 李华)近年来，永川区大力发展特色农业，成效明显。\n\n抓品牌\n\n该区注册了多个农产品商标，打响了永川秀芽等品牌。\n\n' +
    '强服务\n\n区里组建了农技服务队，为农户提供技术指导。\n';
  const p = parsePage(text);
  assert.equal(p.articles.length, 1);
  assert.deepEqual(
    p.articles[0].subheads.map((s) => s.text),
    ['抓品牌', '强服务'],
  );
  assert.equal(p.articles[0].paragraphs.length, 3);
  assert.deepEqual(findings(text, 'NP102'), [], 'a subhead is not the first half of a split paragraph');
  // Two characters a line, mid-sentence: what extraction leaves of a side panel, not a heading.
  const fragment = parsePage('## 永川发展特色农业\n\n本报讯(记者 李华)近年来，永川区大力发展\n\n外媒\n\n特色农业，成效明显。\n');
  assert.deepEqual(
    fragment.elements.filter((e) => e.kind === 'subhead').map((e) => e.text),
    [],
  );
});
