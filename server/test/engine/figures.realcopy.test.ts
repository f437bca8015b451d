// Figures on real copy (issue 20): each shape below is taken from edited national-paper copy where
// the agreement rules used to be wrong, with the altered twin that must still be caught, and the
// number forms GB/T 15835 rejects that used to pass unseen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, dataOf, review, type Finding } from '../../src/engine';

const findings = (text: string) => review(text, { families: ['figures'] }).findings;
const of = (rule: string, text: string) => findings(text).filter((f) => f.ruleId === rule);
const article = (headline: string, body: string) => `${headline}\n\n本报讯（记者 张三）${body}\n`;
const fixed = (text: string, f: Finding) => applyEdits(text, (f.fixes.find((x) => x.preferred) ?? f.fixes[0]).edits);

test('NP313: a bare 其中 subset is never summed; a list the text closes is, within the printed precision', () => {
  assert.deepEqual(of('NP313', article('标题', '湖南省规模工业企业数量达99家，其中有4家进入“全球工程机械50强”，13家为新能源车企。')), []);
  assert.deepEqual(of('NP313', article('标题', '该校教职工共有108人，其中一线教师88人，已经评上高级职称的有31人。')), [], 'nested subsets');
  // 8705.1万 + 4.33亿 = 5.20051亿: the total is printed to 0.1亿.
  const coarse = article('标题', '春运期间共发送旅客5.2亿人次，其中铁路发送旅客8705.1万人次，其他方式发送旅客4.33亿人次。');
  assert.deepEqual(of('NP313', coarse), []);
  const off = of('NP313', coarse.replace('4.33亿', '4.53亿'));
  assert.equal(off.length, 1);
  assert.match(off[0].message, /remainder/u, 'the finding says why the parts are the whole');
  assert.match(String(dataOf(off[0], 'arithmetic')?.arithmetic), /87,051,000 \+ 453,000,000/u);
});

test('NP313: a trade balance is not a part; exports and imports make up the whole', () => {
  const trade = article('标题', '1月份，我国货物贸易进出口总值2.73万亿元，其中，出口1.5万亿元，增长13.9%；进口1.23万亿元，增长2.9%；贸易顺差2711.6亿元。');
  assert.deepEqual(of('NP313', trade), []);
  const off = of('NP313', trade.replace('进口1.23万亿元', '进口1.33万亿元'));
  assert.equal(off.length, 1);
  assert.match(String(dataOf(off[0], 'arithmetic')?.basis), /“出口” and “进口”/u);
});

test('NP313: parts each stand for several items (各), tiers run to 及以下, done and not yet done', () => {
  const cup = article('标题', '参赛球队增至96支，其中业余球队和中乙球队各32支，中甲球队和中超球队各16支，其余球队0支。');
  assert.deepEqual(of('NP313', cup), []);
  assert.equal(of('NP313', cup.replace('各16支', '各17支')).length, 1);
  const tiers = article('标题', '对42名干部进行了严肃处理，其中，厅局级干部13人、县处级干部23人、乡科级及以下干部6人，对3名责任人给予处分。');
  assert.deepEqual(of('NP313', tiers), []);
  assert.equal(of('NP313', tiers.replace('23人', '24人')).length, 1);
  const status = article('标题', '118处黑臭水体全部制定方案，其中16处整治已完成，72处正在整治中，30处暂未实施。');
  assert.deepEqual(of('NP313', status), []);
  assert.equal(of('NP313', status.replace('30处', '40处')).length, 1);
});

test('NP313: successive values are not a part and its remainder', () => {
  assert.deepEqual(of('NP313', article('标题', '负面清单列出190条措施。2014年版缩减到139条，2018年最新版只剩下45条。')), []);
});

test('NP312: a rate of two parts with a base named elsewhere is not checked; a share after a 其中 part is', () => {
  assert.deepEqual(of('NP312', article('标题', '梳理49类台账，取消27类，整合22类，取消和整合率达89.79%。')), []);
  const share = article('标题', '全校共有学生800人，其中女生300人，占比40%。');
  const found = of('NP312', share);
  assert.equal(found.length, 1);
  assert.match(String(dataOf(found[0], 'arithmetic')?.arithmetic), /300 ÷ 800 = 37\.5%/u);
  assert.deepEqual(of('NP312', share.replace('40%', '37.5%')), []);
  assert.deepEqual(of('NP312', article('标题', '全县回收废旧地膜2095.27吨，回收率达83.2%，回收棚膜1811.32吨，回收率为98%。')), [], 'parallel items, each with its own rate');
});

