// NP203 doubled text and NP204 repeated words: true cases, and the reduplication Chinese grammar allows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, fallbackSegmenter, review } from '../../src/engine';
import { loadJieba } from '../../src/jieba';
import { seed } from '../helpers';
import { hasAdjacentRepeat } from '../../src/engine/rules/duplicates/repeatedWord';

const segmenter = loadJieba();
const dup = (text: string, seg = segmenter) => review(text, { segmenter: seg, families: ['duplicates'] }).findings;

test('004: the doubled headline is found and collapses to one copy of each part', () => {
  const { text } = seed('004');
  const [f] = dup(text).filter((x) => x.ruleId === 'NP203');
  assert.ok(f);
  assert.equal(f.range.start.line, 199);
  const fixed = applyEdits(text, f.fixes[0].edits);
  assert.equal(fixed.split('\n')[199], '党建引领 促进区域疾控能力全面提升');
});

test('in body text NP203 takes runs of four characters or more; three doubled are NP204’s', () => {
  const body = (run: string) => `## 标题行\n\n本报讯(记者 李华)今年全区${run}${run}两万个，比去年多。\n`;
  const np203 = (text: string) => dup(text).filter((x) => x.ruleId === 'NP203');
  const four = body('就业岗位');
  const [f, ...rest] = np203(four);
  assert.deepEqual(rest, []);
  assert.equal(four.slice(f.start, f.end), '就业岗位就业岗位');
  assert.deepEqual(np203(body('新岗位')), []);
  assert.deepEqual(np203(body('岗位')), []);
});

test('doubled runs in a title of any length, and long repeats in body text', () => {
  const page = '永川区域创新永川区域创新\n\n本报讯(记者 李华)全区新增就业岗位全区新增就业岗位两万个。';
  const found = dup(page).filter((x) => x.ruleId === 'NP203');
  assert.equal(found.length, 2);
  assert.match(found[0].message, /Doubled headline/);
  assert.match(found[1].message, /全区新增就业岗位全区新增就业岗位/);
  let fixed = page;
  for (const f of [...found].reverse()) fixed = applyEdits(fixed, f.fixes[0].edits);
  assert.equal(fixed, '永川区域创新\n\n本报讯(记者 李华)全区新增就业岗位两万个。');
});

test('not doubled: short repeats, numbers, clauses that start the same way', () => {
  const page = '## 天天向上\n\n本报讯(记者 李华)大家谢谢你们,常常去看看。人人都说好好学习。编号1212和2020年的数据。';
  assert.deepEqual(
    dup(page).map((x) => x.message),
    [],
  );
});

test('repeated words are flagged; reduplication that is grammar is not', () => {
  const text = '本报讯(记者 张三)这是我的的书。他在在会上发言,我们的的确确很忙,大家谢谢你们,常常去看看,研究研究这个问题,企业企业发展,一个个人人都高高兴兴,明天天气好,设计推出卡通形象“陵陵”。';
  const found = dup(text).filter((x) => x.ruleId === 'NP204');
  assert.deepEqual(
    found.map((x) => text.slice(x.start, x.end)),
    ['的的', '在在', '企业企业'],
  );
  assert.equal(applyEdits(text, found[0].fixes[0].edits).includes('这是我的书。'), true);
});

test('without the dictionary, repeated words wait (no guesses about 的的确确)', () => {
  assert.deepEqual(
    dup('我们的的确确很忙,这是我的的书。', fallbackSegmenter).filter((x) => x.ruleId === 'NP204'),
    [],
  );
});

test('the seed pages have no repeated words and only the one doubled headline', () => {
  for (const prefix of ['000', '001', '002', '003', '004']) {
    const found = dup(seed(prefix).text);
    assert.deepEqual(
      found.map((x) => x.ruleId),
      prefix === '004' ? ['NP203'] : [],
      prefix,
    );
  }
});

test('lines are tagged only when some stretch is written twice in a row (NP204 prefilter)', () => {
  assert.equal(hasAdjacentRepeat('这是我的的书'), true);
  assert.equal(hasAdjacentRepeat('企业企业发展'), true);
  assert.equal(hasAdjacentRepeat('“甜甜虎”'), true);
  assert.equal(hasAdjacentRepeat('推动企业高质量发展'), false);
  assert.equal(hasAdjacentRepeat(''), false);
  assert.equal(hasAdjacentRepeat('一'), false);
  assert.equal(hasAdjacentRepeat('2000年……'), false);
});

test('property: the prefilter agrees with trying every length at every position, across calls', () => {
  // The definition, written the slow way: some stretch of 1–16 code units with a Han character, twice in a row.
  const naive = (t: string) => {
    for (let i = 0; i < t.length; i++)
      for (let len = 1; len <= 16 && i + 2 * len <= t.length; len++) if (t.slice(i, i + len) === t.slice(i + len, i + 2 * len) && /\p{Script=Han}/u.test(t.slice(i, i + len))) return true;
    return false;
  };
  const text = fc.array(fc.constantFrom('的', '企', '业', '发', '展', 'A', '0', '…', '“', ' '), { maxLength: 60 }).map((cs) => cs.join(''));
  fc.assert(
    fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => texts.every((t) => hasAdjacentRepeat(t) === naive(t))),
    { numRuns: 500 },
  );
});

test('NP203 in body text: runs of Han characters only, thirty at most, not one character over and over; a run tripled is one finding; the dateline is not read', () => {
  const np203 = (b: string) =>
    dup(`## 标题行\n\n${b}\n`)
      .filter((x) => x.ruleId === 'NP203')
      .map((x) => x.message);
  const thirty = '全区上下狠抓落实各项工作取得明显成效新认定高新技术企业科技园';
  assert.equal(thirty.length, 30);
  assert.deepEqual(np203(`今年以来，${thirty}${thirty}。`), [`Text repeated at once: “${thirty}${thirty}”.`]);
  assert.deepEqual(np203(`今年以来，${thirty}型${thirty}型。`), []);
  assert.deepEqual(np203('现场观众齐声高喊：“冲啊加油！冲啊加油！”'), []);
  assert.deepEqual(np203('现场响起哈哈哈哈哈哈哈哈的笑声。'), []);
  assert.deepEqual(np203('今年全区就业岗位就业岗位就业岗位两万个。'), ['Text repeated at once: “就业岗位就业岗位”.']);
  assert.deepEqual(np203('重庆日报讯重庆日报讯（记者 王小明）今天，全区召开大会。'), []);
  // An emoji is read with Han characters at first (surrogates) but is none.
  assert.deepEqual(np203('大家一起喊加油😀加油😀。'), []);
});
