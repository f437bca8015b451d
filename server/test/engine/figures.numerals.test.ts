// Chinese numerals read back: every number a reporter can write out (`三千零五`, `十万零一十`,
// `两亿三千万`) against a writer built here from the reading rules, and the helpers' edges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { chineseValue, decimalsOf, isAdjacentEstimate, isPositionalChinese, SCALE, toAsciiDigits } from '../../src/engine/figures/numerals';

const DIGIT = '〇一二三四五六七八九';

/** 0 < n < 10,000, as read: `三千零五`, `一百一十`; `十二` for 10–19 when it opens the number. */
function section(n: number, opens: boolean): string {
  const parts: string[] = [];
  let zero = false;
  for (const [unit, size] of [
    ['千', 1000],
    ['百', 100],
    ['十', 10],
    ['', 1],
  ] as const) {
    const d = Math.floor(n / size) % 10;
    if (d === 0) {
      if (parts.length) zero = true;
      continue;
    }
    if (zero) parts.push('零');
    zero = false;
    parts.push(d === 1 && unit === '十' && opens && !parts.length ? '十' : `${DIGIT[d]}${unit}`);
  }
  return parts.join('');
}

/** 0 < n < 10^12, as a reporter writes it out: sections of four digits under 亿 and 万, a 零 for a gap. */
function written(n: number): string {
  let out = '';
  let gap = false;
  for (const [scale, size] of [
    ['亿', 1e8],
    ['万', 1e4],
    ['', 1],
  ] as const) {
    const s = Math.floor(n / size) % 1e4;
    if (s === 0) {
      if (out) gap = true;
      continue;
    }
    if (out && (gap || s < 1000)) out += '零';
    gap = false;
    out += section(s, !out) + scale;
  }
  return out;
}

test('every number written out in words reads back as itself', () => {
  for (const [n, s] of [
    [3005, '三千零五'],
    [100010, '十万零一十'],
    [230000000, '二亿三千万'],
    [1000000000000 - 1, '九千九百九十九亿九千九百九十九万九千九百九十九'],
    [15, '十五'],
  ] as const)
    assert.equal(written(n), s, `the writer itself: ${n}`);
  fc.assert(
    fc.property(fc.oneof(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 999_999_999_999 })), (n) => {
      assert.equal(chineseValue(written(n)), n, written(n));
    }),
    { numRuns: 3000, seed: 20261203 },
  );
});

test('Chinese numerals: 两, zeros, bare scale words, and what is not a number', () => {
  const table: [string, number | undefined][] = [
    ['两亿三千万', 230000000],
    ['两百', 200],
    ['一万亿', 1e12],
    ['万', 1e4],
    ['亿', 1e8],
    ['百', 100],
    ['零', 0],
    ['〇〇', 0],
    ['一〇〇', 100],
    ['五十六亿', 5.6e9],
    ['三千零五', 3005],
    ['二三', undefined],
    ['七八', undefined],
    ['十一二', undefined],
    ['', undefined],
    ['三个', undefined],
    ['3万', undefined],
  ];
  for (const [s, v] of table) assert.equal(chineseValue(s), v, s);
});

test('positional numerals are years written digit by digit', () => {
  for (const s of ['二〇二二', '一九九八', '二〇', '一〇〇', '二〇〇八']) assert.ok(isPositionalChinese(s), s);
  for (const s of ['〇', '二二', '二十', '〇一', '零五', '一二', '十八', '二三四五六七八九十']) assert.ok(!isPositionalChinese(s), s);
  assert.ok(isPositionalChinese('一二三'), 'three digits or more without 〇');
});

test('adjacent estimates: two digits in a row, the second one more', () => {
  for (const s of ['一二', '二三', '一两', '两三', '七八', '八九']) assert.ok(isAdjacentEstimate(s), s);
  for (const s of ['三二', '一三', '九十', '二四', '二', '二三四', '两二', '两四']) assert.ok(!isAdjacentEstimate(s), s);
});

test('full-width digits and point become ASCII, nothing else changes; decimals are counted as printed', () => {
  assert.equal(toAsciiDigits('２０２６年１．５亿０９'), '2026年1.5亿09');
  assert.equal(toAsciiDigits('百分之５，共3项。'), '百分之5，共3项。');
  assert.deepEqual(['86.7', '86', '1．25', '0.050', '3.'].map(decimalsOf), [1, 0, 2, 3, 0]);
  assert.deepEqual(SCALE, { 万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3, 百: 1e2 });
});