test('NP314: a compound annual rate is not the change between two figures; precision and pairing follow the print', () => {
  assert.deepEqual(of('NP314', article('标题', '2014年以来，营收由120亿元增至286亿元，年均增长24.3%。')), []);
  assert.deepEqual(of('NP314', article('标题', '西电东送规模从0.95亿千瓦增至2.1亿千瓦，增长了124.1%。')), [], '2.1亿 allows 116%–126%');
  assert.deepEqual(
    of('NP314', article('标题', '送电规模从3100万千瓦增至5000万千瓦，年送电量从1243亿千瓦时增长到超过2175亿千瓦时，增幅75%。')),
    [],
    'the rate belongs to the nearer pair, which is approximate',
  );
  assert.equal(of('NP314', article('标题', '西电东送规模从0.95亿千瓦增至2.1亿千瓦，增长了134.1%。')).length, 1);
});

test('NP315: a shorter stage named inside a span is not its length', () => {
  assert.deepEqual(of('NP315', article('标题', '2018年7月至9月，督导组对10个省市进行了为期1个月的进驻督导。')), []);
  assert.equal(of('NP315', article('标题', '会议于2022年12月25日—26日召开，会期3天。')).length, 1);
});

test('NP317: different things that share a noun, ordinals and names are not one total', () => {
  const none = [
    '运动员餐厅可供4500人同时用餐，工作人员餐厅可供2500人同时用餐。',
    '第二篇章由9个方阵组成。第三篇章由18个方阵组成。',
    '十三届全国人大三次会议将审议。十三届全国人大二次会议曾审议。',
    '5年前，我们庆祝了嫦娥三号任务圆满成功。5年后，我们庆祝嫦娥四号任务圆满成功。',
    '北京663家医疗机构、天津196家医疗机构纳入结算。',
  ];
  for (const body of none) assert.deepEqual(of('NP317', article('标题', body)), [], body);
  const found = of('NP317', article('标题', '去年全区新增就业2.6万人。据统计，去年全区新增就业2.8万人。'));
  assert.equal(found.length, 1);
  assert.match(String(dataOf(found[0], 'arithmetic')?.basis), /全区新增就业/u);
});

test('NP311: a hedged headline over the count it hedges is consistent; a headline figure the body prints is borne out', () => {
  assert.deepEqual(of('NP311', '暴风雪已致美国至少190人死亡\n\n新华社电 暴风雪已导致美国190人死亡。\n'), []);
  assert.deepEqual(of('NP311', '一纸权证激活2400亩土地\n\n本报讯 臧如军流转了2400亩土地。周冲村5000亩土地实施土地整治。\n'), []);
  const over = of('NP311', '永川实现城镇新增就业2.6万余人\n\n本报讯 今年以来，全区新增就业2.6万人。\n');
  assert.equal(over.length, 2, 'both places');
  const open = of('NP311', '铁路春运节前发送旅客1.43亿人次\n\n本报讯 全国铁路节前15天累计发送旅客6.43亿人次，日均发送旅客1049.6万人次。\n');
  assert.equal(open.length, 3, 'the headline and every body figure of its measure, none bearing it out');
  assert.equal(open[0].severity, 'warning');
  assert.match(open[0].message, /“6\.43亿人次” \(line 3\), “1049\.6万人次” \(line 3\)/u);
});

test('SI-prefixed units are units: 千伏, 千牛 and their peers are never Arabic digits with 千', () => {
  for (const t of ['500千伏湛江港城变', '1000千伏淮南—南京', '推力达120千牛', '功率300千瓦', '22千伏输电线路', '100千帕', '千兆宽带覆盖2千兆']) {
    assert.deepEqual(of('NP305', article('标题', `${t}。`)), [], t);
  }
  assert.equal(of('NP305', article('标题', '观众4千人。')).length, 1);
});

test('number forms GB/T 15835 rejects are found and fixed', () => {
  const cases: [string, string, string][] = [
    ['NP308', '来了三、四十人。', '来了三四十人。'],
    ['NP308', '十七、八岁的小伙子。', '十七八岁的小伙子。'],
    ['NP307', '增长了百分之12。', '增长了12%。'],
    ['NP302', '气温5-10℃。', '气温5～10℃。'],
    ['NP302', '1~6月，外贸增长。', '1—6月，外贸增长。'],
    ['NP305', '参观者达3万5千人。', '参观者达3.5万人。'],
  ];
  for (const [rule, bad, good] of cases) {
    const text = article('标题', bad);
    const found = of(rule, text);
    assert.equal(found.length, 1, `${rule} ${bad}`);
    assert.equal(fixed(text, found[0]), article('标题', good), `${rule} fix`);
  }
  for (const ok of ['三、四月份的气温。', '第三、四季度。', '一、二、三等奖。', '百分之十二。', '5～10℃。', '1—6月。', '3.5万人。']) {
    assert.deepEqual(
      findings(article('标题', ok)).filter((f) => ['NP302', 'NP305', 'NP307', 'NP308'].includes(f.ruleId)),
      [],
      ok,
    );
  }
});
