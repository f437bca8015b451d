// Figure rules: form rules with their fixes, agreement rules with true and false cases, the seeds
// (no agreement finding but the real headline/body one in 000), and generated variants of the
// seeds with one checked figure altered, each of which must be caught.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AGREEMENT_RULES, applyEdits, dataOf, fixAll, parsePage, review, SourceText, type Finding } from '../../src/engine';
import { seedFiles } from '../helpers';
import { alterFigure } from '../alterFigure';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';

const figures = (text: string) => review(text, { families: ['figures'] }).findings;
const ids = (text: string) => figures(text).map((f) => f.ruleId);
/** Rule `id` finds nothing in `text` (`why`: what the case shows). */
const silent = (id: string, text: string, why?: string) =>
  assert.deepEqual(
    ids(text).filter((i) => i === id),
    [],
    why,
  );
const article = (headline: string, body: string) => `${headline}\n\n本报讯（记者 张三）${body}\n`;
const preferred = (f: Finding) => f.fixes.find((x) => x.preferred) ?? f.fixes[0];
const fixOne = (text: string, f: Finding) => applyEdits(text, preferred(f).edits);

test('NP301 full-width digits become half-width', () => {
  const text = article('标题', '２０２６年１月，增长８６．７％。');
  const found = figures(text).filter((f) => f.ruleId === 'NP301');
  assert.deepEqual(
    found.map((f) => text.slice(f.start, f.end)),
    ['２０２６', '１', '８６．７'],
  );
  assert.match(fixAll(text, { families: ['figures'] }).text, /2026年1月，增长86\.7％/);
});

test('NP302 a hyphen in a range becomes a dash (time) or a wave (numbers); ISO dates and phone numbers are left alone', () => {
  const text = article('标题', '1月-10月，营收增长。投资9亿-16亿元。电话023-49876543，日期2022-12-25。');
  const found = figures(text).filter((f) => f.ruleId === 'NP302');
  assert.deepEqual(
    found.map((f) => text.slice(f.start, f.end)),
    ['1月-10月', '9亿-16亿元'],
  );
  let fixed = text;
  for (const f of [...found].reverse()) fixed = fixOne(fixed, f);
  assert.match(fixed, /1月—10月，营收增长。投资9亿～16亿元。电话023-49876543，日期2022-12-25。/);
});

test('NP303 a range low end that drops 亿 or % gets it back; measure words may be dropped', () => {
  const text = article('标题', '投资9～16亿元，占比15～30%，共400～429页，1—6月。');
  const found = figures(text).filter((f) => f.ruleId === 'NP303');
  assert.deepEqual(
    found.map((f) => text.slice(f.start, f.end)),
    ['9～16亿元', '15～30%'],
  );
  let fixed = text;
  for (const f of [...found].reverse()) fixed = fixOne(fixed, f);
  assert.match(fixed, /投资9亿～16亿元，占比15%～30%，共400～429页/);
});

test('NP304 mixed percent signs, plus signs and range marks in one article: one finding each, majority form preferred', () => {
  const text = article('标题', '增长22.6%，增长32.3%，占比45％。打造“科创+”“科创+”“科创＋”。1—6月和7～9月。');
  const found = figures(text).filter((f) => f.ruleId === 'NP304');
  assert.equal(found.length, 3);
  assert.ok(found.some((f) => /percent signs: “%” ×2, “％” ×1/.test(f.message)));
  assert.ok(found.some((f) => /plus signs: “\+” ×2, “＋” ×1/.test(f.message)));
  assert.ok(found.some((f) => /time spans/.test(f.message)));
  const pct = found.find((f) => /percent/.test(f.message))!;
  assert.match(fixOne(text, pct), /占比45%。/);
  silent('NP304', article('标题', '1—6月营收，9亿～16亿元。'), 'a dash for time and a wave for numbers is the standard, not a mix');
});

test('NP305 Arabic digits with 千/百 are written out; 千米 and 千克 are units', () => {
  const text = article('标题', '观众4千人，投资3百万元，全长4千米，重5千克，2.5千吨。');
  const found = figures(text).filter((f) => f.ruleId === 'NP305');
  assert.deepEqual(
    found.map((f) => text.slice(f.start, f.end)),
    ['4千人', '3百万元', '2.5千吨'],
  );
  let fixed = text;
  for (const f of [...found].reverse()) fixed = fixOne(fixed, f);
  assert.match(fixed, /观众4000人，投资300万元，全长4千米，重5千克，2500吨/);
});

