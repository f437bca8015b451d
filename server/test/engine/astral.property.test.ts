// Characters beyond the Basic Multilingual Plane (rare ideographs such as 𠮷, written as two UTF-16
// code units) on every side of every kind of mark, space and break: no finding's message holds half
// of a surrogate pair (it would break every UTF-8 writer downstream: SARIF, JSON, terminals), and
// no finding's range or edit starts or ends inside one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { review, Workspace } from '../../src/engine';
import { LONE, PIECES, splitsPair } from '../astral';

test('astral characters next to marks, spaces and breaks: no lone surrogate in a message, no range or edit inside a pair', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 }), (pieces) => {
      const text = `标题𠮷\n\n${pieces.join('')}\n`;
      for (const f of review(text, { uri: 'file:///astral.txt', workspace: new Workspace() }).findings) {
        assert.ok(!LONE.test(f.message), `${f.ruleId}: ${JSON.stringify(f.message)}`);
        assert.ok(!splitsPair(text, f.start) && !splitsPair(text, f.end), `${f.ruleId} range ${f.start}-${f.end}`);
        for (const e of f.fixes.flatMap((x) => x.edits)) assert.ok(!splitsPair(text, e.start) && !splitsPair(text, e.end), `${f.ruleId} edit ${e.start}-${e.end}`);
      }
    }),
    { numRuns: Number(process.env.NEWSPRINT_FUZZ_RUNS) || 400, seed: 20261201 },
  );
});

test('NP106 finds a stray space after a Han character beyond the BMP, and names it whole', () => {
  const found = review('标题\n\n今年新增企业𠮷 36家，总数达228家。\n', {}).findings.filter((f) => f.ruleId === 'NP106');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /企业𠮷␣36家/u);
});
