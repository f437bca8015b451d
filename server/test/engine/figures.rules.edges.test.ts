// The figure rules one branch at a time, on short paragraphs: each row on one side of one branch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage, review, SourceText } from '../../src/engine';
import { headlineBodyFigure } from '../../src/engine/rules/figures/headlineBody';
import { partsSum } from '../../src/engine/rules/figures/partsSum';
import { percentOfTotal } from '../../src/engine/rules/figures/percentOfTotal';
import { growthRate } from '../../src/engine/rules/figures/growthRate';
import { dateSpan } from '../../src/engine/rules/figures/dateSpan';
import { sameMeasureTwoValues } from '../../src/engine/rules/figures/sameMeasure';
import type { AgreementRule, Check } from '../../src/engine/rules/figures/agreement';

const page = (body: string) => `## 标题行\n\n${body}\n`;

/** A check as its finding reads, led by `held` or `off` and what `extra` adds. */
const printed = (c: Check, extra = '') => `${c.held ? 'held' : 'off'}${extra}: ${c.message} (${c.arithmetic}). ${c.basis}`;
/** An agreement rule's checks on a text, held or not, each as `show` prints it (by default as its finding reads). */
const checksIn = (rule: AgreementRule, text: string, show: (c: Check) => string = (c) => printed(c)) => rule.checks(parsePage(new SourceText(text))).map(show);
/** A rule's findings on a paragraph: each as its message and how many fixes it offers. */
const found = (body: string, rule: string) =>
  review(page(body), { families: ['figures'] })
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => `${f.message} (${f.fixes.length})`);

test('a figure cut by a column wrap is reported, and rewritten by no fix of its own (the reflow joins it first)', () => {
  assert.deepEqual(found('今年以来，全区经济运行稳中有进，增长了百分之1\n2，各项工作取得明显成效。', 'NP307'), ['“百分之12” mixes “百分之” with Arabic digits; write “12%”. (0)']);
  assert.deepEqual(found('今年以来，全区经济运行稳中有进，增长了百分之12，各项工作取得明显成效。', 'NP307'), ['“百分之12” mixes “百分之” with Arabic digits; write “12%”. (1)']);
  assert.deepEqual(found('今年以来，全区经济运行稳中有进，二〇〇八年8\n月8日，各项工作取得明显成效。', 'NP306'), [
    '“二〇〇八年8月8日” mixes Chinese and Arabic numerals in one date; print “2008年8月8日”. (0)',
  ]);
  assert.deepEqual(found('今年以来，全区经济运行稳中有进，二〇〇八年8月8日，各项工作取得明显成效。', 'NP306'), [
    '“二〇〇八年8月8日” mixes Chinese and Arabic numerals in one date; print “2008年8月8日”. (1)',
  ]);
});

test('NP314 takes a body rate of change after a plain old and new figure of one unit in its sentence', () => {
  const wrong = '高新技术企业由120家增至150家，增长30%。';
  assert.equal(found(wrong, 'NP314').length, 1);
  assert.deepEqual(found('高新技术企业由120家增至150家，占比30%。', 'NP314'), []);
  assert.deepEqual(found('高新技术企业由120家增至150家，增长约60%。', 'NP314'), []);
  assert.deepEqual(found('增长30%，高新技术企业由120家增至150家。', 'NP314'), []);
  assert.deepEqual(found('高新技术企业由120家增至150多家，增长60%。', 'NP314'), []);
  assert.deepEqual(found('高新技术企业由120家增至150个，增长30%。', 'NP314'), []);
  assert.deepEqual(found('高新技术企业由0家增至150家，增长30%。', 'NP314'), []);
  assert.deepEqual(
    review('# 企业由120家增至150家增长30%\n\n今年以来，全区经济运行稳中有进。\n', { families: ['figures'] }).findings.filter((f) => f.ruleId === 'NP314'),
    [],
  );
});

test('NP316 takes a weekday right after a full date of one day', () => {
  assert.equal(found('2022年12月15日（星期一），全区召开工作会议。', 'NP316').length, 1);
  assert.deepEqual(found('2022年12月15日，3家企业签约。', 'NP316'), []);
  assert.deepEqual(found('2022年12月（星期一），全区召开工作会议。', 'NP316'), []);
  assert.deepEqual(found('2022年12月15日至16日（星期五），全区召开工作会议。', 'NP316'), []);
  assert.deepEqual(found('2022年12月15日，全区召开大会（星期一）。', 'NP316'), []);
});

test('NP305: Arabic digits before 千 or 百, alone or as the lower place of a whole number of 万', () => {
  assert.deepEqual(found('观众三千人。', 'NP305'), []);
  assert.deepEqual(found('观众3千至4千人。', 'NP305'), []);
  assert.deepEqual(found('参观者达3万5千人。', 'NP305'), ['“3万5千”: Arabic digits do not take “千”; write “3.5万”. (1)']);
  // Not one figure: apart, the higher one with a unit, an estimate or a range, or more than one digit below it.
  const alone = ['“5千”: Arabic digits do not take “千”; write “5000”. (1)'];
  for (const body of ['全区3万，5千人参加。', '全区3万元5千人参加。', '约3万5千人参加。', '2至3万5千人参加。']) assert.deepEqual(found(body, 'NP305'), alone, body);
  assert.deepEqual(found('3万15千人参加。', 'NP305'), ['“15千”: Arabic digits do not take “千”; write “15000”. (1)']);
  // A value that is no whole number is not rewritten.
  assert.deepEqual(found('投资1.2345千元。', 'NP305'), ['“1.2345千”: Arabic digits do not take “千”. (0)']);
});