test('NP306 a date mixing Chinese and Arabic numerals is written in Arabic digits', () => {
  const text = article('标题', '二〇〇八年8月8日开幕，二〇〇八年八月八日闭幕，2008年8月8日。');
  const found = figures(text).filter((f) => f.ruleId === 'NP306');
  assert.deepEqual(
    found.map((f) => text.slice(f.start, f.end)),
    ['二〇〇八年8月8日'],
  );
  assert.match(fixOne(text, found[0]), /2008年8月8日开幕，二〇〇八年八月八日闭幕/);
});

test('NP311 headline vs body: different values, approximated in one place only; rounding the body bears out is fine', () => {
  const differ = article('永川区已开复工12件', '永川区15件民生实事已开复工13件。');
  const found = figures(differ).filter((f) => f.ruleId === 'NP311');
  assert.equal(found.length, 2, 'both places');
  assert.equal(found[0].severity, 'error');
  assert.match(found[0].message, /12件.*13件/);
  assert.equal(found[0].related.length, 1);
  assert.match(String(dataOf(found[0], 'arithmetic')?.arithmetic), /12 ≠ 13/);

  const approx = article('永川实现城镇新增就业2.6万余人', '全区新增就业2.6万人。');
  const a = figures(approx).filter((f) => f.ruleId === 'NP311');
  assert.equal(a.length, 2);
  assert.equal(a[0].severity, 'warning');

  for (const fine of [
    article('永川实现城镇新增就业近3万人', '全区新增就业29812人。'),
    article('永川实现城镇新增就业2.6万人', '全区新增就业2.6万人。'),
    article('永川实现城镇新增就业2.6万人', '全区新增就业26000人。'),
    article('新增就业2.6万人', '带动就业1590人，完成新增就业目标任务4000余人。'),
  ])
    silent('NP311', fine, fine);
});

test('NP312 a rate must equal part ÷ total at printed precision; no single total, no check', () => {
  const ok = article('标题', '确定实施15件区级重点民生实事。目前已开复工13件，开复工率达86.7%。');
  silent('NP312', ok);
  const bad = ok.replace('86.7%', '80.7%');
  const found = figures(bad).filter((f) => f.ruleId === 'NP312');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /80\.7%/);
  assert.match(String(dataOf(found[0], 'arithmetic')?.arithmetic), /13 ÷ 15 = 86\.67%/);
  silent('NP312', ok.replace('86.7%', '86.6%'), 'cut off rather than rounded is accepted');
  silent('NP312', article('标题', '优良天数303天，优良率达83.8%。'), 'no total');
  silent('NP312', article('标题', '实施15件，另有20件。已开复工13件，开复工率达80%。'), 'two totals: not guessed');
});

test('NP313 parts after 其中 and a part plus 其余 must add up', () => {
  const ok = article('标题', '118处黑臭水体全部制定方案，其中16处整治已完成、共消除黑臭水体2929平方米，72处正在整治中，30处暂未实施。');
  silent('NP313', ok);
  const more = figures(ok.replace('30处', '31处')).filter((f) => f.ruleId === 'NP313');
  assert.equal(more.length, 1);
  assert.equal(more[0].severity, 'error');
  assert.match(String(dataOf(more[0], 'arithmetic')?.arithmetic), /16 \+ 72 \+ 31 = 119 ≠ 118/);
  const less = figures(ok.replace('30处', '20处')).filter((f) => f.ruleId === 'NP313');
  assert.equal(less[0].severity, 'warning');
  const people = article('标题', '收到简历210份。其中，硕士研究生180人，其他学历30人。');
  silent('NP313', people);
  assert.equal(ids(people.replace('其他学历30人', '其他学历20人')).filter((i) => i === 'NP313').length, 1, 'a remainder closes the list');
  silent('NP313', article('标题', '收到简历210份。其中，硕士研究生180人，本科20人。'), 'nothing says the list is whole');
  silent('NP313', article('标题', '共有企业100家，其中规上企业60家，实现产值3亿元、利润1亿元。'), 'money is not a part of a count');
  silent('NP313', article('标题', '共有企业100家，其中规上企业60家，增长10家。'), 'one part and a change');
  const rest = article('标题', '确定15件实事，已开复工13件，其余2件按进度推进。');
  silent('NP313', rest);
  assert.equal(ids(rest.replace('其余2件', '其余3件')).filter((i) => i === 'NP313').length, 1);
});

