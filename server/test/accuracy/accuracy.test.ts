// The accuracy instrument's slice in `npm test` (see slice.ts): clean pages and planted damage
// compared with the committed baseline, so no change makes the rules worse on real text unseen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadJieba } from '../../src/engine';
import { readLabels } from './labels';
import { measureSlice, readBaseline, regressions, SLICE } from './slice';

test(`accuracy slice (${SLICE.pages} corpus pages, ${SLICE.layouts.join(' and ')}): nothing worse than the baseline`, () => {
  const { labels, bad } = readLabels();
  assert.equal(bad, 0, 'every label line reads');
  const now = measureSlice(loadJieba(), labels);
  const worse = regressions(now, readBaseline());
  assert.deepEqual(worse, [], `worse than server/test/accuracy/baseline.json (if on purpose: npm run accuracy -- --baseline, and say why in the commit):\n${worse.join('\n')}`);
});

test('the instrument can fail: a baseline that expects more is reported', () => {
  const base = { clean: { reflowed: { NP102: { count: 0, t: 5, f: 0 } } }, damage: { 'split-mid-word': { planted: 4, caught: 4 } } };
  const now = { clean: { reflowed: { NP102: { count: 3, t: 1, f: 2 } } }, damage: { 'split-mid-word': { planted: 4, caught: 2 } } };
  assert.equal(regressions(now, base).length, 4);
});