test('NP308 reads headlines, subtitles and kickers, and only numbers that are adjacent', () => {
  const np308 = (text: string) => review(text, { families: ['figures'] }).findings.filter((f) => f.ruleId === 'NP308').length;
  const body = '\n\n今天，天气很好。\n';
  assert.equal(np308(`# 三、四十人参加${body}`), 1);
  assert.equal(np308(`# 标题\n\n## 三、四十人参加${body}`), 1);
  assert.equal(np308(`## 三、四十人的队伍\n\n# 标题${body}`), 1);
  assert.deepEqual(found('来了三、五十人。', 'NP308'), []);
});

test('NP308 leaves two items of a list, a caption, and says where the approximation is and what to write', () => {
  for (const unit of ['月', '日', '号', '期', '届', '级', '版', '年级', '章', '节', '卷', '集', '季度', '号线', '产业']) {
    assert.deepEqual(found(`他在三、四${unit}参加。`, 'NP308'), [], unit);
  }
  assert.deepEqual(review('## 标题行\n\n今天，天气很好。\n\n图为三、四十人参加活动（张三摄）\n', { families: ['figures'] }).findings, []);
  const [f] = review(page('来了三、四十人。'), { families: ['figures'] }).findings.filter((x) => x.ruleId === 'NP308');
  assert.equal(f.message, '“三、四十人” is an approximation by two adjacent numbers: no 顿号 between them; write “三四十人”.');
  assert.deepEqual(
    [f.range.start, f.range.end],
    [
      { line: 2, character: 2 },
      { line: 2, character: 7 },
    ],
  );
});

test('NP302: a hyphen of either width or a tilde in a range; a span of days takes the dash', () => {
  assert.deepEqual(found('休息3-5天。', 'NP302'), ['“3-5天” uses “-” as its range mark; a time span takes the dash “—”. (1)']);
  assert.deepEqual(found('工期3－5天。', 'NP302'), ['“3－5天” uses “－” as its range mark; a time span takes the dash “—”. (1)']);
  assert.deepEqual(found('气温5－10℃。', 'NP302'), ['“5－10℃” uses “－” as its range mark; a numeric range takes “～”. (1)']);
});

/** NP304's findings as message, the fixes (`*` preferred) and how many related spots. */
const np304 = (body: string) =>
  review(page(body), { families: ['figures'] })
    .findings.filter((f) => f.ruleId === 'NP304')
    .map((f) => `${f.message} ${f.fixes.map((x) => (x.preferred ? '*' : '-')).join('')} ${f.related?.length ?? 0}`);

test('NP304: spans of days are time spans; the en dash and the wave dash are range marks too', () => {
  assert.deepEqual(np304('工期3—5天，另需7～9天。'), ['This article mixes range marks in time spans: “—” ×1, “～” ×1. -- 1']);
  assert.deepEqual(np304('1—6月增长，7–9月下降。'), ['This article mixes range marks in time spans: “—” ×1, “–” ×1. -- 1']);
  assert.deepEqual(np304('1—6月增长，7〜9月下降。'), ['This article mixes range marks in time spans: “—” ×1, “〜” ×1. -- 1']);
});

test('NP304: plus signs before or after Han, in any paragraph of the article', () => {
  assert.deepEqual(np304('“互联网+”和“＋互联网”。'), ['This article mixes plus signs: “+” ×1, “＋” ×1. -- 1']);
  assert.deepEqual(np304('科创+企业。\n\n科创＋基地。'), ['This article mixes plus signs: “+” ×1, “＋” ×1. -- 1']);
});

test('NP304: the majority form is preferred and shown (three spots at most); the finding stands at the first other form', () => {
  assert.deepEqual(np304('增长22.6%，占比45％，又增5%，再增6%，另增7%。'), ['This article mixes percent signs: “%” ×4, “％” ×1. *- 3']);
  const [f] = review(page('增长22.6%，占比45％，又增5%。'), { families: ['figures'] }).findings.filter((x) => x.ruleId === 'NP304');
  assert.equal(page('增长22.6%，占比45％，又增5%。').slice(f.start, f.end), '％');
});

test('NP315 weighs a stated length after a span of whole days or months, counted both ends', () => {
  assert.deepEqual(found('会议于2022年12月25日—26日召开，会期3天。', 'NP315'), [
    '“会期3天” does not match the span “2022年12月25日—26日”, which is 2 days counting both ends (26 − 25 + 1 = 2 days). “会期” states the length of the span “2022年12月25日—26日” in the same sentence. (0)',
  ]);
  assert.match(found('会议于2022年12月30日—2023年1月2日召开，会期3天。', 'NP315')[0], /\(12月30日 to 1月2日 inclusive = 4 days\)/u);
  for (const body of [
    '会议于2022年12月25日召开，会期3天。', // one day, no span
    '会期3天，会议于2022年12月25日—26日召开。', // the length before the span
    '会议于2022年12月25日—26日召开，会期约3天。', // an estimate
    '2022年12月25日至2023年1月，为期3天。', // an end without its day
    '会议于2022年12月26日—25日召开，会期2天。', // ends reversed
    '2022年12月25日—26日，为期2个月。', // months counted over days
    '9—7月，为期3个月。', // months reversed
    '11月至2022年2月，为期4个月。', // a year on one end only
    '会议于12月30日—3月1日召开，会期62天。', // over 29 February of a year not given
    '会议于12月30日—3月1日召开，会期63天。', // (62 days, or 63 when the next year is a leap year)
  ]) {
    assert.deepEqual(found(body, 'NP315'), [], body);
  }
});

