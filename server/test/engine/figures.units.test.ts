// Every word of the figure tables does what its table says, read in a sentence after (or before) a
// number: each measure word becomes the figure's unit (longest first), each SI-prefixed unit keeps
// its `千`/`百` out of the number, each approximation word gives its sense, each change word is
// named. A word dropped from a table, or a table entry that no longer reads, fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from '../../src/engine';
import { APPROX_AFTER, APPROX_BEFORE, APPROX_INSIDE, CHANGE_WORDS, SI_UNITS, siUnitAt, timeUnit, UNITS, unitAt } from '../../src/engine/figures/units';

const first = (text: string) => extractFigures(text)[0];

test('every measure word is read as the unit of the number before it, the longest first', () => {
  assert.ok(UNITS.length > 100, `${UNITS.length} units`);
  for (const u of UNITS) {
    const f = first(`全市共有12${u}。`);
    assert.ok(f, u);
    const time = timeUnit(u);
    if (!time) assert.equal(f.unit, u, u);
    else if (time.kind === 'duration') assert.deepEqual([f.kind, f.duration], ['duration', time.duration], u);
  }
  for (const [text, unit] of [
    ['12人次', '人次'],
    ['12平方米', '平方米'],
    ['12千瓦时', '千瓦时'],
    ['12个月', '个月'],
  ] as const)
    assert.equal(unitAt(text, 2), unit, text);
  assert.equal(unitAt('12某', 2), undefined);
  assert.equal(unitAt('12', 2), undefined, 'past the end');
});

test('dates, durations and times of day by their unit', () => {
  assert.deepEqual(timeUnit('个月'), { kind: 'duration', duration: 'month' });
  assert.deepEqual(timeUnit('日'), { kind: 'date' });
  assert.deepEqual(timeUnit('时'), { kind: 'time' });
  assert.equal(timeUnit('人'), undefined);
  assert.equal(timeUnit(undefined), undefined);
  assert.equal(first('会期3天。')?.duration, 'day');
  assert.equal(first('2月5日召开。')?.kind, 'date');
});

test('an SI-prefixed unit keeps its 千 or 百: the number is what is printed', () => {
  for (const u of SI_UNITS) {
    const f = first(`电压等级500${u}。`);
    assert.deepEqual([f?.value, f?.unit], [500, u], u);
    assert.ok(siUnitAt(`500${u}`, 3), u);
  }
  assert.ok(!siUnitAt('5千人', 1), '5千人 is five thousand people');
  assert.equal(first('5千人')?.value, 5000);
});

test('every approximation word gives its sense, before, inside or after the number', () => {
  for (const [word, sense] of APPROX_BEFORE) assert.deepEqual(first(`全市${word}300人。`)?.approx, { word, sense }, word);
  for (const [word, sense] of APPROX_INSIDE) assert.deepEqual(first(`全市300${word}人。`)?.approx, { word, sense }, word);
  for (const [word, sense] of APPROX_AFTER) assert.deepEqual(first(`全市300人${word}。`)?.approx, { word, sense }, word);
  // `最近` and `附近` are not `近`.
  assert.equal(first('最近300人报名。')?.approx, undefined);
  assert.equal(first('附近300人报名。')?.approx, undefined);
});

test('every change word is named on the figure it changes, without its 了', () => {
  for (const word of CHANGE_WORDS) assert.equal(first(`营业收入${word}15%。`)?.change, word.replace(/了$/u, ''), word);
  assert.equal(first('营业收入15%。')?.change, undefined);
});
