// One rule that throws does not stop the others: the list says which rule failed, once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { review, RULES } from '../../src/engine';
import { seed } from '../helpers';

test('a rule that throws is named once and every other rule still reports', () => {
  const text = seed('001').text;
  const before = review(text).findings;
  const rule = RULES.find((r) => r.id === 'NP401')!;
  const check = rule.check;
  rule.check = () => {
    throw new Error('index out of range');
  };
  try {
    const after = review(text).findings;
    const failed = after.filter((f) => f.ruleId === 'NP401');
    assert.equal(failed.length, 1, 'one finding for the failed rule');
    assert.match(failed[0].message, /NP401 half-width-punctuation failed on this file and was skipped: index out of range/);
    const key = (f: { ruleId: string; start: number; end: number }) => `${f.ruleId}@${f.start}-${f.end}`;
    assert.deepEqual(after.filter((f) => f.ruleId !== 'NP401').map(key), before.filter((f) => f.ruleId !== 'NP401').map(key));
  } finally {
    rule.check = check;
  }
});
