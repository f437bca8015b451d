// Wrap rules against the fixture files in server/test/fixtures/wraps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { fixAll, review, type Finding } from '../../src/engine';
import { loadJieba } from '../../src/jieba';
import { ROOT } from '../helpers';
import { readFixtures } from './fixtures';

const segmenter = loadJieba();
const options = { segmenter, families: ['wraps' as const] };

for (const c of readFixtures(path.join(ROOT, 'server', 'test', 'fixtures', 'wraps'))) {
  test(`${c.file}: ${c.name}`, () => {
    const findings = review(c.input, options).findings;
    const unmatched = new Set<Finding>(findings);
    for (const m of c.markers) {
      const hit = [...unmatched].find((f) => f.ruleId === m.ruleId && f.start <= m.offset && m.offset <= f.end && (!m.text || f.message.includes(m.text)));
      assert.ok(hit, `expected ${m.ruleId}${m.text ? ` “${m.text}”` : ''} at offset ${m.offset}; found: ${findings.map((f) => `${f.ruleId}@${f.start}-${f.end} ${f.message}`).join(' | ')}`);
      unmatched.delete(hit);
    }
    assert.deepEqual(
      [...unmatched].map((f) => `${f.ruleId}@${f.start} ${f.message}`),
      [],
      'findings without a marker',
    );
    if (c.fixed !== undefined) {
      const once = fixAll(c.input, options).text;
      assert.equal(once, c.fixed);
      assert.equal(fixAll(once, options).text, once, 'fix-all is idempotent');
      assert.deepEqual(
        review(once, options)
          .findings.filter((f) => f.fixes.length)
          .map((f) => f.message),
        [],
        'nothing left to fix',
      );
    }
  });
}
