// What a printed figure allows (its interval), when two figures agree, and the arithmetic helpers
// the figure rules share: each tested on figures read from real phrasing, so that a wrong sense of
// a bound (`不超过` read as `超过`) or a wrong precision shows here before it shows as a finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures, parsePage, SourceText, type Figure } from '../../src/engine';
import { placedFigures } from '../../src/engine/figures/model';
import { compatible, interval, sameStatement, show } from '../../src/engine/figures/figure';
import { before, changeRange, commonSuffix, isPlainCount, MAX_LOOKBACK, measureMatch, overlaps, printedInterval, printsAs, rateAgrees, ratioRange, sameUnit } from '../../src/engine/figures/measure';

const fig = (text: string): Figure => {
  const [f] = extractFigures(text);
  assert.ok(f, `a figure in ${text}`);
  return f;
};

test('the interval of a printed figure follows its precision and its approximation word', () => {
  const table: [string, [number, number]][] = [
    ['3000人', [2999.5, 3000.5]],
    ['2.6万人', [25500, 26500]],
    ['约3000人', [2000, 4000]],
    ['3000人左右', [2000, 4000]],
    ['3000余人', [3000, 4000]],
    ['3000多人', [3000, 4000]],
    ['超过3000人', [3000, Infinity]],
    ['不少于3000人', [3000, Infinity]],
    ['3000人以上', [3000, Infinity]],
    ['不超过3000人', [-Infinity, 3000]],
    ['3000人以下', [-Infinity, 3000]],
    ['近3000人', [2400, 3000]],
    ['3000至5000人', [2999.5, 5000.5]],
    ['86.7%', [86.65, 86.75]],
  ];
  for (const [text, want] of table) assert.deepEqual(interval(fig(text)), want, text);
});

test('two printings agree when their intervals overlap by more than rounding', () => {
  assert.ok(compatible(fig('2.6万人'), fig('26000人')));
  assert.ok(compatible(fig('约3000人'), fig('3500人')));
  assert.ok(!compatible(fig('2.6万人'), fig('27000人')));
  assert.ok(!compatible(fig('3000人'), fig('3001人')), 'whole counts meet only at a rounding edge');
  assert.ok(compatible(fig('不超过3000人'), fig('2800人')));
  assert.ok(!compatible(fig('不超过3000人'), fig('3200人')));
  assert.ok(!compatible(fig('超过3000人'), fig('2800人')));
  assert.ok(!compatible(fig('近3000人'), fig('3200人')));
});

test('the same statement: same value, same bounds, same sense of approximation', () => {
  assert.ok(sameStatement(fig('2.6万人'), fig('26000人')));
  assert.ok(!sameStatement(fig('约3000人'), fig('3000人')));
  assert.ok(sameStatement(fig('约3000人'), fig('3000人左右')), 'two words, one sense');
  assert.ok(!sameStatement(fig('3000至5000人'), fig('3000人')));
});

test('numbers in messages: thousands grouped, decimals cut to two without trailing zeros', () => {
  assert.deepEqual(
    [26000, 86.666, 1234567.5, 3.1, 100, 0.5, -1234, 2.999, Infinity, -Infinity].map((n) => show(n)),
    ['26,000', '86.67', '1,234,567.5', '3.1', '100', '0.5', '-1,234', '3', 'Infinity', '-Infinity'],
  );
  assert.equal(show(2.345, 1), '2.3');
  assert.equal(show(12345.678, 0), '12,346');
});

test('measures match on the words they share, in the same unit and kind', () => {
  const [a, b] = extractFigures('全区新增就业2.6万人，城镇新增就业1.8万人');
  assert.equal(measureMatch(a, b), 4, '新增就业');
  // Each condition on its own, with the pair of clauses that decides it.
  const table: [string, string, number][] = [
    ['新增就业2.6万人', '今年增长15%', 0], // a count and a growth rate
    ['2019年', '2019年', 0], // dates are not measures
    ['就业人数增长2000人', '就业人数3000人', 0], // a change is not a level
    ['就业人数3000人', '就业人数增长2000人', 0],
    ['新增就业2.6万人', '新增就业2.6万户', 0], // different units
    ['城镇化率达60%', '全省城镇化率61%', 4], // percentages need no unit
    ['产值5亿元', '总产值6亿元', 2], // all of a two-character thing
    ['工业产值5亿元', '农业产值6亿元', 3],
    ['全区企业5家', '新增企业6家', 0], // two shared characters of longer things are not enough
    ['确定15件区级重点民生实事', '已完成3件区级重点民生实事', 8], // the noun after the measure word
    ['共有5家企业参加', '另有3家企业，', 2], // all of the shorter noun after it
    ['共有5家企业参加', '另有3家单位参加', 0],
    ['共有5家企业参加', '另有3家企业单位', 0], // two characters of longer nouns are not enough
    ['全区新增就业3000', '城镇新增就业2000', 0], // a count with no unit counts nothing known
  ];
  for (const [x, y, score] of table) assert.equal(measureMatch(fig(x), fig(y)), score, `${x} / ${y}`);
  assert.equal(commonSuffix('新增就业', '城镇新增就业'), 4);
  assert.equal(commonSuffix('', '就业'), 0);
  assert.ok(sameUnit(fig('42名'), fig('13人')), 'people in 名 and 人 alike');
  assert.ok(!sameUnit(fig('42名'), fig('13家')));
});

