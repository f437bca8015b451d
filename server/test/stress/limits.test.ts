// Megabyte inputs: every rule's finding cap holds and fix-all stops. Apart from oddFiles.test.ts
// because they take 12 s, so the mutation run (stryker.config.mjs) leaves them out: a mutant they
// alone would catch is a cap or a loop bound, and those are also checked on small text in
// engine/caps.test.ts. `npm test` runs them like every other file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll, MAX_FINDINGS_PER_RULE } from '../../src/engine';
import { page, reviewed, segmenter } from '../oddFile';

test('one 5 MB line: reviewed in bounded findings, every rule capped', (t) => {
  const line = page
    .replace(/\s+/gu, '')
    .repeat(Math.ceil(2_600_000 / page.length))
    .slice(0, 2_600_000); // ~5 MB of UTF-8 on one line
  const r = reviewed('one-line', line, t);
  assert.equal(r.page.source.lines.length, 1);
  const shown = r.findings.filter((f) => f.severity !== 'hint');
  assert.ok(shown.length <= 501, `at most maxFindings shown, with a notice when cut (${shown.length})`);
  const perRule = new Map<string, number>();
  for (const f of r.findings) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
  for (const [id, n] of perRule) assert.ok(n <= MAX_FINDINGS_PER_RULE + 1, `${id}: ${n} findings`);
});

test('的 × 100,000: repeated-word findings stay capped and fix-all terminates', (t) => {
  const text = '的'.repeat(100_000);
  const r = reviewed('de', text, t);
  assert.ok(r.findings.filter((f) => f.ruleId === 'NP204').length <= MAX_FINDINGS_PER_RULE + 1);
  const fixed = fixAll(text, { segmenter });
  assert.ok(fixed.text.length > 0 && fixed.text.length < text.length, 'fix-all removes some 的, keeps text, and stops');
  assert.match(fixed.text, /^的+$/u, 'only 的 removed, nothing else written');
});
