// The accuracy instrument's slice in `npm test` (see slice.ts): clean pages and planted damage
// compared with the committed baseline, so no change makes the rules worse on real text unseen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadJieba } from '../../src/jieba';
import { readLabels } from './labels';
import { measureSlice, readBaseline, regressions, SLICE } from './slice';
import { agreementSummary, labelFor, madeChecks, readCheckLabels } from './checks';
import { loadCorpus } from './corpus';

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

test('every agreement check on the clean corpus is labelled, and the checks that fail are right', () => {
  const { labels, bad } = readCheckLabels();
  assert.equal(bad, 0, 'every line of checks.jsonl reads');
  const made = madeChecks(loadCorpus().pages);
  const unlabelled = [...new Set(made.checks.filter((c) => !labelFor(labels, c)).map((c) => c.key))];
  assert.deepEqual(unlabelled, [], 'label them in server/test/accuracy/checks.jsonl (npm run accuracy -- --checks FILE writes them with their context)');
  const summary = agreementSummary(made, labels);
  assert.ok(summary.falsePer100k <= 1, `${summary.falsePer100k.toFixed(2)} false agreement findings per 100,000 characters`);
  for (const r of summary.rules) {
    const { failedTrue, failedFalse } = r.labelled;
    if (failedFalse) assert.ok(failedTrue / (failedTrue + failedFalse) >= 0.9, `${r.rule}: ${failedTrue} true, ${failedFalse} false among failed checks`);
  }
});

test('the check labels can fail: a failed check labelled false counts against the bar', () => {
  const made = { characters: 100_000, checks: [{ key: 'k', rule: 'NP313', held: false, message: '', arithmetic: '', context: '' }] };
  const wrong = agreementSummary(made, new Map([['k', { key: 'k', rule: 'NP313', held: false, label: false, reason: '' }]]));
  assert.equal(wrong.falsePer100k, 1);
  const stale = agreementSummary(made, new Map([['k', { key: 'k', rule: 'NP313', held: true, label: true, reason: '' }]]));
  assert.equal(stale.rules[0].unlabelled, 1, 'a label given to the held check does not cover it once it fails');
});
