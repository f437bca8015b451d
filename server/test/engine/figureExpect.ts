// What a figure read from a sentence must be: the checker the figure tables share
// (figures.extract.test.ts: the printed figures of the seeds and the standards; figures.edges.test.ts:
// the reading's boundaries, one condition at a time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures, type Figure } from '../../src/engine';

export type Expect = Partial<
  Pick<
    Figure,
    'kind' | 'value' | 'high' | 'unit' | 'scale' | 'decimals' | 'numerals' | 'lead' | 'thing' | 'thingAfter' | 'change' | 'duration' | 'weekday' | 'percentMark' | 'step' | 'significantStep'
  >
> & {
  approx?: string;
  mark?: string;
  dropped?: string;
  date?: Figure['date'];
  dateHigh?: Figure['dateHigh'];
};

/** [sentence, the figure's text as read, what it must be]; an expectation of `null` means no figure with that text. */
export type FigureCase = [string, string, Expect | null];

/** One test per case: the figure of that text is found (or not) and has every fact the case names. */
export function figureTests(cases: readonly FigureCase[]): void {
  for (const [sentence, text, expect] of cases) {
    test(`figure: ${sentence} → ${text}`, () => {
      const figures = extractFigures(sentence);
      const found = figures.find((f) => f.text === text);
      if (expect === null) {
        assert.equal(found, undefined, `no figure “${text}” expected; got ${JSON.stringify(figures.map((f) => f.text))}`);
        return;
      }
      assert.ok(found, `expected “${text}” in ${JSON.stringify(figures.map((f) => f.text))}`);
      assert.ok(found.start >= 0 && found.end <= sentence.length, 'within the sentence');
      assert.equal(sentence.slice(found.start, found.end), found.text, 'offsets');
      const { approx, mark, dropped, date, dateHigh, ...plain } = expect;
      for (const [key, value] of Object.entries(plain)) assert.deepEqual(found[key as keyof Figure], value, key);
      if (approx !== undefined) assert.equal(found.approx?.word, approx, 'approx');
      if (mark !== undefined) assert.equal(found.range?.mark, mark, 'range mark');
      if (dropped !== undefined) assert.equal(found.range?.dropped, dropped, 'dropped');
      if (date) assert.deepEqual(stripUndefined(found.date), date, 'date');
      if (dateHigh) assert.deepEqual(stripUndefined(found.dateHigh), dateHigh, 'dateHigh');
    });
  }
}

const stripUndefined = <T extends object>(o: T | undefined) => (o ? Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) : o);