test('a computed value prints as a figure when it rounds or is cut to its precision', () => {
  assert.ok(printsAs(86.66, fig('86.7%')), 'rounded');
  assert.ok(printsAs(86.74, fig('86.7%')), 'rounded');
  assert.ok(printsAs(86.79, fig('86.7%')), 'cut off, as some copy desks do');
  assert.ok(!printsAs(86.8, fig('86.7%')));
  assert.ok(!printsAs(86.6, fig('86.7%')));
  assert.ok(printsAs(14.6, fig('15%')));
  assert.ok(!printsAs(14.4, fig('15%')));
  assert.ok(printsAs(63, fig('六成')), '成 counts in tens');
  assert.ok(!printsAs(48, fig('六成')));
});

test('printed intervals, ratios and changes over every value the printings allow', () => {
  assert.deepEqual(printedInterval(fig('13件')), [13, 13], 'a whole count printed in full is exact');
  assert.deepEqual(printedInterval(fig('2.1亿元')), [205000000, 215000000]);
  const [lo, hi] = ratioRange(fig('2.1亿元'), fig('10亿元'));
  // 2.05亿–2.15亿 over 9.5亿–10.5亿 (10亿 printed to the 亿).
  assert.ok(Math.abs(lo - (2.05 / 10.5) * 100) < 1e-9 && Math.abs(hi - (2.15 / 9.5) * 100) < 1e-9, `${lo}–${hi}`);
  assert.deepEqual(ratioRange(fig('3件'), fig('0件')), [-Infinity, Infinity], 'no ratio of nothing');
  const [up0, up1] = changeRange(fig('100件'), fig('120件'), false);
  assert.ok(up0 <= 20 && up1 >= 20 && up1 - up0 < 1e-9, `${up0}–${up1}`);
  const [down0, down1] = changeRange(fig('100件'), fig('80件'), true);
  assert.ok(down0 <= 20 && down1 >= 20 && down1 - down0 < 1e-9, `${down0}–${down1}`);
  assert.ok(rateAgrees(fig('20%'), 19.6, [0, 0]));
  assert.ok(rateAgrees(fig('20%'), 30, [19, 21]), 'within what the printings allow');
  assert.ok(!rateAgrees(fig('20%'), 30, [25, 35]));
  assert.ok(overlaps([1, 2], [2, 3]) && !overlaps([1, 2], [2.1, 3]));
});

test('a plain count is counted in a unit, and is not a change, an approximation or a range', () => {
  assert.ok(isPlainCount(fig('36家')));
  for (const text of ['36', '12%', '增长36家', '约36家', '36家以上', '30～36家', '2022年']) assert.ok(!isPlainCount(fig(text)), text);
  assert.ok(sameUnit(fig('3位'), fig('5人')), 'people in 位 too');
  assert.ok(!sameUnit(fig('3位'), fig('5家')));
});

test('only a whole count printed in full is exact', () => {
  const table: [string, [number, number]][] = [
    ['13件', [13, 13]],
    ['2万件', [15000, 25000]],
    ['2.5件', [2.45, 2.55]],
    ['约13件', [12, 14]],
    ['13%', [12.5, 13.5]],
    ['13～15件', [12.5, 15.5]],
  ];
  for (const [text, want] of table) {
    const [lo, hi] = printedInterval(fig(text));
    assert.ok(Math.abs(lo - want[0]) < 1e-9 && Math.abs(hi - want[1]) < 1e-9, `${text}: ${lo}–${hi}`);
  }
});

test('edges: a rate half a unit off still prints, a change from nothing has no rate, a rounding error at large values still meets', () => {
  assert.ok(printsAs(86.65, fig('86.7%')), 'half a unit below rounds up');
  assert.ok(!printsAs(86.64, fig('86.7%')));
  assert.deepEqual(changeRange(fig('0件'), fig('5件'), false), [-Infinity, Infinity]);
  assert.ok(overlaps([2, 3], [1, 2]), 'touching from either side');
  assert.ok(overlaps([1e12, 2e12], [2e12 + 1, 3e12]), 'a difference far below the values’ own precision');
  assert.ok(!overlaps([1, 2], [2 + 1e-6, 3]));
  assert.equal(commonSuffix('就业', '就业'), 2);
  assert.equal(measureMatch(fig('有5家企业参加'), fig('有3家企业参加')), 4, 'the same noun after both');
});

test('the figures before one: nearest first in reading order, the same element only, at most MAX_LOOKBACK', () => {
  const text = `# 标题\n\n2022年2023年共有企业1家。${Array.from({ length: 70 }, (_, i) => `新增${i + 2}家`).join('，')}。\n\n另一段500家。\n`;
  const all = placedFigures(parsePage(new SourceText(text)));
  const at = (t: string) => all.find((f) => f.figure.text === t)!;
  assert.deepEqual(
    before(all, at('1家')).map((f) => f.figure.text),
    ['2022年', '2023年'],
    'a figure ending where the next starts is before it',
  );
  assert.deepEqual(before(all, at('2022年')), []);
  const last = before(all, at('71家'));
  assert.equal(last.length, MAX_LOOKBACK);
  assert.equal(last[last.length - 1].figure.text, '70家');
  assert.deepEqual(before(all, at('500家')), [], 'another paragraph');
  // A figure not in the list (a rule's own copy) is looked up by its element and offsets.
  for (const t of ['1家', '2022年', '71家', '500家']) assert.deepEqual(before(all, { ...at(t) }), before(all, at(t)), t);
});