test('NP313 parts in another unit than the total are summed only when they count things, not measure stuff', () => {
  // 210 CVs, then a list in one other unit that does not add up (180 + 20): people are a breakdown
  // of the CVs; money, area, weight, length, temperature, age, multiples and points are not.
  const page = (unit: string) => article('标题', `收到简历210份。其中，硕士研究生180${unit}，其他学历20${unit}。`);
  assert.equal(ids(page('人')).filter((i) => i === 'NP313').length, 1, 'people');
  // Spelt out, not imported from MEASURE_UNITS: the list is the specification the table is held to.
  const measures = [
    '摄氏度',
    '℃',
    '元',
    '美元',
    '欧元',
    '港元',
    '日元',
    '英镑',
    '平方米',
    '平方公里',
    '立方米',
    '吨',
    '公斤',
    '克',
    '斤',
    '米',
    '公里',
    '亩',
    '公顷',
    '升',
    '倍',
    '岁',
    '度',
    '个百分点',
    '百分点',
    '千瓦',
    '千克',
  ];
  for (const unit of measures) silent('NP313', page(unit), unit);
  // A total in a measure is not broken down into counted things either.
  silent('NP313', article('标题', '流转土地210亩。其中，种粮大户180人，其他20人。'), 'a total in 亩');
});

test('NP314 a growth rate must match the two figures it derives from', () => {
  const ok = article('标题', '高新技术企业由120家增至150家，增长25%。');
  silent('NP314', ok);
  const bad = figures(ok.replace('25%', '30%')).filter((f) => f.ruleId === 'NP314');
  assert.equal(bad.length, 1);
  assert.match(String(dataOf(bad[0], 'arithmetic')?.arithmetic), /\(150 − 120\) ÷ 120 = 25%/);
  silent('NP314', article('标题', '人数从200人减少到150人，下降25%。'));
  silent('NP314', article('标题', '营收13.6亿元，同比增长22.6%。'), 'one figure: no basis');
});

test('NP315 a date span and its stated length must agree, counting both ends', () => {
  const ok = article('标题', '会议于2022年12月25日—26日召开，会期2天。');
  silent('NP315', ok);
  const bad = figures(ok.replace('会期2天', '会期3天')).filter((f) => f.ruleId === 'NP315');
  assert.equal(bad.length, 1);
  assert.match(String(dataOf(bad[0], 'arithmetic')?.arithmetic), /26 − 25 \+ 1 = 2 days/);
  assert.equal(ids(article('标题', '活动于12月30日至1月2日举行，为期3天。')).filter((i) => i === 'NP315').length, 1, 'across a month end: 4 days');
  silent('NP315', article('标题', '1—6月开展专项行动，为期6个月。'));
  assert.equal(ids(article('标题', '1—6月开展专项行动，为期5个月。')).filter((i) => i === 'NP315').length, 1);
  silent('NP315', article('标题', '会议于25日—26日召开。此前筹备了3天。'), 'a length in another sentence is not this span');
});

test('NP316 a weekday given with a full date must be that date’s', () => {
  const ok = article('标题', '会议于2022年12月25日（星期日）召开。');
  silent('NP316', ok);
  const bad = figures(ok.replace('星期日', '星期一')).filter((f) => f.ruleId === 'NP316');
  assert.equal(bad.length, 1);
  assert.match(fixOne(ok.replace('星期日', '星期一'), bad[0]), /（星期日）/);
  silent('NP316', article('标题', '会议于12月25日（星期一）召开。'), 'no year: not guessed');
});

test('NP317 one stated total or named set with two values', () => {
  assert.equal(ids(article('标题', '全区新增就业2.6万人。……全区新增就业2.8万人。')).filter((i) => i === 'NP317').length, 1);
  silent('NP317', article('标题', '确定实施15件区级重点民生实事。目前，16件区级重点民生实事已开复工13件。'), 'a shared noun without a stated scope: the words do not say these are one total');
  silent('NP317', article('标题', '扶持创业700余人，带动就业1590人；新增市场主体1.59万户，带动就业2.15万人。'));
  silent('NP317', article('标题', '2021年全区新增就业2.5万人。2022年全区新增就业2.6万人。'), 'different years');
});