test('NP312: a body rate named by the words of its part, with one larger total of its unit before the part', () => {
  const plan = '确定实施15件区级重点民生实事。';
  assert.equal(found(`${plan}目前已开复工13件，开复工率达80.7%。`, 'NP312').length, 1);
  // Two characters of the rate's words name the part; the last two of longer words do.
  assert.equal(found(`${plan}目前已开工13件，开工率达80.7%。`, 'NP312').length, 1);
  assert.equal(found(`${plan}目前已开工13件，项目开工率达80.7%。`, 'NP312').length, 1);
  for (const body of [
    `${plan}目前已开复工13件，开复工率提高80.7%。`, // a change, not a share
    `${plan}目前已开复工13件，开复工率达约80.7%。`, // an estimate
    `${plan}目前已开复工13件，开复工率达80%至90%。`, // a range
    '确定实施15个区级重点民生实事。目前已开复工13件，开复工率达80.7%。', // a total in another unit
    '确定实施12件区级重点民生实事。目前已开复工13件，开复工率达80.7%。', // a total smaller than the part
    '计划开复工15件区级重点民生实事。目前已开复工13件，开复工率达80.7%。', // the "total" is named as the part is
    `${plan}完成率达90%，目前已开复工13件，开复工率达80.7%。`, // another rate between total and part
  ]) {
    assert.deepEqual(found(body, 'NP312'), [], body);
  }
  assert.deepEqual(
    review('# 15件实事已开复工13件开复工率达80.7%\n\n今天，天气很好。\n', { families: ['figures'] }).findings.filter((f) => f.ruleId === 'NP312'),
    [],
  );
});

test('NP312: a bare 占比 right after a part that 其中 picks out of a larger total of its unit', () => {
  assert.equal(found('全校共有学生800人，其中女生300人，占比40%。', 'NP312').length, 1);
  assert.equal(found('全校共有学生800人，其中女生300名，占比40%。', 'NP312').length, 1);
  for (const body of [
    '全校共有学生800人，其中女生300人占比40%。', // not set off by a comma
    '全校共有学生200人，其中女生300人，占比40%。', // a total smaller than the part
    '全校共有学生800人，其中2个班女生300人，占比40%。', // another figure between 其中 and the part
  ]) {
    assert.deepEqual(found(body, 'NP312'), [], body);
  }
});

test('NP317: one stated total of the body, named in the same words of four characters or more, unit and noun, in the same year', () => {
  for (const body of [
    '去年全区新增就业2.6万人。据统计，去年全区新增就业2.8万人。',
    '全区就业2.6万人。全区就业2.8万人。', // four characters name scope and measure
    '全区新建15个重点项目的配套。全区新建17个重点项目。', // the noun after, up to 的
    '2018年全区新增就业2.6万人。全区新增就业2.8万人。', // a year on one of them only
    '全区新增就业2.6万人。2018年全区新增就业2.8万人。',
  ]) {
    assert.equal(found(body, 'NP317').length, 1, body);
  }
  for (const body of [
    '去年全区新增就业2.6万人。去年全区新增就业增加2.8万人。', // a change
    '去年全区新增就业2.6万。去年全区新增就业2.8万。', // no unit
    '去年全区新增就业2.6万人。去年全区新增就业2.7万至2.8万人。', // a range
    '全区有2.6万人。全区有2.8万人。', // three characters name no measure
    '全区新增就业2.6万人。全区新增就业2.8万名。', // two units
    '全区新建15个大棚。全区新建17个温室。', // two nouns
    '去年全区新增就业2.6万人。今年全区新增就业2.8万人。', // two years said relatively
  ]) {
    assert.deepEqual(found(body, 'NP317'), [], body);
  }
  assert.deepEqual(
    review('# 全区新增就业2.8万人\n\n去年全区新增就业2.6万人。\n', { families: ['figures'] }).findings.filter((f) => f.ruleId === 'NP317'),
    [],
  );
});

/** NP311 on a headline over a dateline paragraph: each finding as its severity's initial and message. */
const np311 = (headline: string, body: string) =>
  review(`${headline}\n\n本报讯 ${body}\n`, { families: ['figures'] })
    .findings.filter((f) => f.ruleId === 'NP311')
    .map((f) => `${f.severity[0]}:${f.message}`);

test('NP311: a headline figure the body does not bear out, flagged in both places', () => {
  const [h, b, ...rest] = np311('永川实现城镇新增就业2.6万余人', '今年以来，全区新增就业2.6万人。');
  assert.equal(rest.length, 0);
  assert.equal(h, b);
  assert.match(h, /^w:The headline and the body state 新增就业 differently: “2\.6万余人” in the headline, “2\.6万人” in the body/u);
  // A headline count without its unit is not compared.
  assert.deepEqual(np311('全区新增就业2.6万', '今年以来，全区新增就业2.8万人。'), []);
  // Neither a pull-quote of the headline's figure nor the same value in another unit bears it out.
  const disagree = /^e:The headline and the body disagree on 全区新增就业: “2\.6万人” in the headline, “2\.8万人” in the body/u;
  for (const body of ['今年以来，全区新增就业2.8万人。\n\n“2.6万人”', '今年以来，全区新增就业2.8万人，投资2.6万元。']) {
    const found311 = np311('全区新增就业2.6万人', body);
    assert.equal(found311.length, 2, body);
    assert.match(found311[0], disagree);
  }
  // An upper bound read as the figure it names: 不足1.5万 is not 不足1.2万.
  assert.match(np311('全区新增就业不足1.5万人', '今年以来，全区新增就业不足1.2万人。')[0], /^e:.*“不足1\.5万人” in the headline, “不足1\.2万人” in the body/u);
});

test('NP311: a vaguer body figure that allows the headline is no disagreement; of several body values three are named', () => {
  assert.deepEqual(np311('全区新增造林220亩', '今年以来，全区新增造林200余亩。'), []);
  const several = np311('全区新增造林220亩', '今年以来，全区新增造林100亩。去年全区新增造林150亩。前年全区新增造林170亩。此前全区新增造林190亩。');
  assert.equal(several.length, 4);
  assert.match(several[0], /^w:The body does not bear out the headline’s “220亩”: it gives 全区新增造林 as “100亩” \(line 3\), “150亩” \(line 3\), “170亩” \(line 3\) \(220 ≠ 100, 150, 170\)/u);
});

