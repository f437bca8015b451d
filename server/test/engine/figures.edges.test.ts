// The boundaries of the figure reading, one condition at a time: where a thousands separator
// stops, when a number is a code or a time of day, which dates join, which marks make a range and
// what each end of it keeps, what a figure counts (the words before and after it), when a number
// names a thing rather than counts one, and how precise a printed number is. Each row pairs with a
// neighbour that differs in the one condition (`1949级` / `1950级`); the figures the seeds print are
// in figures.extract.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from '../../src/engine';
import { figureTests, type FigureCase } from './figureExpect';

const CASES: FigureCase[] = [
  // Digits: a thousands separator follows a group of at most three digits and precedes exactly
  // three; a decimal point (half- or full-width) needs a digit after it.
  ['1234,567人', '1234', { value: 1234 }],
  ['1234,567人', '567人', { value: 567 }],
  ['1,2345人', '1', { value: 1 }],
  ['1,200人', '1,200人', { value: 1200, significantStep: 100 }],
  ['2．5亿', '2．5亿', { value: 2.5e8, decimals: 1, step: 1e7 }],
  ['截至2.', '2', { decimals: 0 }],
  // Codes: a Latin letter on either side, unless two or more letters lead into Chinese (a unit).
  ['A380客机', '380', { kind: 'code', value: 380 }],
  ['5G2B模式', '5G2B', { kind: 'code' }],
  ['拓展5G', '5G', { kind: 'code' }],
  ['５G网络', '５G', { kind: 'code', numerals: 'fullwidth' }],
  ['全长20km长', '20', { kind: 'count' }],
  // Times of day: two digits after the colon, hours below 24.
  ['23:59', '23:59', { kind: 'time', value: 23 }],
  ['比分24:18', '24', { kind: 'count' }],
  ['12:5', '12', { kind: 'count' }],
  // Scale words: 千 and 百 before a unit or 分 belong to the unit.
  ['装机5千瓦', '5千瓦', { value: 5, unit: '千瓦' }],
  ['提高3百分点', '3百分点', { value: 3, unit: '百分点' }],
  ['观众4千人', '4千人', { value: 4000, significantStep: 1000, step: 1000 }],
  // Percentages: % after Arabic digits only; 成 after a Chinese numeral up to ten; 百分之 takes no unit.
  ['五%', '五', null],
  ['三成多', '三成', { kind: 'percent', value: 30, step: 10, significantStep: 10 }],
  ['十一成', '十一成', null],
  ['百分之五十人', '百分之五十', { kind: 'percent', value: 50 }],
  ['5‰', '5‰', { kind: 'percent', value: 0.5, percentMark: '‰' }],
  // Sessions: 次 before a meeting numbers it; 次 before anything else counts.
  ['三次全会', '三次', { kind: 'ordinal' }],
  ['十三届全国人大三次会议', '三次', { kind: 'ordinal' }],
  ['开展三次培训', '三次', { kind: 'count', thingAfter: '培训' }],
  // Chinese numerals: 一 counts only time; these measure words also make words, so they are not read.
  ['一个专题', '一个', null],
  ['一天', '一天', { kind: 'duration', value: 1, duration: 'day' }],
  ['两点一线', '两点', null],
  ['三秒', '三秒', null],
  ['三度', '三度', null],
  ['二期工程', '二期', null],
  ['三本院校', '三本', null],
  ['三道防线', '三道', null],
  ['五门', '五门', null],
  ['市区两级', '两级', null],
  ['两对', '两对', null],
  ['三片', '三片', null],
  ['两段式', '两段', null],
  ['三头六臂', '三头', null],
  ['三起三落', '三起', null],
  ['五层', '五层', null],
  // Weekdays: not after a number or 每, not before 次, 年 or 个.
  ['礼拜天', '礼拜天', { kind: 'weekday', weekday: 7 }],
  ['每周一', '周一', null],
  ['十周一', '周一', null],
  ['礼拜三次', '礼拜三', null],
  ['星期一年', '星期一', null],
  ['周末', '周末', null],
  // Years, months and days: a year has four digits and is 1000 or later; a month runs 1 to 12 and a
  // day 1 to 31 in whole numbers; 日 outside that is a number of days, 号 outside it is a number.
  ['二〇二二年', '二〇二二年', { kind: 'date', date: { year: 2022 } }],
  ['两千年', '两千年', { kind: 'duration', duration: 'year', significantStep: 1000 }],
  ['2022.5年', '2022.5年', { kind: 'duration' }],
  ['999年', '999年', { kind: 'duration' }],
  ['十二月', '十二月', { kind: 'date', date: { month: 12 }, value: 1200 }],
  ['0月', '0月', { kind: 'count' }],
  ['1.5月', '1.5月', { kind: 'count' }],
  ['31日', '31日', { kind: 'date', date: { day: 31 } }],
  ['32日', '32日', { kind: 'duration', duration: 'day' }],
  ['0日', '0日', { kind: 'duration' }],
  ['1.5日', '1.5日', { kind: 'duration', duration: 'day' }],
  ['32号', '32号', { kind: 'count' }],
  ['明年3月', '明年3月', { kind: 'date', date: { relativeYear: '明年', month: 3 }, value: 300 }],
  ['前年', '前年', { kind: 'date', date: { relativeYear: '前年' } }],
  // A number before 号 on its own names a thing; after a month it is a day.
  ['5号线', '5号', { kind: 'ordinal' }],
  ['嫦娥四号', '四号', { kind: 'ordinal' }],
  ['12月5号', '12月5号', { kind: 'date', date: { month: 12, day: 5 }, value: 1205 }],
  // Dates printed together join year → month → day, each part once; anything between keeps them apart.
  ['2022年12月25日', '2022年12月25日', { value: 20221225 }],
  ['３月５日', '３月５日', { kind: 'date', numerals: 'fullwidth', value: 305 }],
  ['2022年，12月', '2022年', { date: { year: 2022 } }],
  ['2022年，12月', '12月', { date: { month: 12 } }],
  ['2022年2023年', '2023年', { date: { year: 2023 } }],
  ['2022年5日', '5日', { date: { day: 5 } }],
  ['2022年5月6月', '2022年5月', { date: { year: 2022, month: 5 } }],
  ['5月6日', '5月6日', { date: { month: 5, day: 6 } }],
  ['5日6日', '6日', { date: { day: 6 } }],
  ['5日6月', '6月', { date: { month: 6 } }],
  // Range marks: every dash, wave and word that joins two ends.
  ['5–10人', '5–10人', { value: 5, high: 10, mark: '–' }],
  ['5~10人', '5~10人', { mark: '~' }],
  ['5〜10人', '5〜10人', { mark: '〜' }],
  ['5－10人', '5－10人', { mark: '－' }],
  ['5-10人', '5-10人', { mark: '-' }],
  ['5—6', '5—6', { value: 5, high: 6, mark: '—' }],
  // …but not before an approximation word, not between codes, ordinals, weekdays or times, not
  // between two units or two kinds, and a hyphen or 至 only where a unit shows a range.
  ['5～约10人', '约10人', { approx: '约' }],
  ['5～约10人', '5', { kind: 'count' }],
  ['12:00—14:00', '14:00', { kind: 'time' }],
  ['周一至周五', '周五', { kind: 'weekday' }],
  ['第3至5名', '5名', { kind: 'count' }],
  ['5人～10元', '10元', { unit: '元' }],
  ['5人—6月', '6月', { kind: 'date' }],
  ['05-10人', '10人', { value: 10 }],
  ['5-8-9人', '8-9人', { value: 8, high: 9 }],
  ['5至10', '10', { kind: 'count' }],
  ['5至10人', '5至10人', { value: 5, high: 10, mark: '至' }],
  ['5至10万人', '5至10万人', { value: 50000, high: 100000, dropped: '万' }],
  ['5至10%', '5至10%', { kind: 'percent', dropped: '%' }],
  // Each end of a range: a bare low end takes the high end's scale; a low end printed whole keeps
  // its own value; the approximation before the low end covers the range.
  ['8000米到1.2万米', '8000米到1.2万米', { value: 8000, high: 12000, unit: '米' }],
  ['5%～10%', '5%～10%', { value: 5, high: 10 }],
  ['约5～10人', '约5～10人', { value: 5, high: 10, approx: '约' }],
  ['约5万～6万人', '约5万～6万人', { value: 50000, high: 60000, approx: '约' }],
  // Date ranges: the low end's parts fill the high end's, a bare low end is the high end's first part.
  ['2021—2022年', '2021—2022年', { kind: 'date', date: { year: 2021 }, dateHigh: { year: 2022 }, value: 20210000, high: 20220000 }],
  ['2022年1月—3月', '2022年1月—3月', { date: { year: 2022, month: 1 }, dateHigh: { year: 2022, month: 3 } }],
  ['2022年12月—2023年1月', '2022年12月—2023年1月', { date: { year: 2022, month: 12 }, dateHigh: { year: 2023, month: 1 } }],
  ['5月3日—6月2日', '5月3日—6月2日', { date: { month: 5, day: 3 }, dateHigh: { month: 6, day: 2 }, value: 503, high: 602 }],
  ['3—5日', '3—5日', { date: { day: 3 }, dateHigh: { day: 5 } }],
  ['二〇二二年—2023年', '二〇二二年—2023年', { numerals: 'mixed' }],
  ['2023年1—3月', '2023年1—3月', { numerals: 'arabic', date: { year: 2023, month: 1 }, dateHigh: { year: 2023, month: 3 }, value: 20230100, high: 20230300 }],
  ['今年1—6月', '今年1—6月', { date: { relativeYear: '今年', month: 1 }, dateHigh: { relativeYear: '今年', month: 6 } }],
  ['二〇二三年1—3月', '二〇二三年1—3月', { numerals: 'mixed' }],
  ['2023年3—5日', '2023年', { date: { year: 2023 } }],
  ['2023年，1—3月', '1—3月', { date: { month: 1 }, dateHigh: { month: 3 } }],
  // What is counted: the words before, back to the last figure and no further than fourteen
  // characters, less the linking and change words; the noun after a counted unit, up to twelve.
  ['全市城镇新增就业人数中高校毕业生5000人', '5000人', { lead: '城镇新增就业人数中高校毕业生' }],
  ['3家企业新增就业5000人', '5000人', { lead: '企业新增就业', thing: '企业新增就业' }],
  ['3家企业新增就业5000人', '3家', { lead: undefined, thingAfter: '企业新增就业' }],
  ['GDP增长5%', '5%', { lead: 'GDP增长', change: '增长', thing: 'GDP' }],
  ['增长了20%', '20%', { lead: '增长了', change: '增长', thing: undefined }],
  ['研发投入同比增长22.6%', '22.6%', { thing: '研发投入同比' }],
  ['总数达228家', '228家', { lead: '总数达', thing: undefined }],
  ['增加到300家', '300家', { thing: undefined }],
  ['5家一二三四五六七八九十甲乙丙', '5家', { thingAfter: '一二三四五六七八九十甲乙' }],
  ['5家', '5家', { lead: undefined, thing: undefined, thingAfter: undefined }],
  ['20%的企业', '20%', { thingAfter: undefined }],
  ['两年时间', '两年', { thingAfter: undefined }],
  // Names, not counts: a quoted slogan of one to six characters after the number, a race, a
  // cohort year (1950 to 2100), a version with decimals.
  ['“两个维护”', '两个', { kind: 'ordinal' }],
  ['“20条底线”', '20条', { kind: 'ordinal' }],
  ['“两个一百年”奋斗目标', '两个', { kind: 'ordinal' }],
  ['“两个一百年奋斗目标”', '两个', { kind: 'count' }],
  ['提出两个维护', '两个', { kind: 'count' }],
  ['“50%以上”', '50%以上', { kind: 'percent' }],
  ['男子100米', '100米', { kind: 'ordinal' }],
  ['女子400米', '400米', { kind: 'ordinal' }],
  ['跑了100米', '100米', { kind: 'count' }],
  ['1949级', '1949级', { kind: 'count' }],
  ['1950级', '1950级', { kind: 'ordinal' }],
  ['2100级', '2100级', { kind: 'ordinal' }],
  ['2101级', '2101级', { kind: 'count' }],
  ['提升5级', '5级', { kind: 'count', change: '提升' }],
  ['2.0版', '2.0版', { kind: 'ordinal' }],
  ['出了3版', '3版', { kind: 'count' }],
  // Precision: the place of the last non-zero digit, or of the last decimal.
  ['4000人', '4000人', { significantStep: 1000, step: 1 }],
  ['100人', '100人', { significantStep: 100 }],
  ['0人', '0人', { significantStep: 1 }],
  ['〇人', '〇人', { significantStep: 1 }],
  ['三万五千人', '三万五千人', { significantStep: 1000 }],
  ['2.60万人', '2.60万人', { significantStep: 100, step: 100 }],
  ['2.6万人', '2.6万人', { significantStep: 1000, step: 1000 }],
];

figureTests(CASES);

test('figures come in reading order, each read once, with nothing overlapping', () => {
  const text = '2022年全区新增就业2.6万人，同比增长12%；1—6月，5家企业新增产值3亿～5亿元，占比七成。';
  const figures = extractFigures(text);
  assert.deepEqual(
    figures.map((f) => f.text),
    ['2022年', '2.6万人', '12%', '1—6月', '5家', '3亿～5亿元', '七成'],
  );
  for (let k = 1; k < figures.length; k++) assert.ok(figures[k - 1].end <= figures[k].start, `${figures[k - 1].text} / ${figures[k].text}`);
});