const AGREEMENT_IDS = new Set(AGREEMENT_RULES.map((r) => r.id));

test('the seeds raise no agreement finding except the real headline/body one in 000', () => {
  const found: string[] = [];
  for (const file of seedFiles()) {
    for (const f of figures(fs.readFileSync(file, 'utf8'))) {
      if (AGREEMENT_IDS.has(f.ruleId)) found.push(`${path.basename(file).slice(0, 3)} ${f.ruleId} ${f.range.start.line + 1}`);
    }
  }
  assert.deepEqual(found, ['000 NP311 5', '000 NP311 7']);
});

test('variants: altering any figure a held check used is caught by an agreement rule', () => {
  let variants = 0;
  const missed: string[] = [];
  for (const file of seedFiles()) {
    const text = fs.readFileSync(file, 'utf8');
    const page = parsePage(text);
    const used = new Map<number, { end: number; rule: string; kind: string }>();
    for (const rule of AGREEMENT_RULES) for (const c of rule.checks(page)) if (c.held) for (const u of c.used) used.set(u.start, { end: u.end, rule: rule.id, kind: u.figure.kind });
    for (const [start, { end, rule, kind }] of used) {
      const v = alterFigure(text, start, end, kind);
      if (!v) continue;
      variants++;
      const source = new SourceText(v.text);
      const caught = figures(v.text).some(
        (f) => AGREEMENT_IDS.has(f.ruleId) && [f.range, ...f.related.map((r) => r.range)].some((r) => source.offsetAt(r.start) <= v.at && v.at < source.offsetAt(r.end)),
      );
      if (!caught) missed.push(`${path.basename(file).slice(0, 3)} ${rule} “${text.slice(start, end)}” → “${v.text.slice(start, end)}”`);
    }
  }
  assert.ok(variants >= 15, `${variants} variants`);
  assert.deepEqual(missed, []);
});

test('fix-all over figures is idempotent on the seeds and leaves nothing fixable', () => {
  for (const file of seedFiles()) {
    const once = fixAll(fs.readFileSync(file, 'utf8'), { families: ['figures'] }).text;
    const twice = fixAll(once, { families: ['figures'] }).text;
    assert.equal(twice, once, path.basename(file));
    assert.deepEqual(
      figures(once)
        .filter((f) => f.fixes.some((x) => x.preferred))
        .map((f) => f.ruleId),
      [],
      path.basename(file),
    );
  }
});

test('property: figure fixes touch only figures (Chinese words and punctuation survive in order) and fix-all is idempotent', () => {
  const pieces = [
    '全区新增就业',
    '２０２６年',
    '1月-10月',
    '9～16亿元',
    '15～30%',
    '观众4千人',
    '二〇〇八年8月8日',
    '增长22.6%',
    '占比45％',
    '科创+',
    '科创＋',
    '1—6月',
    '7～9月',
    '会期2天',
    '，',
    '。',
    '其中',
    '15件',
    '已开复工13件',
    '电话023-49876543',
    '5G',
    '3百万元',
    '12月25日',
    '（星期日）',
  ];
  const words = (s: string) => s.replace(/[0-9０-９.．%％+＋\-—～千百万亿〇零一二三四五六七八九十]/gu, '');
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 14 }), (list) => {
      const text = article('标题', `${list.join('')}。`);
      const once = fixAll(text, { families: ['figures'] }).text;
      assert.equal(words(once), words(text));
      assert.equal(fixAll(once, { families: ['figures'] }).text, once);
    }),
    { numRuns: Number(process.env.NEWSPRINT_PROPERTY_RUNS ?? 150) },
  );
});

test('maxFindings keeps the first findings and says how many were left out', () => {
  const text = article('标题', '观众4千人。'.repeat(20));
  const all = review(text, { families: ['figures'] }).findings;
  const cut = review(text, { families: ['figures'], maxFindings: 5 });
  assert.equal(cut.capped?.total, all.filter((f) => f.severity !== 'hint').length);
  assert.equal(cut.findings[0].ruleId, 'NP000');
  assert.match(cut.findings[0].message, /first 5 of 20 findings/);
  assert.equal(cut.findings.filter((f) => f.ruleId !== 'NP000').length, 5);
});