/** NP313's findings: severity initial and the arithmetic. */
const np313 = (body: string) =>
  review(page(body), { families: ['figures'] })
    .findings.filter((f) => f.ruleId === 'NP313')
    .map((f) => `${f.severity[0]}:${(f.data as { arithmetic?: string } | undefined)?.arithmetic ?? ''}`);

test('NP313 sums a 其中 list the text says is whole: halves, done and not yet, a total naming every part, each part counted as often as it is shared', () => {
  assert.deepEqual(np313('全年共接待游客118万人次，其中境内游客96万人次，境外游客12万人次。'), ['w:960,000 + 120,000 = 1,080,000 ≠ 1,180,000']);
  // Parts set at their clause's start, after 有.
  assert.deepEqual(np313('共有黑臭水体118处，其中有16处整治已完成，有72处正在整治中，有31处暂未实施。'), ['e:16 + 72 + 31 = 119 ≠ 118']);
  assert.deepEqual(np313('全区共有小学和中学学生5000人，其中小学3000人，中学1000人。'), ['w:3,000 + 1,000 = 4,000 ≠ 5,000']);
  assert.deepEqual(np313('共有球队96支，其中，业余球队、中乙球队各32支，其余球队40支。'), ['e:2 × 32 + 40 = 104 ≠ 96']);
});

test('NP313 leaves what it cannot sum: an estimate or a range, a list of one, two parts of one half, a part not done, parts in another unit, a headline', () => {
  for (const body of [
    '全年共接待游客约118万人次，其中境内游客96万人次，境外游客12万人次。',
    '全年共接待游客118万人次，其中境内游客约96万人次，境外游客12万人次。',
    '全年共接待游客118万人次，其中境内游客96万至98万人次，境外游客12万人次。',
    '全市共有养老机构80家，其中50张及以下的30家。',
    '全年共接待游客118万人次，其中境内游客96万人次，境内过夜游客50万人次，境外游客12万人次。',
    '共有项目118个，其中16个尚未完成，72个正在推进。',
    '收到简历210份，其中硕士研究生180人，博士研究生40个。',
  ]) {
    assert.deepEqual(np313(body), [], body);
  }
  assert.deepEqual(
    review('# 全年接待游客118万人次其中境内游客96万人次境外游客12万人次\n\n今天，天气很好。\n', { families: ['figures'] }).findings.filter((f) => f.ruleId === 'NP313'),
    [],
  );
});

test('NP313 splits a total by a part and 其余 only within a sentence of the part, and not where 其中 lists the parts', () => {
  assert.deepEqual(np313('确定15件实事。已开复工13件。今年以来，工作顺利。其余3件按时序进度推进。'), []);
  assert.deepEqual(np313('确定15件实事，其中已开复工13件，其余3件按时序进度推进。'), []);
});

test('NP316 names the weekday the calendar gives, in the form printed, with the date it worked out', () => {
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const names = ['一', '二', '三', '四', '五', '六', '日'];
  days.forEach((day, k) => {
    const d = 12 + k;
    const wrong = k === 1 ? '三' : '二';
    assert.deepEqual(found(`2022年12月${d}日（星期${wrong}），全区召开工作会议。`, 'NP316'), [
      `2022年12月${d}日 was a ${day} (星期${names[k]}), not 星期${wrong} (2022-12-${d} → 星期${names[k]}). The weekday “星期${wrong}” stands right after the date “2022年12月${d}日”. (1)`,
    ]);
  });
  assert.deepEqual(found('2022年12月15日（周一），全区召开工作会议。', 'NP316'), [
    '2022年12月15日 was a Thursday (周四), not 周一 (2022-12-15 → 周四). The weekday “周一” stands right after the date “2022年12月15日”. (1)',
  ]);
  // One mark at most between the date and its weekday.
  assert.deepEqual(found('2022年12月15日 （星期一），全区召开工作会议。', 'NP316'), []);
});

test('NP314 shows its arithmetic, a rise as (new − old) ÷ old and a fall as (old − new) ÷ old', () => {
  assert.deepEqual(found('高新技术企业由120家增至150家，增长30%。', 'NP314'), [
    '“增长30%” does not match the change from “120家” to “150家” ((150 − 120) ÷ 120 = 25%). The sentence gives the change as “高新技术企业由120家” to “增至150家”, and the rate follows it. (0)',
  ]);
  assert.deepEqual(found('高新技术企业由150家降至120家，下降30%。', 'NP314'), [
    '“下降30%” does not match the change from “150家” to “120家” ((150 − 120) ÷ 150 = 20%). The sentence gives the change as “高新技术企业由150家” to “降至120家”, and the rate follows it. (0)',
  ]);
});

/** NP313's checks on a paragraph, held or not: `off` (reported) or `held`, its severity, then message, arithmetic and basis as a finding prints them. */
const checks313 = (body: string) => checksIn(partsSum, page(body), (c) => printed(c, ` ${c.severity ?? '-'}`));

