// Every rule's examples, run: a `bad` example draws a finding of its rule, a `good` one (written
// out whole, not abbreviated with `…`) draws none. The rule reference is generated from these
// examples, so what it shows an editor is what the engine does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadJieba, review, RULES, Workspace } from '../../src/engine';

const segmenter = loadJieba();

/** Body copy stands under a headline, as on a page; a whole-page example stands as it is. */
const asPage = (example: string, page?: boolean) => (page ? example : `示例标题\n\n${example}`);

function ruleFindings(id: string, example: string, page?: boolean) {
  return review(asPage(example, page), { uri: 'file:///example.txt', segmenter, workspace: new Workspace() }).findings.filter((f) => f.ruleId === id);
}

for (const rule of RULES) {
  for (const [i, ex] of rule.examples.entries()) {
    if (ex.bad !== undefined && !ex.bad.includes('…')) {
      test(`${rule.id} example ${i + 1}: “${ex.bad.slice(0, 30)}” draws a finding`, () => {
        assert.ok(ruleFindings(rule.id, ex.bad!, ex.page).length > 0, `${rule.id} found nothing in its own example: ${ex.bad}`);
      });
    }
    if (ex.good !== undefined && !ex.good.includes('…')) {
      test(`${rule.id} example ${i + 1}: “${ex.good.slice(0, 30)}” draws none`, () => {
        assert.deepEqual(ruleFindings(rule.id, ex.good!, ex.page).map((f) => f.message), [], `${rule.id} fired on copy it should leave alone: ${ex.good}`);
      });
    }
  }
}