test('NP313: every pair of halves that make a whole, by name', () => {
  // The rule's list restated, not imported: a pair dropped from it must fail a row here.
  const halves = [
    ['境内', '境外'],
    ['国内', '国外'],
    ['国内', '境外'],
    ['出口', '进口'],
    ['入境', '出境'],
    ['城市', '农村'],
    ['城镇', '农村'],
    ['男', '女'],
    ['公办', '民办'],
    ['线上', '线下'],
    ['省内', '省外'],
    ['市内', '市外'],
    ['区内', '区外'],
    ['县内', '县外'],
    ['中方', '外方'],
    ['上半年', '下半年'],
    ['本地', '外地'],
    ['大剧场', '小剧场'],
    ['在职', '退休'],
    ['新建', '续建'],
  ];
  for (const [x, y] of halves) {
    assert.deepEqual(checks313(`全年共有人员100人，其中${x}人员60人，${y}人员30人。`), [
      `off warning: The parts of the total “100人” add up to less than the total; is a part missing? (60 + 30 = 90 ≠ 100). “${x}” and “${y}” together make up the whole.`,
    ]);
  }
  // Two parts of one half: which of them the other half completes is not known.
  assert.deepEqual(checks313('全年共接待游客118万人次，其中境内游客96万人次，境外游客12万人次，境外过夜游客5万人次。'), []);
});

test('NP313 states each way a list is whole, and whether the parts add up to more, to less, or to the total', () => {
  assert.deepEqual(checks313('全年共接待游客118万人次，其中境内游客100万人次，境外游客22万人次。'), [
    'off error: The parts of the total “118万人次” add up to more than the total (1,000,000 + 220,000 = 1,220,000 ≠ 1,180,000). “境内” and “境外” together make up the whole.',
  ]);
  assert.deepEqual(checks313('全年共接待游客118万人次，其中境内游客96万人次，其余游客22万人次。另有境外游客30万人次。'), [
    'held warning: The parts of the total “118万人次” add up to it (960,000 + 220,000 = 1,180,000 ≈ 1,180,000). The last part is the remainder (“其余”), so the parts are the whole.',
  ]);
  assert.deepEqual(checks313('全市共有养老机构80家，其中床位100张以上的30家，50张至100张的30家，50张及以下的30家。'), [
    'off error: The parts of the total “80家” add up to more than the total (30 + 30 + 30 = 90 ≠ 80). The tiers run to the end of the scale (“及以下”), so the parts are the whole.',
  ]);
  assert.deepEqual(checks313('118处黑臭水体，其中16处整治已完成，72处正在整治中，31处暂未实施。'), [
    'off error: The parts of the total “118处” add up to more than the total (16 + 72 + 31 = 119 ≠ 118). What is done and what is not yet done make up the whole.',
  ]);
  assert.deepEqual(checks313('全区共有小学和中学学生5000人，其中有小学3000人，有中学1000人。'), [
    'off warning: The parts of the total “5000人” add up to less than the total; is a part missing? (3,000 + 1,000 = 4,000 ≠ 5,000). The total names every part (“全区共有小学和中学学生”).',
  ]);
  // The items before 各 share its figure; the name the total gives is the last item's, without 各.
  assert.deepEqual(checks313('全区共有小学、中学和大学学生6000人，其中小学、中学各2000人，大学1000人。'), [
    'off warning: The parts of the total “6000人” add up to less than the total; is a part missing? (2 × 2,000 + 1,000 = 5,000 ≠ 6,000). The total names every part (“中学和大学学生”).',
  ]);
  // 各 inside a label is not “each”.
  assert.deepEqual(checks313('共有球队96支，其中业余和职业各队32支，其余球队40支。'), [
    'off warning: The parts of the total “96支” add up to less than the total; is a part missing? (32 + 40 = 72 ≠ 96). The last part is the remainder (“其余”), so the parts are the whole.',
  ]);
});

test('NP313 finds the total and the parts of a 其中 list where the sentence puts them', () => {
  const short =
    'off warning: The parts of the total “118万人次” add up to less than the total; is a part missing? (960,000 + 120,000 = 1,080,000 ≠ 1,180,000). “境内” and “境外” together make up the whole.';
  // 其中 right after the total, with no mark; a rate between them; a 其中 earlier that lists nothing.
  assert.deepEqual(checks313('全年共接待游客118万人次其中境内游客96万人次，境外游客12万人次。'), [short]);
  assert.deepEqual(checks313('全年共接待游客118万人次，增长12%，其中境内游客96万人次，境外游客12万人次。'), [short]);
  assert.deepEqual(checks313('其中一项，全年共接待游客118万人次，其中境内游客96万人次，境外游客12万人次。'), [short]);
  // No 其中, a sentence between the total and 其中, a caption: nothing to sum.
  assert.deepEqual(checks313('全年共接待游客118万人次，境内游客96万人次，境外游客12万人次。'), []);
  assert.deepEqual(checks313('全年共接待游客118万人次。数据显示其中境内游客96万人次，境外游客12万人次。'), []);
  assert.deepEqual(checks313('图为全年共接待游客118万人次，其中境内游客96万人次，境外游客12万人次。（张三摄）'), []);
  // A remainder part in the next sentence is not one of the list's parts.
  assert.deepEqual(checks313('全年共接待游客118万人次，其中境内游客96万人次，其余游客22万人次。另有境外游客30万人次。').length, 1);
  // A part set first in its clause, with nothing before it.
  assert.deepEqual(checks313('共有球队96支，其中，32支为业余球队，其余球队40支。'), [
    'off warning: The parts of the total “96支” add up to less than the total; is a part missing? (32 + 40 = 72 ≠ 96). The last part is the remainder (“其余”), so the parts are the whole.',
  ]);
  // A part's label taken from after a second 其中, and from after a 其中 with no mark before the part.
  const names =
    'off warning: The parts of the total “5000人” add up to less than the total; is a part missing? (3,000 + 1,000 = 4,000 ≠ 5,000). The total names every part (“全区共有小学和中学学生”).';
  assert.deepEqual(checks313('全区共有小学和中学学生5000人，其中小学3000人，其中中学1000人。'), [names]);
  assert.deepEqual(checks313('全区共有小学和中学学生5000人其中小学3000人，中学1000人。'), [names]);
});

test('NP313 leaves a list the text does not close: other-kind remainders, a name the total lacks or repeats, one-character names, parts in two other units', () => {
  for (const body of [
    '全年共接待游客100人次，其中本地游客60人次，来自其他省份的游客30人次。',
    '全区共有小学和中学学生5000人，其中小学3000人，大学1000人。',
    '全区共有小学和中学学生5000人，其中小学3000人，小学1000人。',
    '全区共有大小企业500家，其中大300家，小100家。',
    '收到简历210份，其中男生180人，女生40名。',
  ]) {
    assert.deepEqual(checks313(body), [], body);
  }
});

test('NP313 splits a total by a part and its remainder: the nearest one total, in the sentence or the one before, of the same year', () => {
  const off = (part: string, rest: string, lead: string, total: string, sum: string) =>
    `off -: “${part}” and the remaining “${rest}” do not add up to the total “${total}” (${sum}). “${lead}” names what is left of the total once “${part}” is taken out.`;
  assert.deepEqual(checks313('确定15件实事，已开复工13件，其余5件按时序推进。'), [off('13件', '5件', '其余', '15件', '13 + 5 = 18 ≠ 15')]);
  assert.deepEqual(checks313('确定15件实事，已开复工13件，其余2件按时序推进。'), [
    'held -: “13件” and the remaining “2件” do not add up to the total “15件” (13 + 2 = 15 ≈ 15). “其余” names what is left of the total once “13件” is taken out.',
  ]);
  assert.deepEqual(checks313('确定15件实事，已开复工13件。其余3件按时序进度推进。'), [off('13件', '3件', '其余', '15件', '13 + 3 = 16 ≠ 15')]);
  assert.deepEqual(checks313('其中一项，确定15件实事，已开复工13件，其余5件按时序推进。'), [off('13件', '5件', '其余', '15件', '13 + 5 = 18 ≠ 15')]);
  // A clause with no year goes with any.
  assert.deepEqual(checks313('全村有贫困户50户，2016年21户脱贫，剩余的8户脱贫。'), [off('21户', '8户', '剩余的', '50户', '21 + 8 = 29 ≠ 50')]);
  assert.deepEqual(checks313('2016年全村有贫困户50户；21户已脱贫，剩余的8户脱贫。'), [off('21户', '8户', '剩余的', '50户', '21 + 8 = 29 ≠ 50')]);
  assert.deepEqual(checks313('2016年全村有贫困户50户；2017年有新情况；21户已脱贫，剩余的8户脱贫。'), [off('21户', '8户', '剩余的', '50户', '21 + 8 = 29 ≠ 50')]);
  for (const body of [
    // Successive years' figures, not a total and its part.
    '2016年，21户脱贫；2017年，26户脱贫；2018年，剩余的8户脱贫。',
    // Two totals to choose from; a part in another unit; an estimate; a remainder word inside other words; a caption.
    '确定15件实事，新增20件，已开复工13件，其余5件按时序推进。',
    '确定15件实事，已开复工13项，其余3件按时序推进。',
    '确定15件实事，已开复工13件，其余约50件按时序推进。',
    '确定15件实事，已开复工13件，剩余工程中8件按时序推进。',
    '图为确定15件实事，已开复工13件，其余5件按时序推进。（张三摄）',
  ]) {
    assert.deepEqual(checks313(body), [], body);
  }
});

/** NP311's checks on a headline over a dateline paragraph, held or not, as they print, and how many figures each uses. */
const checks311 = (headline: string, body: string) => checksIn(headlineBodyFigure, `${headline}\n\n本报讯 ${body}\n`, (c) => printed(c, ` ${c.severity ?? '-'} ${c.used.length}`));

test('NP311 says where the body bears the headline out, and with which figure', () => {
  const held = (lines: string, used: number) =>
    `held - ${used}: The body bears out the headline’s “2.6万人” with “2.6万人” (line ${lines}) (26,000 ≈ 26,000). The body gives the same measure in the same words and unit (人).`;
  assert.deepEqual(checks311('全区新增就业2.6万人', '今年以来，全区新增就业2.6万人。'), [held('3', 2)]);
  // Several places bear it out: the verdict rests on the headline alone, and each line is named once.
  assert.deepEqual(checks311('全区新增就业2.6万人', '今年以来，全区新增就业2.6万人。去年全区新增就业2.6万人。'), [held('3', 1)]);
  assert.deepEqual(checks311('全区新增就业2.6万人', '今年以来，全区新增就业2.6万人。\n\n去年全区新增就业2.6万人。'), [held('3, 5', 1)]);
  // A hedge over its count, and a bound over one inside it.
  assert.deepEqual(checks311('暴风雪已致美国至少190人死亡', '暴风雪已导致美国190人死亡。'), [
    'held - 2: The body bears out the headline’s “至少190人” with “190人” (line 3) (190 ≈ 190). The body gives the same measure in the same words and unit (人).',
  ]);
  assert.deepEqual(checks311('全区新增就业最多2.6万人', '今年以来，全区新增就业最多2.55万人。'), [
    'held - 2: The body bears out the headline’s “最多2.6万人” with “最多2.55万人” (line 3) (26,000 ≈ 25,500). The body gives the same measure in the same words and unit (人).',
  ]);
});

test('NP311 names each kind of approximation when the values agree and the wording does not', () => {
  const differently = (h: string, b: string, says: string) =>
    `off warning 2: The headline and the body state 全区新增就业 differently: “${h}” in the headline, “${b}” in the body (line 3) (${says}). Both count 人 with the words “全区新增就业”, and the body gives no figure in that unit that bears the headline out.`;
  const rows: [string, string, string][] = [
    ['2.6万人', '2.6万余人', '“2.6万人” says 26,000; “2.6万余人” says more than 26,000 (“余”)'],
    ['2.6万人', '至少2.6万人', '“2.6万人” says 26,000; “至少2.6万人” says at least 26,000 (“至少”)'],
    ['2.6万人', '不足2.6万人', '“2.6万人” says 26,000; “不足2.6万人” says just under 26,000 (“不足”)'],
    ['2.6万人', '最多2.6万人', '“2.6万人” says 26,000; “最多2.6万人” says at most 26,000 (“最多”)'],
    ['约2.6万人', '近2.6万人', '“约2.6万人” says about 26,000 (“约”); “近2.6万人” says just under 26,000 (“近”)'],
  ];
  for (const [h, b, says] of rows) assert.deepEqual(checks311(`全区新增就业${h}`, `今年以来，全区新增就业${b}。`), [differently(h, b, says)]);
});

test('NP311 compares open bounds as the figures they name, and counts a vague body figure only when it allows the headline', () => {
  const disagree = (h: string, b: string, arithmetic: string, severity = 'warning', words = '全区新增就业', unit = '人') =>
    `off ${severity} 2: The headline and the body disagree on ${words}: “${h}” in the headline, “${b}” in the body (line 3) (${arithmetic}). Both count ${unit} with the words “${words}”, and the body gives no figure in that unit that bears the headline out.`;
  assert.deepEqual(checks311('全区新增就业至少2.6万人', '今年以来，全区新增就业至少2.9万人。'), [disagree('至少2.6万人', '至少2.9万人', '26,000 ≠ 29,000')]);
  assert.deepEqual(checks311('全区新增就业最多2.6万人', '今年以来，全区新增就业最多2.0万人。'), [disagree('最多2.6万人', '最多2.0万人', '26,000 ≠ 20,000')]);
  assert.deepEqual(checks311('全区新增造林220亩', '今年以来，全区新增造林至少200亩。'), [disagree('220亩', '至少200亩', '220 ≠ 200', 'warning', '全区新增造林', '亩')]);
  assert.deepEqual(checks311('全区新增就业2.6万人', '今年以来，全区新增就业2.8万人，新增岗位2.7万人。'), [disagree('2.6万人', '2.8万人', '26,000 ≠ 28,000', 'error')]);
  // One of the body's values is vague around the headline's: the text leaves it open.
  assert.deepEqual(checks311('全区新增造林220亩', '今年以来，全区新增造林200余亩，全区新增造林100亩。'), []);
});

test('NP311 stays silent where the body prints the headline’s figure in other words, unless the figure stands quoted alone', () => {
  assert.deepEqual(checks311('全区新增就业2.6万人', '今年以来，全区就业岗位达2.6万人，全区新增就业2.8万人。'), []);
  assert.deepEqual(checks311('全区新增就业2.6万人', '今年以来，“2.6万人，岗位目标”，全区新增就业2.8万人。'), []);
  assert.deepEqual(checks311('全区新增就业2.6万人', '今年以来，就业“达2.6万人”，全区新增就业2.8万人。'), []);
  for (const quoted of ['“2.6万人”', '"2.6万人"']) {
    assert.deepEqual(checks311('全区新增就业2.6万人', `今年以来，${quoted}，全区新增就业2.8万人。`).length, 1, quoted);
  }
  // A headline count without a unit, or with no words around it, is not compared.
  assert.deepEqual(checks311('全区新增就业2.6万', '今年以来，全区新增就业2.8万。'), []);
});

test('NP311 names at most three of the body’s values when none bears the headline out', () => {
  assert.deepEqual(checks311('全区新增就业2.6万人', '今年以来，全区新增就业2.8万人，全区新增就业2.7万人，全区新增就业2.9万人，全区新增就业3.1万人。'), [
    'off warning 4: The body does not bear out the headline’s “2.6万人”: it gives 全区新增就业 as “2.8万人” (line 3), “2.7万人” (line 3), “2.9万人” (line 3) (26,000 ≠ 28,000, 27,000, 29,000). All count 人 with the words “全区新增就业”, and none of them bears the headline out.',
  ]);
});

test('NP312 prints its reading of the figures: the part and total, the division, and why they belong together', () => {
  const checks = (body: string) => checksIn(percentOfTotal, page(body));
  assert.deepEqual(checks('确定实施15件区级重点民生实事。目前已开复工13件，开复工比例达80.7%。'), [
    'off: 开复工比例 “80.7%” does not match the figures it comes from: 13件 of 15件 (13 ÷ 15 = 86.67%). The rate’s words (“复工”) name the part “13件”, and “15件” is the one total before it in the same unit.',
  ]);
  const share = (rate: string, held: boolean, word = '占比') =>
    `${held ? 'held' : 'off'}: ${word} “${rate}” does not match the figures it comes from: 300人 of 800人 (300 ÷ 800 = 37.5%). “其中” picks “300人” out of “800人”, and the rate follows the part.`;
  assert.deepEqual(checks('全校共有学生800人，其中女生300人，占比40%。'), [share('40%', false)]);
  assert.deepEqual(checks('全校共有学生800人，其中女生300人，占比37.5%。'), [share('37.5%', true)]);
  assert.deepEqual(checks('全校共有学生800人，其中女生300人，占40%。'), [share('40%', false, '占')]);
  assert.deepEqual(checks('全校共有学生800人其中女生300人，占比40%。'), [share('40%', false)]);
  for (const body of [
    '全校共有学生800人，女生300人，占比40%。', // no 其中
    '全校共有学生800人，其中女生300人，，占比40%。', // more than one comma between part and rate
    '全校共有学生800人，其中女生300人，男生500人，占比40%。', // another figure between 其中 and the part
    '全校共有学生300人，其中女生300人，占比40%。', // a total no larger than the part
  ]) {
    assert.deepEqual(checks(body), [], body);
  }
});

test('NP304 counts each form, reports at the first minority form, offers every form, the majority preferred, and points at it', () => {
  const np304 = (body: string) =>
    review(page(body), { families: ['figures'] })
      .findings.filter((f) => f.ruleId === 'NP304')
      .map((f) => ({
        message: f.message,
        at: f.range.start.character,
        fixes: f.fixes.map((x) => `${x.preferred ? '*' : ''}${x.title} (${x.edits.length})`),
        related: (f.related ?? []).map((r) => `${r.message}@${r.range.start.character}`),
      }));
  assert.deepEqual(np304('科创＋行动，科创+计划，科创+平台。'), [
    {
      message: 'This article mixes plus signs: “+” ×2, “＋” ×1.',
      at: 2,
      fixes: ['*Use “+” for all plus signs in this article (1)', 'Use “＋” for all plus signs in this article (2)'],
      related: ['“+”@8', '“+”@14'],
    },
  ]);
  assert.deepEqual(np304('1~6月增长，7～9月下降。'), [
    {
      message: 'This article mixes range marks in time spans: “~” ×1, “～” ×1.',
      at: 8,
      fixes: ['Use “~” for all range marks in time spans in this article (1)', 'Use “～” for all range marks in time spans in this article (1)'],
      related: ['“~”@1'],
    },
  ]);
  assert.deepEqual(np304('气温5～10℃，水温3—8℃。'), [
    {
      message: 'This article mixes range marks in numeric ranges: “～” ×1, “—” ×1.',
      at: 11,
      fixes: ['Use “～” for all range marks in numeric ranges in this article (1)', 'Use “—” for all range marks in numeric ranges in this article (1)'],
      related: ['“～”@3'],
    },
  ]);
});

test('NP314 takes the nearest change before the rate, of counts, right up to the rate; no base of zero', () => {
  const checks = (body: string) => checksIn(growthRate, page(body), (c) => `${c.held ? 'held' : 'off'}: ${c.arithmetic}`);
  const held = ['held: (150 − 120) ÷ 120 = 25%'];
  assert.deepEqual(checks('高新技术企业由120家增至150家增长25%。'), held);
  assert.deepEqual(checks('高新技术企业由120家增至150家，到2020年增长25%。'), held);
  assert.deepEqual(checks('企业由100家增至120家，由120家增至150家，增长25%。'), held);
  assert.deepEqual(checks('高新技术企业由0家增至150家，增长30%。'), []);
  assert.deepEqual(checks('高新技术企业由120家增至150家，增长3倍。'), []);
});

test('NP315 counts months as an editor would, across a year too, and holds a length to its span unless a shorter one names a stage', () => {
  const checks = (body: string) => checksIn(dateSpan, page(body));
  const months = (held: boolean, length: string, span: string, arithmetic: string, lead = '为期') =>
    `${held ? 'held' : 'off'}: “${lead}${length}” does not match the span “${span}”, which is 6 months counting both ends (${arithmetic} = 6 months). “${lead}” states the length of the span “${span}” in the same sentence.`;
  assert.deepEqual(checks('2018年1月至6月，为期6个月。'), [months(true, '6个月', '2018年1月至6月', '6 − 1 + 1')]);
  assert.deepEqual(checks('2018年1月至6月，为期5个月。'), [months(false, '5个月', '2018年1月至6月', '6 − 1 + 1')]);
  assert.deepEqual(checks('2018年10月至2019年3月，为期5个月。'), [months(false, '5个月', '2018年10月至2019年3月', '1 × 12 + 3 − 10 + 1')]);
  // A length followed by 的 names a thing of its own: held to the span only when it is not shorter.
  assert.deepEqual(checks('2018年1月至6月，进行了为期6个月的督导。'), [months(true, '6个月', '2018年1月至6月', '6 − 1 + 1', '进行了为期')]);
  assert.deepEqual(checks('2018年1月至6月，进行了为期7个月的督导。').length, 1);
  assert.deepEqual(checks('2018年1月至6月，为期5个月，取得的成效明显。').length, 1);
  // Days within one month, with no year: the end is in the same year.
  assert.deepEqual(checks('会议于12月25日—26日召开，会期2天。'), [
    'held: “会期2天” does not match the span “12月25日—26日”, which is 2 days counting both ends (26 − 25 + 1 = 2 days). “会期” states the length of the span “12月25日—26日” in the same sentence.',
  ]);
  // A length in years, days over a span of months, a span with no month: nothing to count.
  for (const body of ['2018年1月至6月，为期2年。', '2018年1月至6月，为期180天。', '会议于25日—26日召开，会期2天。']) assert.deepEqual(checks(body), [], body);
});

test('NP317 prints both values with the line of the first, and compares only totals scoped from their first word, with the same noun up to 的', () => {
  const checks = (body: string) => checksIn(sameMeasureTwoValues, page(body));
  const basis = 'Both name the same total in the same words (“全区新增就业”, counted in 人) in the same year.';
  assert.deepEqual(checks('去年全区新增就业2.6万人。\n\n据统计，去年全区新增就业2.8万人。'), [`off: 全区新增就业 is “2.6万人” on line 3 and “2.8万人” here (26,000 ≠ 28,000). ${basis}`]);
  assert.deepEqual(checks('去年全区新增就业2.6万人。据统计，去年全区新增就业2.6万人。'), [`held: 全区新增就业 is “2.6万人” on line 3 and “2.6万人” here (26,000 ≈ 26,000). ${basis}`]);
  assert.equal(checks('全区新增就业2.6万人的岗位。全区新增就业2.8万人的补贴。').length, 1);
  for (const body of [
    '调查显示全区新增就业2.6万人。调查显示全区新增就业2.8万人。',
    '全区新增就业2.6万人岗位补贴。全区新增就业2.8万人岗位津贴。',
    '据悉，今年全区新增就业2.6万人。去年全区新增就业2.8万人。',
  ]) {
    assert.deepEqual(checks(body), [], body);
  }
});
